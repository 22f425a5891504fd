package org.tierdesk.ui;

import java.util.Locale;

/** The languages the screens ship in; the resource bundles hold one file each. */
public enum Language {
    ENGLISH(Locale.ENGLISH),
    RUSSIAN(Locale.forLanguageTag("ru-RU"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String tag() {
        return locale.getLanguage();
    }

    /** The language a stored tag names; English for anything unknown so a damaged setting never blocks start-up. */
    public static Language byTag(String tag) {
        for (Language language : values()) {
            if (language.tag().equalsIgnoreCase(tag)) {
                return language;
            }
        }
        return ENGLISH;
    }
}
