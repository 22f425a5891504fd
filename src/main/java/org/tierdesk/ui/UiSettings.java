package org.tierdesk.ui;

import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The screens' own choices (language, theme, window placement, the manager's name on PDF summaries), kept as key → text wherever the caller stores
 * them: the app passes the store's settings table, tests an in-memory map.
 */
public final class UiSettings {
    private final Function<String, Optional<String>> read;
    private final BiConsumer<String, String> write;

    public UiSettings(Function<String, Optional<String>> read, BiConsumer<String, String> write) {
        this.read = read;
        this.write = write;
    }

    /** Settings held in a map (tests; a start-up that failed before the database opened). */
    public static UiSettings inMemory(java.util.Map<String, String> values) {
        return new UiSettings(key -> Optional.ofNullable(values.get(key)), values::put);
    }

    public Language language() {
        return read.apply("ui.language").map(Language::byTag).orElseGet(UiSettings::defaultLanguage);
    }

    public void language(Language language) {
        write.accept("ui.language", language.tag());
    }

    public Theme theme() {
        return read.apply("ui.theme").map(Theme::byId).orElse(Theme.LIGHT);
    }

    public void theme(Theme theme) {
        write.accept("ui.theme", theme.id());
    }

    public Optional<WindowPlacement> windowPlacement() {
        return read.apply("ui.window").flatMap(WindowPlacement::parse);
    }

    public void windowPlacement(WindowPlacement placement) {
        write.accept("ui.window", placement.format());
    }

    /** The longest name kept (the Settings field takes no more). */
    public static final int MANAGER_NAME_LENGTH = 120;

    /** The name the manager signs PDF summaries with; empty until one is set. */
    public Optional<String> managerName() {
        return read.apply("ui.managerName").map(String::strip).filter(n -> !n.isEmpty());
    }

    /** Sets the name on PDF summaries (stripped; blank: none). */
    public void managerName(String name) {
        String kept = name == null ? "" : name.strip();
        write.accept("ui.managerName", kept.length() > MANAGER_NAME_LENGTH ? kept.substring(0, MANAGER_NAME_LENGTH)
                : kept);
    }

    private static Language defaultLanguage() {
        return "ru".equals(Locale.getDefault().getLanguage()) ? Language.RUSSIAN : Language.ENGLISH;
    }
}
