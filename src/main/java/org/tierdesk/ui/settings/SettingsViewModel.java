package org.tierdesk.ui.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.tierdesk.ui.Language;
import org.tierdesk.ui.Theme;
import org.tierdesk.ui.UiSettings;

/** Language and theme (remembered, applied at once) and where the data lives. */
public final class SettingsViewModel {
    private final UiSettings settings;
    private final Path dataFolder;
    private final ObjectProperty<Language> language;
    private final ObjectProperty<Theme> theme;

    public SettingsViewModel(UiSettings settings, Path dataFolder, Consumer<Language> languageChanged,
                             Consumer<Theme> themeChanged) {
        this.settings = settings;
        this.dataFolder = dataFolder;
        this.language = new SimpleObjectProperty<>(settings.language());
        this.theme = new SimpleObjectProperty<>(settings.theme());
        language.addListener((obs, old, chosen) -> {
            if (chosen != null && chosen != old) {
                settings.language(chosen);
                languageChanged.accept(chosen);
            }
        });
        theme.addListener((obs, old, chosen) -> {
            if (chosen != null && chosen != old) {
                settings.theme(chosen);
                themeChanged.accept(chosen);
            }
        });
    }

    public List<Language> languages() {
        return List.of(Language.values());
    }

    public List<Theme> themes() {
        return List.of(Theme.values());
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public String dataFolder() {
        return dataFolder.toAbsolutePath().toString();
    }

}
