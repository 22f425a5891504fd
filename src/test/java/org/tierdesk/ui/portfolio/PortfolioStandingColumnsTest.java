package org.tierdesk.ui.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tierdesk.engine.facts.Certification;
import org.tierdesk.store.standing.StandingDesk;
import org.tierdesk.ui.DeskFixture;
import org.tierdesk.ui.Language;
import org.tierdesk.ui.Messages;

/**
 * The portfolio's standing columns as the view model fills them (no FX thread): Bitrix partners one «Bitrix sales
 * specialist» short of certified with 600 and 380 points, and one holding certified without it.
 */
class PortfolioStandingColumnsTest {
    @TempDir
    Path dataFolder;
    private DeskFixture desk;
    private PortfolioViewModel model;
    private long vektor;

    @BeforeEach
    void portfolio() {
        desk = new DeskFixture(dataFolder, Language.ENGLISH, StandingDesk.clock());
        vektor = StandingDesk.bitrixPartnerOneCertificationShort(desk.store(), "Vektor", 600, "business");
        StandingDesk.bitrixPartnerOneCertificationShort(desk.store(), "Kedr", 380, "business");
        StandingDesk.bitrixPartnerOneCertificationShort(desk.store(), "Orbita", 600, "certified");
        model = new PortfolioViewModel(desk.session(), new Messages(Language.ENGLISH), StandingDesk.clock());
        model.refresh();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void progressCountsEachRequirementByHowFarItIsAndTheTopGapSaysWhatIsMissing() {
        int requirements = StandingDesk.program("bitrix").tier("certified").orElseThrow().requirements().size();
        PortfolioRow vektorRow = row("Vektor");
        assertThat(vektorRow.target()).isEqualTo("Certified Partner");
        assertThat(vektorRow.progress()).isCloseTo((requirements - 1.0) / requirements, within(1e-9));
        assertThat(vektorRow.topGap()).isEqualTo("1 more certified Bitrix sales specialist");
        // 380 of the 500 points count 0.76, the missing certification 0
        assertThat(row("Kedr").progress()).isCloseTo((requirements - 2 + 0.76) / requirements, within(1e-9));
        assertThat(row("Kedr").badgeStyle()).isEqualTo("tier-rank-0");
        assertThat(row("Orbita").badgeStyle()).isEqualTo("tier-rank-1");
    }

    @Test
    void flagsFilterAndSortThePartners() {
        assertThat(row("Orbita").atRisk()).isTrue();
        assertThat(row("Vektor").upgradeDue()).isFalse();
        model.showFlag(FlagFilter.AT_RISK);
        assertThat(model.visibleRows()).extracting(PortfolioRow::name).containsExactly("Orbita");
        assertThat(model.pendingDowngradesProperty().get()).isEqualTo(1);

        long staff = desk.store().staff().of(vektor).get(0).id();
        desk.store().staff().addCertification(staff,
                new Certification("bitrix-sales", StandingDesk.TODAY.minusDays(3), null));
        model.refresh();

        assertThat(model.visibleRows()).extracting(PortfolioRow::name).as("the filter is kept").containsExactly("Orbita");
        model.showFlag(FlagFilter.UPGRADE_DUE);
        assertThat(model.visibleRows()).extracting(PortfolioRow::name).containsExactly("Vektor");
        model.showFlag(FlagFilter.ANY_FLAG);
        assertThat(model.visibleRows()).extracting(PortfolioRow::name).containsExactlyInAnyOrder("Orbita", "Vektor");
        assertThat(row("Vektor").flagRank()).isLessThan(row("Orbita").flagRank());
        assertThat(row("Orbita").flagRank()).isLessThan(3);
        model.showFlag(FlagFilter.ALL);
        assertThat(row("Kedr").flagRank()).isEqualTo(3);
    }

    @Test
    void theHeaderStripCountsPartnersPerTierAndNarrowsTheTableToOne() {
        assertThat(model.tierCounts()).singleElement().satisfies(bitrix -> {
            assertThat(bitrix.program()).isEqualTo("Bitrix Partner Statuses");
            assertThat(bitrix.tiers()).extracting(t -> t.id() + "=" + t.partners())
                    .containsExactly("business=2", "certified=1", "gold=0");
        });
        model.showTier("bitrix", "certified");
        assertThat(model.visibleRows()).extracting(PortfolioRow::name).containsExactly("Orbita");
    }

    @Test
    void russianGapsAndFlagLabels() {
        PortfolioViewModel russian = new PortfolioViewModel(desk.session(), new Messages(Language.RUSSIAN),
                StandingDesk.clock());
        russian.refresh();
        assertThat(russian.flagChoices()).extracting(c -> c.label()).contains("Пора повышать", "Под угрозой");
        assertThat(russian.visibleRows().stream().filter(r -> r.name().equals("Vektor")).findFirst().orElseThrow()
                .topGap()).isNotBlank().doesNotContain("more");
    }

    private PortfolioRow row(String name) {
        return model.visibleRows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }
}
