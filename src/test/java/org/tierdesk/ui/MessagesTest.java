package org.tierdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void russianBundleTranslatesEveryEnglishKey() throws IOException {
        Properties english = load("messages.properties");
        Properties russian = load("messages_ru.properties");
        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(russian.stringPropertyNames());
        Set<String> extra = new TreeSet<>(russian.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        assertThat(missing).as("keys without a Russian text").isEmpty();
        assertThat(extra).as("Russian keys English lacks").isEmpty();
    }

    @Test
    void russianTextsAreWrittenInCyrillic() throws IOException {
        Properties english = load("messages.properties");
        Properties russian = load("messages_ru.properties");
        Set<String> untranslated = new TreeSet<>();
        for (String key : russian.stringPropertyNames()) {
            String text = russian.getProperty(key);
            boolean hasLetters = text.chars().anyMatch(Character::isLetter);
            boolean cyrillic = text.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
            if (hasLetters && !cyrillic && !text.equals(english.getProperty(key)) || hasLetters && !cyrillic
                    && text.chars().filter(Character::isLetter).count() > 12) {
                untranslated.add(key);
            }
        }
        assertThat(untranslated).as("Russian texts still in English").isEmpty();
    }

    @Test
    void textsAreLookedUpInTheChosenLanguage() {
        assertThat(new Messages(Language.ENGLISH).get("screen.settings")).isEqualTo("Settings");
        assertThat(new Messages(Language.RUSSIAN).get("screen.settings")).isEqualTo("Настройки");
        assertThat(new Messages(Language.RUSSIAN).format("programs.cell.quarters", 4))
                .isEqualTo("в каждом из последних 4 кварталов");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
