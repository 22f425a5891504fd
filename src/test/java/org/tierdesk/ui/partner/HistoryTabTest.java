package org.tierdesk.ui.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

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

import org.tierdesk.engine.facts.Money;
import org.tierdesk.engine.facts.Sale;
import org.tierdesk.store.PartnerDraft;
import org.tierdesk.ui.DeskFixture;
import org.tierdesk.ui.Language;
import org.tierdesk.ui.shell.Screen;

/** The partner's History tab lists the audit trail in words: which fact, which field, old → new. */
@ExtendWith(ApplicationExtension.class)
class HistoryTabTest {
    @TempDir
    Path dataFolder;
    private DeskFixture desk;
    private long partnerId;

    @BeforeAll
    static void warmUp(@TempDir Path scratch) {
        DeskFixture.warmUp(scratch);
    }

    @Start
    void start(Stage stage) {
        desk = new DeskFixture(dataFolder, Language.ENGLISH);
        partnerId = desk.store().partners().create(new PartnerDraft("Acme Integration", "bitrix", "Almaty",
                LocalDate.of(2025, 3, 1), null, null));
        long sale = desk.store().sales().add(partnerId, new Sale(0, LocalDate.of(2026, 3, 1),
                new Money(new BigDecimal("100"), "USD"), "license", 1, "Intranet", null));
        desk.store().sales().update(new Sale(sale, LocalDate.of(2026, 3, 1),
                new Money(new BigDecimal("250.5"), "USD"), "license", 1, "Intranet", null));
        desk.store().partners().update(partnerId, new PartnerDraft("Acme Integration", "bitrix", "Astana",
                LocalDate.of(2025, 3, 1), null, null));
        desk.show(stage).shell().openPartner(partnerId);
        desk.window().shell().show(Screen.PARTNER);
    }

    @AfterEach
    void closeDatabase() {
        desk.close();
    }

    @Test
    void theHistoryTabShowsWhoChangedWhichFieldFromWhatToWhat(FxRobot robot) {
        robot.clickOn("#tab-history");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<FactChange> table = robot.lookup("#changes-table").queryTableView();

        assertThat(table.getItems()).extracting(FactChange::what)
                .containsExactly("Company changed", "Sale changed", "Sale added", "Company added");
        FactChange territory = table.getItems().get(0);
        assertThat(territory.details()).isEqualTo("Territory: Almaty \u2192 Astana");
        assertThat(territory.who()).isEqualTo(System.getProperty("user.name"));
        assertThat(territory.when()).isNotBlank();
        assertThat(table.getItems().get(1).details()).isEqualTo("Amount: 100.00 \u2192 250.50");
        assertThat(table.getItems().get(2).details()).contains("Date: Mar 1, 2026").contains("Amount: 100.00")
                .contains("Currency: USD").doesNotContain("partner_id").doesNotContain("=");
        assertThat(table.getItems().get(3).details()).contains("Name: Acme Integration").contains("Territory: Almaty");
    }

    @Test
    void aNewEditShowsUpAtTheTopAfterTheScreenReloads(FxRobot robot) {
        robot.clickOn("#tab-history");
        robot.interact(() -> {
            desk.store().sales().add(partnerId, new Sale(0, LocalDate.of(2026, 4, 2),
                    new Money(new BigDecimal("75"), "USD"), "license", 3, "Portal", null));
            desk.window().shell().show(Screen.PORTFOLIO);
            desk.window().shell().show(Screen.PARTNER);
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableView<FactChange> table = robot.lookup("#changes-table").queryTableView();

        assertThat(table.getItems().get(0).what()).isEqualTo("Sale added");
        assertThat(table.getItems().get(0).details()).contains("Product: Portal").contains("Licenses: 3");
    }
}
