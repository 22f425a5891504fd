package org.tierdesk.ui.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.tierdesk.engine.facts.StaffMember;
import org.tierdesk.store.PartnerDraft;
import org.tierdesk.store.PortfolioEntry;
import org.tierdesk.ui.DeskFixture;
import org.tierdesk.ui.FormRobot;
import org.tierdesk.ui.Language;
import org.tierdesk.ui.shell.Screen;

/** Drives the Portfolio and Partner screens on a real database, through node ids, as a manager would. */
@ExtendWith(ApplicationExtension.class)
class PartnerScreenTest {
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
        desk.show(stage).shell().openPartner(partnerId);
    }

    @AfterEach
    void closeDatabase() {
        desk.close();
    }

    @Test
    void managerAddsAPartnerFromThePortfolio(FxRobot robot) {
        robot.interact(() -> desk.window().shell().show(Screen.PORTFOLIO));
        robot.clickOn("#add-partner");
        new FormRobot(robot).type("name", "Nordic Soft").choose("program", "Bitrix Partner Statuses")
                .type("territory", "Astana");
        robot.clickOn("#dialog-ok");

        assertThat(robot.lookup("#partner-name").queryAs(Label.class).getText()).isEqualTo("Nordic Soft");
        assertThat(desk.store().partners().portfolio(LocalDate.now())).extracting(PortfolioEntry::name)
                .contains("Nordic Soft");
        robot.clickOn("#partner-back");
        assertThat(robot.lookup("#portfolio-table").lookup("Nordic Soft").tryQuery()).isPresent();
    }

    @Test
    void managerAddsACertifiedEngineer(FxRobot robot) {
        robot.clickOn("#tab-staff");
        robot.clickOn("#add-staff");
        new FormRobot(robot).type("name", "Ivan Petrov").type("roles", "engineer");
        robot.clickOn("#dialog-ok");
        robot.clickOn("Ivan Petrov");
        robot.clickOn("#add-certification");
        new FormRobot(robot).choose("certification", "Bitrix engineer")
                .type("earned", "2026-02-01").type("expires", "2027-02-01");
        robot.clickOn("#dialog-ok");

        StaffMember ivan = desk.store().staff().of(partnerId).get(0);
        assertThat(ivan.roles()).containsExactly("engineer");
        assertThat(ivan.certifications()).singleElement()
                .satisfies(c -> assertThat(c.id()).isEqualTo("bitrix-engineer"));
        assertThat(robot.lookup("#certification-table").lookup("Bitrix engineer").tryQuery()).isPresent();
    }

    @Test
    void anExpiryBeforeTheEarnedDateIsRefusedBesideTheField(FxRobot robot) {
        desk.store().staff().add(partnerId, new StaffMember(0, "Olga", java.util.List.of(), java.util.List.of()));
        robot.interact(() -> desk.window().shell().show(Screen.PORTFOLIO));
        robot.interact(() -> desk.window().shell().openPartner(partnerId));
        robot.clickOn("#tab-staff");
        robot.clickOn("#add-certification");
        FormRobot form = new FormRobot(robot).choose("staff", "Olga").choose("certification", "Bitrix engineer")
                .type("earned", "2026-02-01").type("expires", "2025-12-31");

        assertThat(form.problem("expires")).contains("is before the date it was earned");
        assertThat(form.okEnabled()).isFalse();
        robot.clickOn("#dialog-cancel");
        assertThat(desk.store().staff().of(partnerId).get(0).certifications()).isEmpty();
    }

    @Test
    void managerAddsASale(FxRobot robot) {
        robot.clickOn("#tab-sales");
        robot.clickOn("#add-sale");
        new FormRobot(robot).type("date", "2026-05-10").type("product", "Intranet").type("amount", "330");
        robot.clickOn("#dialog-ok");

        assertThat(desk.store().sales().of(partnerId)).singleElement().satisfies(sale -> {
            assertThat(sale.amount().amount()).isEqualByComparingTo(new BigDecimal("330"));
            assertThat(sale.amount().currency()).isEqualTo("USD");
            assertThat(sale.category()).isEqualTo("license");
        });
        assertThat(robot.lookup("#sale-table").lookup("Intranet").tryQuery()).isPresent();
    }

    @Test
    void aNegativeAmountIsRefusedWithItsMessageAndOkDisabled(FxRobot robot) {
        robot.clickOn("#tab-sales");
        robot.clickOn("#add-sale");
        FormRobot form = new FormRobot(robot).type("amount", "-5");

        assertThat(form.problem("amount")).isEqualTo("The amount must not be negative (it is -5).");
        assertThat(form.okEnabled()).isFalse();

        form.type("amount", "5");
        assertThat(form.problem("amount")).isEmpty();
        assertThat(form.okEnabled()).isTrue();
        form.choose("currency", "EUR");
        assertThat(form.problem("currency")).startsWith("There is no EUR/USD exchange rate");
        assertThat(form.okEnabled()).isFalse();
        robot.clickOn("#dialog-cancel");
        assertThat(desk.store().sales().of(partnerId)).isEmpty();
    }
}
