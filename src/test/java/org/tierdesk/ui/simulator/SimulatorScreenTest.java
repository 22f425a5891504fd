package org.tierdesk.ui.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.tierdesk.program.Program;
import org.tierdesk.program.ProgramLibrary;
import org.tierdesk.store.Database;
import org.tierdesk.store.PartnerDraft;
import org.tierdesk.store.Workspace;
import org.tierdesk.ui.Language;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.meeting.MeetingMode;

/** The simulator of a stored partner whose program file is no longer loaded says why, in the manager's language. */
@ExtendWith(ApplicationExtension.class)
class SimulatorScreenTest {
    @TempDir
    Path folder;
    private Database database;
    private SimulatorScreen screen;
    private final AtomicBoolean toPortfolio = new AtomicBoolean();

    @Start
    void start(Stage stage) {
        database = Database.open(folder);
        ProgramLibrary library = ProgramLibrary.shippedOnly();
        long id = new Workspace(database, library::byId).partners().create(new PartnerDraft("Acme Integration",
                "bitrix", "Almaty", LocalDate.of(2025, 3, 1), null, null));
        // the Bitrix program file was taken out of the data folder
        List<Program> loaded = library.all().stream().filter(p -> !p.id().equals("bitrix")).toList();
        Workspace store = new Workspace(database, programId -> loaded.stream()
                .filter(p -> p.id().equals(programId)).findFirst());
        Messages russian = new Messages(Language.RUSSIAN);
        screen = new SimulatorScreen(() -> id, partner -> new StoredPartner(store, partner), LocalDate::now, russian,
                new MeetingMode(stage, russian), () -> toPortfolio.set(true), List::of, picked -> { });
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(screen.node()), 900, 600));
        stage.show();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aPartnerWhoseProgramIsNotLoadedGetsTheReasonAndTheWayBack(FxRobot robot) {
        robot.interact(screen::refresh);

        assertThat(robot.lookup("#simulator-program-missing").queryAs(Label.class).getText())
                .isEqualTo("Программа bitrix партнёра Acme Integration не загружена.");
        assertThat(screen.model()).isNull();
        robot.interact(() -> robot.lookup(".button").queryAs(Button.class).fire());
        assertThat(toPortfolio).isTrue();
    }
}
