package org.tierdesk.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * The one typeface of every report: Liberation Sans from openpdf-fonts-extra, embedded (subset) with Identity-H so
 * Cyrillic renders on a machine with no fonts installed. The TrueType files are parsed once per run: parsing costs
 * far more than writing a page.
 */
final class Typeface {
    private static final String REGULAR = "liberation/LiberationSans-Regular.ttf";
    private static final String BOLD = "liberation/LiberationSans-Bold.ttf";
    private static final String ITALIC = "liberation/LiberationSans-Italic.ttf";

    static final BaseFont SANS = load(REGULAR);
    static final BaseFont SANS_BOLD = load(BOLD);
    static final BaseFont SANS_ITALIC = load(ITALIC);

    private Typeface() {}

    static Font regular(float size, java.awt.Color color) {
        return new Font(SANS, size, Font.NORMAL, color);
    }

    static Font bold(float size, java.awt.Color color) {
        return new Font(SANS_BOLD, size, Font.NORMAL, color);
    }

    static Font italic(float size, java.awt.Color color) {
        return new Font(SANS_ITALIC, size, Font.NORMAL, color);
    }

    private static BaseFont load(String resource) {
        try (InputStream in = Typeface.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing from the class path"
                        + " (it ships in com.github.librepdf:openpdf-fonts-extra)");
            }
            byte[] ttf = in.readAllBytes();
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, ttf, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        }
    }
}
