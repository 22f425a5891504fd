package org.tierdesk.program;

/**
 * A kind of marketing or technical activity a program tracks. {@code points} is what one activity earns
 * (0 where the program gives none); {@code approvalRequired} means it earns them only when the vendor approved it.
 */
public record ActivityType(String id, LocalizedText label, int points, boolean approvalRequired) {
}
