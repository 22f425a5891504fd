package org.tierdesk.ui.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.tierdesk.store.jooq.Tables.PARTNERS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
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
import org.tierdesk.store.DatabaseFile;
import org.tierdesk.store.DatabasePassword;
import org.tierdesk.store.PartnerDraft;
import org.tierdesk.store.Workspace;
import org.tierdesk.store.backup.Backups;
import org.tierdesk.store.instance.AlreadyRunningException;
import org.tierdesk.store.instance.InstanceGuard;
import org.tierdesk.ui.DeskFixture;
import org.tierdesk.ui.Language;
import org.tierdesk.ui.Messages;

/**
 * The start-up flow's dialogs driven as a manager meets them: a protected database (a wrong password, then the
 * right one), a damaged database (the latest backup offered and restored, the damaged file kept), and a second
 * start on a folder another TierDesk holds.
 */
@ExtendWith(ApplicationExtension.class)
class StartupFlowTest {
    private static final int WAIT_SECONDS = 60;

    @TempDir
    Path dir;

    @BeforeAll
    static void warmUp(@TempDir Path scratch) {
        DeskFixture.warmUp(scratch);
    }

    @Start
    void start(Stage stage) {
        // the flow runs before any window of its own: nothing to show here
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageAndTheRightOneOpensTheDatabase(FxRobot robot) throws Exception {
        try (Database db = Database.open(dir, DatabasePassword.of("correct horse"))) {
            addPartner(db, "Locked Partner");
        }
        AtomicReference<Optional<OpenAttempt.Opened>> result = runFlow(flow -> flow.open(OpenAttempt.of(dir, DatabasePassword.none())));

        waitFor(() -> robot.lookup("#password-field").tryQuery().isPresent());
        robot.clickOn("#password-field").write("wrong horse");
        robot.clickOn("#password-ok");
        waitFor(() -> robot.lookup("#password-problem").tryQuery().filter(Node::isVisible).isPresent());
        assertThat(robot.lookup("#password-problem").queryAs(Label.class).getText())
                .contains("does not open");
        assertThat(result.get()).as("still asking").isNull();

        robot.clickOn("#password-field").write("correct horse");
        robot.clickOn("#password-ok");
        waitFor(() -> result.get() != null);

        assertThat(result.get()).isPresent();
        try (Database opened = result.get().get().database()) {
            assertThat(opened.password().sameAs(DatabasePassword.of("correct horse"))).isTrue();
            assertThat(partners(opened)).contains("Locked Partner");
        }
    }

    @Test
    void quittingAtThePasswordOpensNothing(FxRobot robot) throws Exception {
        Database.open(dir, DatabasePassword.of("correct horse")).close();
        AtomicReference<Optional<OpenAttempt.Opened>> result = runFlow(flow -> flow.open(OpenAttempt.of(dir, DatabasePassword.none())));

        waitFor(() -> robot.lookup("#password-cancel").tryQuery().isPresent());
        robot.clickOn("#password-cancel");
        waitFor(() -> result.get() != null);

        assertThat(result.get()).isEmpty();
    }

    @Test
    void aDamagedDatabaseIsOfferedTheLatestBackupAndKeptAside(FxRobot robot) throws Exception {
        try (Database db = Database.open(dir)) {
            addPartner(db, "Backed Up Partner");
            Backups.of(dir).create(db, Backups.EXIT);
        }
        byte[] garbage = "this is no database at all, a disk error wrote it".repeat(100).getBytes();
        Files.write(DatabaseFile.path(dir), garbage);
        AtomicReference<Optional<OpenAttempt.Opened>> result = runFlow(flow -> flow.open(OpenAttempt.of(dir, DatabasePassword.none())));

        waitFor(() -> robot.lookup("#damaged-restore").tryQuery().isPresent());
        String offered = robot.lookup("#damaged-backup").queryAs(Label.class).getText();
        BackupDescription describe = new BackupDescription(new Messages(Language.ENGLISH));
        var latest = Backups.of(dir).latest().orElseThrow();
        assertThat(offered).contains(describe.taken(latest)).contains(describe.size(latest)).contains("at exit");
        assertThat(robot.lookup("#damaged-dialog .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(text -> text.contains("is damaged (it is not a TierDesk database file)"));
        assertThat(DatabaseFile.path(dir)).hasBinaryContent(garbage);

        robot.clickOn("#damaged-restore");
        waitFor(() -> robot.lookup("#restored-notice").tryQuery().isPresent());
        robot.clickOn(robot.lookup("#restored-notice .button").queryAs(Node.class));
        waitFor(() -> result.get() != null);

        assertThat(result.get()).isPresent();
        try (Database opened = result.get().get().database()) {
            assertThat(partners(opened)).contains("Backed Up Partner");
        }
        try (Stream<Path> files = Files.list(dir)) {
            Path kept = files.filter(f -> f.getFileName().toString().startsWith("tierdesk-damaged-")).findFirst()
                    .orElseThrow();
            assertThat(kept).hasBinaryContent(garbage);
        }
    }

    @Test
    void aDamagedDatabaseWithoutBackupsIsLeftAsItIs(FxRobot robot) throws Exception {
        byte[] garbage = new byte[8192];
        new java.util.Random(7).nextBytes(garbage);
        Files.createDirectories(dir);
        Files.write(DatabaseFile.path(dir), garbage);
        AtomicReference<Optional<OpenAttempt.Opened>> result = runFlow(flow -> flow.open(OpenAttempt.of(dir, DatabasePassword.none())));

        waitFor(() -> robot.lookup("#damaged-quit").tryQuery().isPresent());
        assertThat(robot.lookup("#damaged-restore").tryQuery()).isEmpty();
        assertThat(robot.lookup("#damaged-backup").queryAs(Label.class).getText()).contains("no backup");
        robot.clickOn("#damaged-quit");
        waitFor(() -> result.get() != null);

        assertThat(result.get()).isEmpty();
        assertThat(DatabaseFile.path(dir)).hasBinaryContent(garbage);
    }

    @Test
    void aSecondStartIsToldAndAsksTheFirstToComeForward(FxRobot robot) throws Exception {
        AtomicInteger broughtForward = new AtomicInteger();
        try (InstanceGuard first = InstanceGuard.acquire(dir, broughtForward::incrementAndGet)) {
            AlreadyRunningException refused = catchThrowableOfType(AlreadyRunningException.class,
                    () -> InstanceGuard.acquire(dir, () -> { }));
            AtomicReference<Boolean> second = runFlow(flow -> {
                flow.tellAlreadyRunning(refused);
                return true;
            });

            waitFor(() -> robot.lookup("#alreadyRunning-notice").tryQuery().isPresent());
            assertThat(robot.lookup("#alreadyRunning-notice .content").queryAs(Label.class).getText())
                    .contains("already running").contains(dir.toString());
            waitFor(() -> broughtForward.get() == 1);
            robot.clickOn(robot.lookup("#alreadyRunning-notice .button").queryAs(Node.class));
            waitFor(() -> second.get() != null);

            assertThat(first.folder()).isEqualTo(dir.toAbsolutePath().normalize());
        }
    }

    private <T> AtomicReference<T> runFlow(java.util.function.Function<StartupFlow, T> step) {
        AtomicReference<T> result = new AtomicReference<>();
        StartupFlow flow = new StartupFlow(dir, new Messages(Language.ENGLISH));
        Platform.runLater(() -> result.set(step.apply(flow)));
        return result;
    }

    private static void waitFor(Supplier<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition::get);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void addPartner(Database db, String name) {
        new Workspace(db, ProgramLibrary.shippedOnly()::byId).partners().create(new PartnerDraft(name, "bitrix",
                "Almaty", LocalDate.of(2025, 3, 1), null, null));
    }

    private static java.util.List<String> partners(Database db) {
        return db.dsl().select(PARTNERS.NAME).from(PARTNERS).fetch(PARTNERS.NAME);
    }
}
