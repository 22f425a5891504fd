package org.tierdesk.ui.shell;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The screens the left navigation offers, in its order; {@code key} names the label and the node ids. */
public enum Screen {
    PORTFOLIO("portfolio", Feather.GRID),
    PARTNER("partner", Feather.BRIEFCASE),
    SIMULATOR("simulator", Feather.SLIDERS),
    PROGRAMS("programs", Feather.LAYERS),
    SETTINGS("settings", Feather.SETTINGS),
    /** Last, so the earlier screens keep their shortcuts (Ctrl+1..5). */
    DOWNGRADES("downgrades", Feather.TRENDING_DOWN);

    private final String key;
    private final Ikon icon;

    Screen(String key, Ikon icon) {
        this.key = key;
        this.icon = icon;
    }

    public String key() {
        return key;
    }

    public Ikon icon() {
        return icon;
    }
}
