package org.tierdesk.ui.settings;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.tierdesk.store.InvalidFactsException;
import org.tierdesk.store.RateEntry;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.Session;

import org.tierdesk.ui.Language;
import org.tierdesk.ui.Theme;
import org.tierdesk.ui.UiSettings;

/** Language and theme (remembered, applied at once), the manager's name on PDFs, and where the data lives. */
public final class SettingsViewModel {
    private final Session session;
    private final Messages messages;
    private final UiSettings settings;
    private final Path dataFolder;
    private final ObservableList<RateEntry> rates = FXCollections.observableArrayList();
    private final ObjectProperty<Language> language;
    private final ObjectProperty<Theme> theme;
    private final StringProperty managerName;

    public SettingsViewModel(Session session, Messages messages, Consumer<Language> languageChanged,
                             Consumer<Theme> themeChanged) {
        this.session = session;
        this.messages = messages;
        this.settings = session.settings();
        this.dataFolder = session.dataFolder();
        this.language = new SimpleObjectProperty<>(settings.language());
        this.theme = new SimpleObjectProperty<>(settings.theme());
        this.managerName = new SimpleStringProperty(settings.managerName().orElse(""));
        // kept as typed, so that closing the window with the field still focused loses nothing
        managerName.addListener((obs, old, typed) -> {
            if (!settings.managerName().orElse("").equals(typed == null ? "" : typed.strip())) {
                settings.managerName(typed);
            }
        });
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

    /** The name typed for PDF summaries ("Account manager: ..."), kept (stripped) as it is typed. */
    public StringProperty managerNameProperty() {
        return managerName;
    }

    /** Shows the name as it is kept (the field was left or Enter pressed): stripped; a blank one prints none. */
    public void showManagerNameAsKept() {
        managerName.set(settings.managerName().orElse(""));
    }

    /** The manager's exchange rates, newest first. */
    public ObservableList<RateEntry> rates() {
        return rates;
    }

    public void refresh() {
        rates.setAll(session.store().rates().all());
    }

    public RateForm rateForm(RateEntry editing) {
        return new RateForm(session, messages, editing, LocalDate.now(session.store().clock()));
    }

    /** Deletes a rate; false with the store's reason when a sale or plan still needs it. */
    public String delete(RateEntry entry) {
        try {
            session.store().rates().delete(entry.id());
            return "";
        } catch (InvalidFactsException e) {
            return e.message(messages.locale());
        } finally {
            refresh();
        }
    }

    public String dataFolder() {
        return dataFolder.toAbsolutePath().toString();
    }

    /** Settings → Backups. */
    public BackupsViewModel backups() {
        return new BackupsViewModel(session.safety(), messages);
    }

    /** Settings → Password. */
    public PasswordViewModel password() {
        return new PasswordViewModel(session.safety(), messages);
    }

}
