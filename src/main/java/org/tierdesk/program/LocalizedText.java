package org.tierdesk.program;

import java.util.Locale;
import java.util.Objects;

/** A label or sentence a program file gives in English and Russian; Russian falls back to English. */
public record LocalizedText(String en, String ru) {
    public LocalizedText {
        Objects.requireNonNull(en, "en");
    }

    public static LocalizedText of(String en) {
        return new LocalizedText(en, null);
    }

    public String in(Locale locale) {
        if (locale != null && "ru".equals(locale.getLanguage()) && ru != null && !ru.isBlank()) {
            return ru;
        }
        return en;
    }

    @Override
    public String toString() {
        return en;
    }
}
