package org.tierdesk.store.standing;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tierdesk.engine.StandingEvaluator;
import org.tierdesk.engine.facts.Certification;
import org.tierdesk.engine.standing.RequirementResult;
import org.tierdesk.engine.standing.Standing;
import org.tierdesk.program.Program;
import org.tierdesk.store.generate.SyntheticPortfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.tierdesk.store.standing.StandingDesk.TODAY;

class PortfolioStandingsTest {
    @TempDir
    Path dir;

    @Test
    void everyPartnersStandingFromTheSqlSummaryEqualsTheEngineOnItsRawFacts() {
        try (StandingDesk desk = StandingDesk.open(dir)) {
            List<Long> ids = new SyntheticPortfolio(StandingDesk.LIBRARY.shipped(), TODAY, 42)
                    .store(desk.workspace, 15, 1_500);
            List<PartnerStanding> standings = new PortfolioStandings(desk.workspace).asOf(TODAY);

            assertThat(standings).extracting(PartnerStanding::partnerId).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(standings.stream().map(PartnerStanding::programId).distinct()).hasSize(5);
            for (PartnerStanding standing : standings) {
                Program program = StandingDesk.program(standing.programId());
                Standing engine = new StandingEvaluator().evaluate(program,
                        desk.workspace.facts().of(standing.partnerId()), TODAY);
                assertSameNumbers(standing.standing(), engine);
            }
        }
    }

    @Test
    void progressCountsHowFarEachQuantityIsAndTheTopGapIsTheFurthest() {
        try (StandingDesk desk = StandingDesk.open(dir)) {
            long id = desk.bitrixPartnerOneCertificationShort("Vektor", 380);

            PartnerStanding standing = new PortfolioStandings(desk.workspace).of(id, TODAY);

            assertThat(standing.targetTier()).isEqualTo("certified");
            // 8 requirements: points 380/500 = 0.76, five checklist items and the engineer met, no sales cert
            assertThat(standing.progress()).isCloseTo((0.76 + 6) / 8, within(1e-9));
            assertThat(standing.topGap().requirement()).isInstanceOf(
                    org.tierdesk.program.Requirement.CertifiedStaff.class);
            assertThat(standing.topGap().gap().subject()).isEqualTo("bitrix-sales");
            assertThat(standing.upgradeDue()).isFalse();
            assertThat(standing.atRisk()).isFalse();
        }
    }

    @Test
    void theMissingCertificationMakesTheUpgradeDueOnceAdded() {
        try (StandingDesk desk = StandingDesk.open(dir)) {
            long id = desk.bitrixPartnerOneCertificationShort("Vektor", 600);
            PortfolioStandings standings = new PortfolioStandings(desk.workspace);
            assertThat(standings.of(id, TODAY).upgradeDue()).isFalse();

            long staffId = desk.workspace.staff().of(id).get(0).id();
            desk.workspace.staff().addCertification(staffId,
                    new Certification("bitrix-sales", LocalDate.of(2026, 10, 1), null));

            PartnerStanding after = standings.of(id, TODAY);
            assertThat(after.upgradeDue()).isTrue();
            assertThat(after.standing().qualifiedTiers()).contains("certified");
            assertThat(after.progress()).isEqualTo(1.0);
        }
    }

    @Test
    void aCertificationTheHeldTierNeedsExpiringWithinSixtyDaysFlagsExpiringSoon() {
        try (StandingDesk desk = StandingDesk.open(dir)) {
            long id = desk.bitrixPartnerOneCertificationShort("Vektor", 600);
            long staffId = desk.workspace.staff().of(id).get(0).id();
            desk.workspace.staff().addCertification(staffId,
                    new Certification("bitrix-sales", LocalDate.of(2026, 10, 1), TODAY.plusDays(45)));
            desk.workspace.tierHistory().record(id, new org.tierdesk.engine.facts.TierChange("certified",
                    TODAY.minusDays(1), "granted", "test"));

            PartnerStanding standing = new PortfolioStandings(desk.workspace).of(id, TODAY);

            assertThat(standing.heldTier()).isEqualTo("certified");
            assertThat(standing.atRisk()).isFalse();
            assertThat(standing.expiringSoon()).isTrue();
            assertThat(standing.expiring()).singleElement().satisfies(w -> {
                assertThat(w.kind()).isEqualTo(ExpiryWarning.Kind.CERTIFICATION);
                assertThat(w.subject()).isEqualTo("bitrix-sales");
                assertThat(w.on()).isEqualTo(TODAY.plusDays(45));
            });
        }
    }

    @Test
    void aCertificationExpiringAfterSixtyDaysRaisesNoFlag() {
        try (StandingDesk desk = StandingDesk.open(dir)) {
            long id = desk.bitrixPartnerOneCertificationShort("Vektor", 600);
            long staffId = desk.workspace.staff().of(id).get(0).id();
            desk.workspace.staff().addCertification(staffId,
                    new Certification("bitrix-sales", LocalDate.of(2026, 10, 1), TODAY.plusDays(61)));

            assertThat(new PortfolioStandings(desk.workspace).of(id, TODAY).expiringSoon()).isFalse();
        }
    }

    static void assertSameNumbers(Standing sql, Standing engine) {
        assertThat(sql.heldTier()).isEqualTo(engine.heldTier());
        assertThat(sql.qualifiedTiers()).isEqualTo(engine.qualifiedTiers());
        assertThat(sql.points()).isEqualByComparingTo(engine.points());
        assertThat(sql.upgradeDue()).isEqualTo(engine.upgradeDue());
        assertThat(sql.atRisk()).isEqualTo(engine.atRisk());
        assertThat(normalized(sql.rewards())).isEqualTo(normalized(engine.rewards()));
        assertThat(sql.requirements()).hasSameSizeAs(engine.requirements());
        for (int i = 0; i < sql.requirements().size(); i++) {
            RequirementResult a = sql.requirements().get(i);
            RequirementResult b = engine.requirements().get(i);
            assertThat(a.tier() + "/" + a.id()).isEqualTo(b.tier() + "/" + b.id());
            assertThat(a.met()).as(a.tier() + "/" + a.id()).isEqualTo(b.met());
            assertThat(a.current()).as(a.tier() + "/" + a.id()).isEqualByComparingTo(b.current());
            assertThat(a.required()).as(a.tier() + "/" + a.id()).isEqualByComparingTo(b.required());
        }
    }

    private static Map<String, BigDecimal> normalized(Map<String, BigDecimal> rewards) {
        return rewards.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stripTrailingZeros()));
    }
}
