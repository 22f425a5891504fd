package org.tierdesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tierdesk.engine.facts.Money;
import org.tierdesk.engine.facts.Sale;
import org.tierdesk.store.PartnerDraft;
import org.tierdesk.ui.DeskFixture;
import org.tierdesk.ui.Language;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.Theme;
import org.tierdesk.ui.UiSettings;

class SettingsViewModelTest {
    @TempDir
    Path dataFolder;
    private DeskFixture desk;
    private final List<Object> applied = new ArrayList<>();
    private SettingsViewModel model;

    @BeforeEach
    void open() {
        desk = new DeskFixture(dataFolder, Language.ENGLISH);
        model = new SettingsViewModel(desk.session(), new Messages(Language.ENGLISH), applied::add, applied::add);
        model.refresh();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void languageAndThemeAreAppliedAtOnceAndRemembered() {
        model.languageProperty().set(Language.RUSSIAN);
        model.themeProperty().set(Theme.DARK);

        assertThat(applied).containsExactly(Language.RUSSIAN, Theme.DARK);
        UiSettings stored = UiSettings.inMemory(desk.settings());
        assertThat(stored.language()).isEqualTo(Language.RUSSIAN);
        assertThat(stored.theme()).isEqualTo(Theme.DARK);
    }

    /** The name for PDF summaries is kept stripped as it is typed, read back, and cleared when blank. */
    @Test
    void theManagersNameIsKeptStrippedAndABlankOneClearsIt() {
        assertThat(model.managerNameProperty().get()).isEmpty();
        model.managerNameProperty().set("  Анна Петрова  ");
        assertThat(desk.session().settings().managerName()).as("kept as typed").contains("Анна Петрова");
        assertThat(model.managerNameProperty().get()).as("the field keeps what is typed").isEqualTo("  Анна Петрова  ");
        model.showManagerNameAsKept();

        assertThat(model.managerNameProperty().get()).isEqualTo("Анна Петрова");
        assertThat(desk.session().settings().managerName()).contains("Анна Петрова");
        SettingsViewModel reopened = new SettingsViewModel(desk.session(), new Messages(Language.ENGLISH),
                applied::add, applied::add);
        assertThat(reopened.managerNameProperty().get()).isEqualTo("Анна Петрова");

        reopened.managerNameProperty().set("   ");
        assertThat(desk.session().settings().managerName()).isEmpty();
        desk.session().settings().managerName("x".repeat(200));
        assertThat(desk.session().settings().managerName()).hasValueSatisfying(n ->
                assertThat(n).hasSize(UiSettings.MANAGER_NAME_LENGTH));
    }

    @Test
    void aRateIsAddedThroughItsFormAndListed() {
        RateForm form = model.rateForm(null);
        form.field("date").textProperty().set("2026-01-01");
        form.field("from").textProperty().set("usd");
        form.field("to").textProperty().set("RUB");
        form.field("rate").textProperty().set("95,5");

        assertThat(form.save()).isTrue();
        model.refresh();

        assertThat(model.rates()).singleElement().satisfies(entry -> {
            assertThat(entry.rate().from()).isEqualTo("USD");
            assertThat(entry.rate().rate()).isEqualByComparingTo("95.5");
        });
    }

    @Test
    void aRateOfZeroIsRefusedBesideTheField() {
        RateForm form = model.rateForm(null);
        form.field("from").textProperty().set("USD");
        form.field("to").textProperty().set("RUB");
        form.field("rate").textProperty().set("0");
        assertThat(form.field("rate").problemProperty().get()).isEqualTo("The rate must be greater than zero (it is 0).");
        assertThat(form.validProperty().get()).isFalse();
    }

    @Test
    void aRateASaleStillNeedsIsNotDeleted() {
        RateForm form = model.rateForm(null);
        form.field("date").textProperty().set("2026-01-01");
        form.field("from").textProperty().set("RUB");
        form.field("to").textProperty().set("USD");
        form.field("rate").textProperty().set("0.0105");
        assertThat(form.save()).isTrue();
        long partner = desk.store().partners().create(new PartnerDraft("Acme", "bitrix", null,
                LocalDate.of(2025, 3, 1), null, null));
        desk.store().sales().add(partner, new Sale(0, LocalDate.of(2026, 3, 1),
                new Money(new BigDecimal("10000"), "RUB"), "license", 1, "Intranet", null));
        model.refresh();

        String refused = model.delete(model.rates().get(0));

        assertThat(refused).contains("without a rate");
        assertThat(model.rates()).hasSize(1);
    }
}
