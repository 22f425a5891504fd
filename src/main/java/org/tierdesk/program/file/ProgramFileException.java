package org.tierdesk.program.file;

/**
 * A program file that cannot be used, with the place to fix it. Unchecked because a bad shipped file is a build
 * defect, while callers reading user files catch it to show {@link #getMessage()} ("file:line: reason").
 */
public final class ProgramFileException extends RuntimeException {
    private final String file;
    private final int line;
    private final String reason;

    public ProgramFileException(String file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    /** 1-based line of the offending key or value. */
    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
