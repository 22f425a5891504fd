package org.tierdesk.ui.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tierdesk.engine.facts.TierChange;
import org.tierdesk.store.PartnerDraft;
import org.tierdesk.ui.DeskFixture;
import org.tierdesk.ui.Language;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.form.Choice;

class PortfolioViewModelTest {
    @TempDir
    Path dataFolder;
    private DeskFixture desk;
    private PortfolioViewModel model;

    @BeforeEach
    void portfolioOfThree() {
        desk = new DeskFixture(dataFolder, Language.ENGLISH);
        desk.store().partners().create(new PartnerDraft("Acme Integration", "bitrix", "Almaty",
                LocalDate.of(2025, 3, 1), null, null));
        long gold = desk.store().partners().create(new PartnerDraft("Borealis IT", "bitrix", "Astana",
                LocalDate.of(2024, 1, 1), null, null));
        desk.store().tierHistory().record(gold, new TierChange("gold", LocalDate.of(2025, 6, 1), "granted", "test"));
        desk.store().partners().create(new PartnerDraft("Cobalt Backup", "leo-backup", "Almaty",
                LocalDate.of(2025, 1, 10), null, null));
        model = new PortfolioViewModel(desk.session(), new Messages(Language.ENGLISH),
                Clock.fixed(java.time.Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));
        model.refresh();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void listsEveryPartnerWithProgramHeldTierAndTerritory() {
        assertThat(model.visibleRows()).extracting(PortfolioRow::name)
                .containsExactly("Acme Integration", "Borealis IT", "Cobalt Backup");
        PortfolioRow borealis = model.visibleRows().get(1);
        assertThat(borealis.program()).isEqualTo("Bitrix Partner Statuses");
        assertThat(borealis.tierId()).isEqualTo("gold");
        assertThat(borealis.territory()).isEqualTo("Astana");
    }

    @Test
    void searchMatchesNamesAndTerritoriesIgnoringCase() {
        model.searchProperty().set("almaty");
        assertThat(model.visibleRows()).extracting(PortfolioRow::name)
                .containsExactly("Acme Integration", "Cobalt Backup");
        model.searchProperty().set("BORE");
        assertThat(model.visibleRows()).extracting(PortfolioRow::name).containsExactly("Borealis IT");
    }

    @Test
    void filtersByProgramTierAndTerritoryCombine() {
        model.programFilterProperty().set(choice(model.programChoices(), "bitrix"));
        assertThat(model.visibleRows()).hasSize(2);
        assertThat(model.tierChoices()).extracting(Choice::label).contains("Business Partner", "Gold Certified Partner");
        model.tierFilterProperty().set(model.tierChoices().stream()
                .filter(c -> c.label().startsWith("Gold")).findFirst().orElseThrow());
        assertThat(model.visibleRows()).extracting(PortfolioRow::name).containsExactly("Borealis IT");
        model.territoryFilterProperty().set(choice(model.territoryChoices(), "Almaty"));
        assertThat(model.visibleRows()).isEmpty();
        model.clearFilters();
        assertThat(model.visibleRows()).hasSize(3);
    }

    private static Choice choice(java.util.List<Choice> choices, String id) {
        return choices.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
