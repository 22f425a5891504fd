package org.tierdesk.ui.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tierdesk.program.Program;
import org.tierdesk.program.ProgramLibrary;
import org.tierdesk.store.Database;
import org.tierdesk.store.PartnerDraft;
import org.tierdesk.store.Workspace;
import org.tierdesk.ui.Language;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.Session;
import org.tierdesk.ui.UiSettings;

import static org.assertj.core.api.Assertions.assertThat;

/** A partner whose program file is no longer loaded cannot be exported, and the manager is told why. */
class ScenarioTransferTest {

    @Test
    void aPartnerWhoseProgramIsNotLoadedIsRefusedWithTheReasonInTheManagersLanguage(@TempDir Path dir) {
        ProgramLibrary library = ProgramLibrary.shippedOnly();
        try (Database database = Database.open(dir)) {
            Workspace full = new Workspace(database, library::byId);
            long bitrix = full.partners().create(new PartnerDraft("Acme Integration", "bitrix", "Almaty",
                    LocalDate.of(2025, 3, 1), null, null));
            long asoft = full.partners().create(new PartnerDraft("Steppe Digital", "asoft", "Astana",
                    LocalDate.of(2025, 3, 1), null, null));
            // the Bitrix program file was taken out of the data folder
            List<Program> loaded = library.all().stream().filter(p -> !p.id().equals("bitrix")).toList();
            Workspace store = new Workspace(database, id -> loaded.stream().filter(p -> p.id().equals(id))
                    .findFirst());
            Session session = new Session(dir, UiSettings.inMemory(new HashMap<>()), loaded, store);

            ScenarioTransfer english = new ScenarioTransfer(session, new Messages(Language.ENGLISH),
                    Clock.systemDefaultZone());
            ScenarioTransfer russian = new ScenarioTransfer(session, new Messages(Language.RUSSIAN),
                    Clock.systemDefaultZone());

            assertThat(english.exportRefusal(bitrix)).hasValue("The program bitrix of Acme Integration is not loaded.");
            assertThat(russian.exportRefusal(bitrix))
                    .hasValue("Программа bitrix партнёра Acme Integration не загружена.");
            assertThat(english.exportRefusal(asoft)).isEmpty();
        }
    }

    @Test
    void aPartnerOfALoadedProgramIsExportedToAFileItsProgramReadsBack(@TempDir Path dir) throws Exception {
        ProgramLibrary library = ProgramLibrary.shippedOnly();
        try (Database database = Database.open(dir.resolve("data"))) {
            Workspace store = new Workspace(database, library::byId);
            long id = store.partners().create(new PartnerDraft("Steppe Digital", "asoft", "Astana",
                    LocalDate.of(2025, 3, 1), null, null));
            Session session = new Session(dir, UiSettings.inMemory(new HashMap<>()), library.all(), store);
            Path file = dir.resolve("steppe.tierdesk.yaml");

            new ScenarioTransfer(session, new Messages(Language.ENGLISH), Clock.systemDefaultZone())
                    .exportPartner(id, file);

            assertThat(Files.readString(file)).contains("asoft").contains("Steppe Digital");
        }
    }
}
