package org.tierdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tierdesk.engine.fixture.PartnerBuilder;
import org.tierdesk.engine.fixture.Results;
import org.tierdesk.engine.fixture.Shipped;
import org.tierdesk.engine.standing.Standing;
import org.tierdesk.program.Program;

class IntelligentPlatformsStandingTest {
    private static final Program IP = Shipped.intelligentPlatforms();
    private final StandingEvaluator evaluator = new StandingEvaluator();

    private static PartnerBuilder buyer() {
        return PartnerBuilder.joined("2025-04-01", "KZT").holding("primary").checklist("registration")
                .sale("2026-02-10", "1000000").sale("2026-05-20", "2500000");
    }

    private static PartnerBuilder corporatePartner() {
        return PartnerBuilder.joined("2025-04-01", "KZT").holding("professional")
                .checklist("registration", "site-registration").plan(2026, "50000000", "KZT")
                .staff("Sales", List.of("sales")).certified("ip-technical", "2025-09-01");
    }

    private Standing evaluate(PartnerBuilder partner, String asOf) {
        return evaluator.evaluate(IP, partner.build(), LocalDate.parse(asOf));
    }

    @Test
    void accumulationRatesTheWholeSumOfCompletedQuartersAtFourPercentAboveThreeMillion() {
        Standing standing = evaluate(buyer(), "2026-08-10");
        assertThat(standing.points()).isEqualByComparingTo("140000");
        assertThat(standing.accumulation().purchases()).isEqualByComparingTo("3500000");
        assertThat(standing.accumulation().ratePercent()).isEqualByComparingTo("4");
        assertThat(standing.accumulation().nextThreshold()).isNull();
    }

    @Test
    void accumulationBeforeTheSecondQuarterEndsCountsOnlyTheFirst() {
        Standing standing = evaluate(buyer(), "2026-05-15");
        assertThat(standing.points()).isEqualByComparingTo("20000");
        assertThat(standing.accumulation().ratePercent()).isEqualByComparingTo("2");
        assertThat(standing.accumulation().nextThreshold()).isEqualByComparingTo("3000000");
        assertThat(standing.accumulation().toNextThreshold()).isEqualByComparingTo("2000000");
        assertThat(standing.accumulation().nextRatePercent()).isEqualByComparingTo("4");
    }

    @Test
    void corporateIsAboveProfessionalOnTheResellerTrack() {
        Standing standing = evaluate(corporatePartner(), "2026-08-10");
        assertThat(standing.qualifiedTiers()).containsExactly("primary", "professional", "corporate");
        assertThat(standing.nextTier()).isEqualTo("corporate");
        assertThat(standing.upgradeDue()).isTrue();
        assertThat(standing.rewards()).isEmpty();
    }

    @Test
    void solutionIsAnotherTrackAndNeverTheNextTier() {
        Standing standing = evaluate(corporatePartner().holding("corporate").checklist("joint-solution"),
                "2026-08-10");
        assertThat(standing.qualifiedTiers()).contains("solution");
        assertThat(standing.nextTier()).isNull();
        assertThat(standing.upgradeDue()).isFalse();
        Standing solution = evaluate(PartnerBuilder.joined("2025-04-01", "KZT").holding("solution")
                .checklist("registration", "joint-solution").plan(2026, "1", "KZT"), "2026-08-10");
        assertThat(solution.qualifiedTiers()).containsExactly("primary", "solution");
        assertThat(solution.nextTier()).isNull();
        assertThat(solution.atRisk()).isFalse();
    }

    @Test
    void professionalNeedsAPlanForTheAsOfYear() {
        Standing standing = evaluate(corporatePartner(), "2027-01-10");
        assertThat(standing.qualifiedTiers()).containsExactly("primary");
        assertThat(Results.planAgreed(standing, "professional").gap().text())
                .isEqualTo("no agreed sales plan for 2027");
        assertThat(standing.atRisk()).isTrue();
    }

    @Test
    void serviceIsAnAddOnOverAQualifiedBaseTier() {
        PartnerBuilder partner = corporatePartner().holding("corporate").checklist("sws-aws-warranty")
                .staff("Engineer", List.of("engineer"));
        Standing standing = evaluate(partner, "2026-08-10");
        assertThat(standing.qualifiedTiers()).contains("corporate", "service");
        assertThat(standing.upgradeDue()).as("an add-on qualified but not held").isTrue();
        assertThat(standing.nextTier()).isNull();
    }

    @Test
    void serviceWithoutAQualifiedBaseTierSaysWhichToQualifyFor() {
        Standing standing = evaluate(PartnerBuilder.joined("2025-04-01", "KZT").holding("primary")
                .checklist("registration", "sws-aws-warranty").staff("Engineer", List.of("engineer")), "2026-08-10");
        assertThat(standing.qualifiedTiers()).containsExactly("primary");
        assertThat(Results.tierQualified(standing, "service").gap().text())
                .isEqualTo("qualify for one of professional, corporate, solution first");
    }

    @Test
    void corporateNeedsAStaffMemberWithAValidTechnicalCertification() {
        Standing standing = evaluate(PartnerBuilder.joined("2025-04-01", "KZT").holding("corporate")
                .checklist("registration", "site-registration").plan(2026, "1", "KZT")
                .staff("Sales", List.of("sales"), PartnerBuilder.cert("ip-technical", "2024-08-10", "2026-08-10")),
                "2026-08-10");
        assertThat(standing.qualifiedTiers()).containsExactly("primary", "professional");
        assertThat(standing.atRisk()).isTrue();
        assertThat(Results.certified(standing, "corporate", "ip-technical").gap().text())
                .isEqualTo("1 more certified ip-technical");
    }
}
