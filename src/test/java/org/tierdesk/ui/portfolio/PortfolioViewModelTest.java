package org.tierdesk.ui.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

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

    /** A model whose background refreshes wait in {@code queued} until the test runs them. */
    private PortfolioViewModel inBackground(List<Runnable> queued) throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
        return new PortfolioViewModel(desk.session(), new Messages(Language.ENGLISH),
                Clock.fixed(java.time.Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC), queued::add);
    }

    /**
     * Coming back to the portfolio reads the standings on a background thread: the rows shown stay until the new
     * ones are read, then are swapped on the JavaFX thread; of two refreshes under way the later one wins.
     */
    @Test
    void aBackgroundRefreshKeepsTheRowsShownUntilItHasReadTheNewOnesAndALaterRefreshWins() throws Exception {
        List<Runnable> queued = new ArrayList<>();
        PortfolioViewModel background = inBackground(queued);
        background.refreshShown();
        assertThat(queued).as("the first showing reads at once").isEmpty();
        assertThat(background.total()).isEqualTo(3);

        desk.store().partners().create(new PartnerDraft("Delta Soft", "asoft", null, LocalDate.of(2025, 2, 1),
                null, null));
        background.refreshShown();
        assertThat(queued).hasSize(1);
        assertThat(background.updatingProperty().get()).isTrue();
        assertThat(background.total()).as("the rows shown stay while the new ones are read").isEqualTo(3);
        queued.remove(0).run();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(background.total()).isEqualTo(4);
        assertThat(background.updatingProperty().get()).isFalse();

        desk.store().partners().create(new PartnerDraft("Echo Systems", "asoft", null, LocalDate.of(2025, 2, 1),
                null, null));
        background.refreshInBackground();
        background.refreshInBackground();
        Runnable earlier = queued.remove(0);
        Runnable later = queued.remove(0);
        later.run();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(background.total()).isEqualTo(5);
        desk.store().partners().create(new PartnerDraft("Foxtrot Data", "asoft", null, LocalDate.of(2025, 2, 1),
                null, null));
        earlier.run();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(background.total()).as("an earlier refresh that ends last is dropped").isEqualTo(5);
        assertThat(background.updatingProperty().get()).isFalse();
    }

    /**
     * Rows read ahead of the window (the start-up reads them while JavaFX starts) are what the first showing puts
     * on screen, without reading the store again; a later showing reads afresh in the background.
     */
    @Test
    void theFirstShowingShowsRowsReadAheadWithoutReadingAgain() throws Exception {
        List<Runnable> queued = new ArrayList<>();
        PortfolioViewModel shown = inBackground(queued);
        PortfolioRows ahead = new PortfolioRead(desk.session(), new Messages(Language.ENGLISH),
                Clock.fixed(java.time.Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC)).read();
        assertThat(ahead.asOf()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(ahead.rows()).hasSize(3);
        desk.store().partners().create(new PartnerDraft("Delta Soft", "asoft", null, LocalDate.of(2025, 2, 1),
                null, null));

        shown.startWith(ahead);
        WaitForAsyncUtils.asyncFx(shown::refreshShown).get();
        assertThat(shown.visibleRows()).extracting(PortfolioRow::name).as("the rows read ahead, not a new read")
                .containsExactly("Acme Integration", "Borealis IT", "Cobalt Backup");
        assertThat(shown.tierCounts()).isNotEmpty();
        assertThat(queued).isEmpty();

        WaitForAsyncUtils.asyncFx(shown::refreshShown).get();
        queued.remove(0).run();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown.total()).isEqualTo(4);
    }

    /** Rows read ahead for another day or in another language are not shown: the first showing reads itself. */
    @Test
    void rowsReadAheadForAnotherDayOrLanguageAreReadAgain() throws Exception {
        PortfolioRows yesterday = new PortfolioRead(desk.session(), new Messages(Language.ENGLISH),
                Clock.fixed(java.time.Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC)).read();
        PortfolioRows russian = new PortfolioRead(desk.session(), new Messages(Language.RUSSIAN),
                Clock.fixed(java.time.Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC)).read();
        desk.store().partners().create(new PartnerDraft("Delta Soft", "asoft", null, LocalDate.of(2025, 2, 1),
                null, null));
        for (PortfolioRows stale : List.of(yesterday, russian)) {
            PortfolioViewModel shown = inBackground(new ArrayList<>());
            shown.startWith(stale);
            WaitForAsyncUtils.asyncFx(shown::refreshShown).get();
            assertThat(shown.total()).as("read again instead of %s", stale.asOf() + " " + stale.locale())
                    .isEqualTo(4);
            assertThat(shown.visibleRows().get(0).program()).isEqualTo("Bitrix Partner Statuses");
        }
    }

    /** A refresh read at once while a background one is under way supersedes it, spinner included. */
    @Test
    void aRefreshReadAtOnceDropsTheBackgroundOneAndItsSpinner() throws Exception {
        List<Runnable> queued = new ArrayList<>();
        PortfolioViewModel background = inBackground(queued);
        background.refreshInBackground();
        assertThat(background.updatingProperty().get()).isTrue();
        WaitForAsyncUtils.asyncFx(background::refresh).get();
        assertThat(background.updatingProperty().get()).isFalse();
        assertThat(background.total()).isEqualTo(3);
        queued.remove(0).run();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(background.updatingProperty().get()).isFalse();
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
