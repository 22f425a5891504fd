package org.tierdesk.ui.simulator;

/**
 * A stored partner whose program file is not loaded (taken out of the data folder's programs, or refused when
 * read): it has no rules to be simulated by. The simulator screen says so in the manager's language.
 */
public final class ProgramNotLoaded extends IllegalStateException {
    private final String partnerName;
    private final String programId;

    public ProgramNotLoaded(String partnerName, String programId) {
        super("the program " + programId + " of " + partnerName + " is not loaded");
        this.partnerName = partnerName;
        this.programId = programId;
    }

    public String partnerName() {
        return partnerName;
    }

    public String programId() {
        return programId;
    }
}
