package org.tierdesk.program.file;

/** A mistake found at a line while binding; the reader adds the file name when it turns it into a ProgramFileException. */
final class ProblemAt extends RuntimeException {
    private final int line;

    ProblemAt(int line, String reason) {
        super(reason, null, false, false);
        this.line = line;
    }

    int line() {
        return line;
    }

    String reason() {
        return getMessage();
    }
}
