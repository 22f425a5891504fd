package org.tierdesk.ui;

/**
 * A stored partner whose program file is not loaded (taken out of the data folder's programs, or refused when
 * read): it has no rules to be simulated, exported or summed by. {@link #describe} says so in the manager's
 * language, wherever a screen meets such a partner.
 */
public final class ProgramNotLoaded extends IllegalStateException {
    private final String partnerName;
    private final String programId;

    public ProgramNotLoaded(String partnerName, String programId) {
        super("the program " + programId + " of " + partnerName + " is not loaded");
        this.partnerName = partnerName;
        this.programId = programId;
    }

    /** The reason as the manager reads it. */
    public String message(Messages messages) {
        return describe(messages, partnerName, programId);
    }

    /** The reason as the manager reads it, for a partner found without its program before anything was tried. */
    public static String describe(Messages messages, String partnerName, String programId) {
        return messages.format("export.programMissing", partnerName, programId);
    }
}
