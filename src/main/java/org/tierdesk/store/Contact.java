package org.tierdesk.store;

/** A person at the partner the manager talks to; {@code id} 0 for one not stored yet. */
public record Contact(long id, String name, String position, String email, String phone) {
}
