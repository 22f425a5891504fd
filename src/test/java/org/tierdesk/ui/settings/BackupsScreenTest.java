package org.tierdesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tierdesk.store.jooq.Tables.PARTNERS;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.tierdesk.program.ProgramLibrary;
import org.tierdesk.store.Database;
import org.tierdesk.store.PartnerDraft;
import org.tierdesk.store.Workspace;
import org.tierdesk.store.backup.BackupFile;
import org.tierdesk.store.backup.Backups;
import org.tierdesk.ui.DeskFixture;
import org.tierdesk.ui.MainWindow;
import org.tierdesk.ui.startup.DataSafety;
import org.tierdesk.ui.startup.DeskWindow;

/**
 * Settings → Backups on a real database in the real window: the list, a backup on demand, and a restore after the
 * confirmation, which backs the current state up first and reopens the window on the restored database.
 */
@ExtendWith(ApplicationExtension.class)
class BackupsScreenTest {
    @TempDir
    Path dir;
    private DataSafety safety;
    private DeskWindow desk;
    private Stage first;

    @BeforeAll
    static void warmUp(@TempDir Path scratch) {
        DeskFixture.warmUp(scratch);
    }

    @Start
    void start(Stage stage) {
        Database db = Database.open(dir);
        Workspace store = new Workspace(db, ProgramLibrary.shippedOnly()::byId);
        store.settings().put("ui.language", "en");
        addPartner(store, "Before The Backup");
        safety = new DataSafety(db);
        safety.backUpNow(Backups.MANUAL);
        addPartner(store, "After The Backup");
        desk = new DeskWindow(dir, ProgramLibrary.shippedOnly(), safety);
        first = stage;
        desk.show(stage);
    }

    @AfterEach
    void close() {
        safety.database().close();
    }

    @Test
    void restoringABackupAfterTheConfirmationBringsItBackAndKeepsTheCurrentState(FxRobot robot) throws Exception {
        MainWindow before = desk.window();
        robot.clickOn("#nav-settings");
        scrollToTheEnd(robot);
        TableView<BackupFile> table = robot.lookup("#backups-table").queryTableView();
        assertThat(table.getItems()).hasSize(1);
        robot.interact(() -> table.getSelectionModel().select(0));

        robot.clickOn("#backup-restore");
        waitFor(() -> robot.lookup("#restore-confirm-ok").tryQuery().isPresent());
        robot.clickOn("#restore-confirm-ok");
        waitFor(() -> robot.lookup("#settings-notice").tryQuery().isPresent());

        assertThat(partners(safety.database())).contains("Before The Backup").doesNotContain("After The Backup");
        List<BackupFile> backups = safety.list();
        assertThat(backups).extracting(BackupFile::reason).containsExactly(Backups.BEFORE_RESTORE, Backups.MANUAL);
        assertThat(desk.window()).as("a window built on the restored database").isNotSameAs(before);
        assertThat(desk.stage()).isSameAs(first);
        assertThat(first.isShowing()).isTrue();
        assertThat(robot.lookup("#settings-screen").tryQuery()).isPresent();
    }

    /** The name typed in Settings → PDF summaries is stored in the database as typed, shown stripped once left. */
    @Test
    void theManagersNameTypedInSettingsIsStoredWhenTheFieldIsLeft(FxRobot robot) throws Exception {
        robot.clickOn("#nav-settings");
        robot.clickOn("#manager-name").write("  Anna Petrova");
        Workspace store = new Workspace(safety.database(), ProgramLibrary.shippedOnly()::byId);
        assertThat(store.settings().get("ui.managerName")).as("kept while typing").contains("Anna Petrova");
        robot.clickOn("#nav-portfolio");
        robot.clickOn("#nav-settings");
        assertThat(robot.lookup("#manager-name").queryTextInputControl().getText()).isEqualTo("Anna Petrova");
    }

    @Test
    void backingUpNowAddsABackupToTheList(FxRobot robot) throws Exception {
        robot.clickOn("#nav-settings");
        scrollToTheEnd(robot);

        robot.clickOn("#backup-now");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<BackupFile> table = robot.lookup("#backups-table").queryTableView();
        waitFor(() -> table.getItems().size() == 2);
        assertThat(robot.lookup("#backup-status").queryLabeled().getText()).startsWith("Backed up: ");
        assertThat(table.getItems()).extracting(BackupFile::reason).containsOnly(Backups.MANUAL);
    }

    private static void scrollToTheEnd(FxRobot robot) {
        ScrollPane settings = robot.lookup("#settings-screen").queryAs(ScrollPane.class);
        robot.interact(() -> settings.setVvalue(settings.getVmax()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitFor(Supplier<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::get);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void addPartner(Workspace store, String name) {
        store.partners().create(new PartnerDraft(name, "bitrix", "Almaty", LocalDate.of(2025, 3, 1), null, null));
    }

    private static List<String> partners(Database db) {
        return db.dsl().select(PARTNERS.NAME).from(PARTNERS).fetch(PARTNERS.NAME);
    }
}
