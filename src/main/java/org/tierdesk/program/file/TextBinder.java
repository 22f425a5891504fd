package org.tierdesk.program.file;

import org.tierdesk.program.LocalizedText;

import java.util.List;
import java.util.Set;

/** Reads a label or sentence: either plain text (English only) or {en: ..., ru: ...}. */
final class TextBinder {
    private static final Set<String> KEYS = Set.of("en", "ru");

    private TextBinder() {
    }

    static LocalizedText text(YamlNode node, String what) {
        if (node instanceof YamlMap map) {
            map.allowOnly(what, KEYS);
            String en = map.required("en", what).asText(what + " 'en'");
            String ru = map.optional("ru").map(n -> n.asText(what + " 'ru'")).orElse(null);
            return new LocalizedText(en, ru);
        }
        return LocalizedText.of(node.asText(what));
    }

    static LocalizedText optional(YamlMap map, String key, String what) {
        return map.optional(key).map(n -> text(n, what)).orElse(null);
    }

    static List<LocalizedText> texts(YamlMap map, String key, String what) {
        return map.listOrEmpty(key, what).stream().map(n -> text(n, what)).toList();
    }
}
