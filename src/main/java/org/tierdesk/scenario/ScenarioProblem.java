package org.tierdesk.scenario;

/** One mistake in a scenario (or the program file it names): where it is and what is wrong. */
public record ScenarioProblem(String file, int line, String reason) {

    /** The form editors and terminals understand: {@code file:line: reason}. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
