package org.tierdesk.store;

import org.tierdesk.program.Program;
import org.tierdesk.program.ProgramLibrary;

import java.util.List;
import java.util.Optional;

/** The five program files TierDesk ships, as the catalog a test workspace validates facts against. */
final class ShippedPrograms implements ProgramCatalog {
    private static final ProgramLibrary LIBRARY = ProgramLibrary.shippedOnly();

    @Override
    public Optional<Program> find(String programId) {
        return LIBRARY.byId(programId);
    }

    List<Program> all() {
        return LIBRARY.shipped();
    }
}
