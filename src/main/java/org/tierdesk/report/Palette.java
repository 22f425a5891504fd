package org.tierdesk.report;

import java.awt.Color;

/** The report colours: a deep blue band, a calm grey text scale, and traffic-light colours for progress. */
final class Palette {
    static final Color BAND = new Color(0x1F, 0x3A, 0x5F);
    static final Color BAND_ACCENT = new Color(0x3D, 0x7E, 0xC4);
    static final Color ON_BAND = Color.WHITE;
    static final Color ON_BAND_SOFT = new Color(0xC9, 0xD8, 0xEA);
    static final Color TEXT = new Color(0x22, 0x28, 0x30);
    static final Color MUTED = new Color(0x6B, 0x74, 0x80);
    static final Color RULE = new Color(0xD5, 0xDB, 0xE2);
    static final Color TABLE_HEAD = new Color(0xE9, 0xEF, 0xF6);
    static final Color ZEBRA = new Color(0xF6, 0xF8, 0xFA);
    static final Color TRACK = new Color(0xE3, 0xE7, 0xEC);
    static final Color MET = new Color(0x2E, 0x9D, 0x5B);
    static final Color NEAR = new Color(0xE0, 0x9A, 0x1F);
    static final Color FAR = new Color(0xD0, 0x4A, 0x3C);
    static final Color BAR = new Color(0x5B, 0x8F, 0xC9);
    static final Color BAR_CURRENT = new Color(0xA9, 0xC4, 0xE3);

    private Palette() {}

    /** Green when met, amber from half way, red below: the colour a manager reads before the figure. */
    static Color progress(double fraction, boolean met) {
        if (met) {
            return MET;
        }
        return fraction >= 0.5 ? NEAR : FAR;
    }
}
