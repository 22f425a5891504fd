package org.tierdesk.ui.startup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Application;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.tierdesk.store.DatabaseDamagedException;
import org.tierdesk.store.DatabasePassword;
import org.tierdesk.store.PasswordRequiredException;
import org.tierdesk.store.WrongPasswordException;
import org.tierdesk.store.backup.BackupFile;
import org.tierdesk.store.backup.Backups;
import org.tierdesk.store.backup.Restore;
import org.tierdesk.store.instance.AlreadyRunningException;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.Theme;

/**
 * From a data folder to an open database, with the manager's say at each obstacle: another TierDesk on the folder
 * (told, and that one asked to come forward; {@link HeadStart} finds it), a password-protected file (asked for, again after a wrong one), a
 * damaged file (the newest backup offered with its date and size; the damaged file kept aside). Runs on the FX
 * thread; each question is a modal dialog. Nothing is changed without a yes.
 */
public final class StartupFlow {
    private static final Logger LOG = LoggerFactory.getLogger(StartupFlow.class);

    private final Path folder;
    private final Messages messages;

    public StartupFlow(Path folder, Messages messages) {
        this.folder = folder.toAbsolutePath().normalize();
        this.messages = messages;
    }

    /**
     * Tells the manager that another TierDesk has the folder ({@code refused}), after asking that one to come
     * forward.
     */
    public void tellAlreadyRunning(AlreadyRunningException refused) {
        boolean fronted = refused.bringOtherToFront();
        LOG.warn("TierDesk is already running on {} (brought to the front: {})", folder, fronted);
        tell(Alert.AlertType.INFORMATION, "alreadyRunning-notice", messages.get("alreadyRunning.header"),
                messages.format(fronted ? "alreadyRunning.fronted" : "alreadyRunning.text", folder));
    }

    /**
     * Opens the database from the {@code first} try (made without a password, see {@link HeadStart}), asking
     * whatever must be asked; empty when the manager chose to quit.
     */
    public Optional<OpenAttempt.Opened> open(OpenAttempt first) {
        DatabasePassword password = DatabasePassword.none();
        OpenAttempt attempt = first;
        while (true) {
            switch (attempt) {
                case OpenAttempt.Opened opened -> {
                    return Optional.of(opened);
                }
                case OpenAttempt.NeedsPassword needs -> {
                    Optional<Tried> typed = askPassword(needs);
                    if (typed.isEmpty()) {
                        return Optional.empty();
                    }
                    password = typed.get().password();
                    attempt = typed.get().outcome();
                }
                case OpenAttempt.Damaged damaged -> {
                    Optional<DatabasePassword> restored = offerRestore(damaged, password);
                    if (restored.isEmpty()) {
                        return Optional.empty();
                    }
                    password = restored.get();
                    attempt = OpenAttempt.of(folder, password);
                }
                case OpenAttempt.InUse inUse -> {
                    tell(Alert.AlertType.ERROR, "in-use-notice", messages.get("app.startFailed"),
                            messages.format("app.databaseInUse", inUse.folder()));
                    return Optional.empty();
                }
            }
        }
    }

    /** A password that got past the lock, and what opening with it gave (opened, or found damaged). */
    private record Tried(DatabasePassword password, OpenAttempt outcome) {
    }

    /** Asks until a password unlocks the file; empty when the manager quit. */
    private Optional<Tried> askPassword(OpenAttempt.NeedsPassword needs) {
        AtomicReference<Tried> outcome = new AtomicReference<>();
        PasswordDialog dialog = new PasswordDialog(messages, null, "password.header", "password.text", needs.file(),
                typed -> {
                    OpenAttempt tried = OpenAttempt.of(folder, typed);
                    if (tried instanceof OpenAttempt.NeedsPassword) {
                        LOG.info("A wrong password was typed for {}", needs.file());
                        return Optional.of(messages.get("password.wrong"));
                    }
                    outcome.set(new Tried(typed, tried));
                    return Optional.empty();
                });
        return dialog.showAndWait().map(p -> outcome.get());
    }

