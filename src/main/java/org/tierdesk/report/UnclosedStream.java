package org.tierdesk.report;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Closing the PDF document closes its stream; the caller owns {@code out} and closes it itself. */
final class UnclosedStream extends FilterOutputStream {
    UnclosedStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
