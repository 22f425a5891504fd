package org.tierdesk.store;

import org.tierdesk.program.Program;

import java.util.Optional;

/** The programs the app has loaded, by id: what the store validates partners' facts against. */
@FunctionalInterface
public interface ProgramCatalog {
    Optional<Program> find(String programId);
}