    /**
     * Offers the backups newest first until one is restored (returns the password it was restored under) or the
     * manager quits (empty). A backup that cannot be restored is named and the next older one offered.
     */
    private Optional<DatabasePassword> offerRestore(OpenAttempt.Damaged damaged, DatabasePassword known) {
        LOG.warn("The database file {} is damaged: {}", damaged.file(), damaged.reason());
        Backups backups = Backups.of(folder);
        List<BackupFile> left = new ArrayList<>(backups.list());
        BackupDescription describe = new BackupDescription(messages);
        String failure = null;
        while (true) {
            BackupFile offered = left.isEmpty() ? null : left.get(0);
            boolean chosen = new DamagedDatabaseDialog(messages, damaged.file(), damaged.damage(), damaged.reason(),
                    backups.folder(),
                    offered, failure).restoreChosen();
            if (offered == null || !chosen) {
                return Optional.empty();
            }
            try {
                Optional<Restored> restored = restore(offered, known, describe);
                if (restored.isPresent()) {
                    LOG.info("Backup {} restored into {}; damaged file kept as {}", offered.path(), folder,
                            restored.get().kept());
                    tell(Alert.AlertType.INFORMATION, "restored-notice", messages.get("damaged.restoredHeader"),
                            messages.format("damaged.restored", describe.line(offered),
                                    String.valueOf(restored.get().kept())));
                    return Optional.of(restored.get().password());
                }
                failure = null;
            } catch (DatabaseDamagedException | IllegalArgumentException | IllegalStateException e) {
                LOG.warn("The backup {} could not be restored: {}", offered.path(), e.getMessage());
                failure = messages.format("damaged.backupFailed", describe.line(offered));
                left.remove(0);
            }
        }
    }

    /** A backup put in place under {@code password}; the damaged file was moved to {@code kept}. */
    private record Restored(DatabasePassword password, Path kept) {
    }

    /** Restores one backup, asking its password if it has one; empty when the manager cancelled that. */
    private Optional<Restored> restore(BackupFile backup, DatabasePassword known, BackupDescription describe) {
        if (!Restore.isEncrypted(backup.path())) {
            return Optional.of(restoreWith(backup, DatabasePassword.none()));
        }
        if (!known.isNone()) {
            Optional<Restored> withKnown = tryRestore(backup, known);
            if (withKnown.isPresent()) {
                return withKnown;
            }
        }
        AtomicReference<Restored> restored = new AtomicReference<>();
        Optional<DatabasePassword> typed = new PasswordDialog(messages, null, "password.backupHeader",
                "password.backupText", describe.line(backup), p -> {
                    try {
                        Optional<Restored> done = tryRestore(backup, p);
                        done.ifPresent(restored::set);
                        return done.isPresent() ? Optional.empty() : Optional.of(messages.get("password.wrong"));
                    } catch (DatabaseDamagedException | IllegalArgumentException | IllegalStateException e) {
                        return Optional.of(messages.format("damaged.backupFailed", describe.line(backup)));
                    }
                }).showAndWait();
        return typed.map(p -> restored.get());
    }

    /** Restores with {@code password}; empty when it does not open the backup (nothing changed). */
    private Optional<Restored> tryRestore(BackupFile backup, DatabasePassword password) {
        try {
            return Optional.of(restoreWith(backup, password));
        } catch (WrongPasswordException | PasswordRequiredException e) {
            return Optional.empty();
        }
    }

    private Restored restoreWith(BackupFile backup, DatabasePassword password) {
        return new Restored(password, Restore.replaceUnreadable(folder, backup.path(), password, password));
    }

    /** The start-up's dialogs come before the main window sets the theme: they get the default one. */
    static void useDefaultTheme() {
        if (Application.getUserAgentStylesheet() == null) {
            Application.setUserAgentStylesheet(Theme.LIGHT.userAgentStylesheet());
        }
    }

    private void tell(Alert.AlertType type, String id, String header, String text) {
        useDefaultTheme();
        Alert alert = new Alert(type, text, ButtonType.OK);
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(header);
        alert.getDialogPane().setId(id);
        alert.getDialogPane().setPrefWidth(520);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.OK)).setText(
                messages.get("dialog.ok"));
        alert.showAndWait();
    }
}
