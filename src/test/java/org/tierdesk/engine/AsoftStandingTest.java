package org.tierdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tierdesk.engine.fixture.PartnerBuilder;
import org.tierdesk.engine.fixture.Results;
import org.tierdesk.engine.fixture.Shipped;
import org.tierdesk.engine.standing.BonusResult;
import org.tierdesk.engine.standing.RequirementResult;
import org.tierdesk.engine.standing.Standing;
import org.tierdesk.program.Program;

class AsoftStandingTest {
    private static final Program ASOFT = Shipped.asoft();
    private static final LocalDate AS_OF = LocalDate.parse("2026-11-23");
    private final StandingEvaluator evaluator = new StandingEvaluator();

    private static PartnerBuilder competencyPartner() {
        return PartnerBuilder.joined("2025-01-15", "RUB").holding("competency")
                .checklist("accession-agreement", "website-announcement")
                .certified("asoft-crm-admin", "2025-06-01").certified("asoft-crm-admin", "2025-06-01")
                .activity("2026-03-01", "marketing-event");
    }

    private Standing evaluate(PartnerBuilder partner) {
        return evaluator.evaluate(ASOFT, partner.build(), AS_OF);
    }

    private static BigDecimal license(Standing standing) {
        return standing.rewards().get("license");
    }

    @Test
    void competencyQualifiesWithNoImplementationsAndGetsItsBaseDiscount() {
        Standing standing = evaluate(competencyPartner());
        assertThat(standing.qualifiedTiers()).contains("retail", "competency").doesNotContain("saas");
        assertThat(Results.activityRatio(standing, "competency").met()).isTrue();
        assertThat(license(standing)).isEqualByComparingTo("20");
        assertThat(standing.bonuses()).allSatisfy(b -> assertThat(b.conditionMet()).isFalse());
    }

    @Test
    void competencyNeedsReviewsOfHalfTheImplementations() {
        Standing standing = evaluate(competencyPartner()
                .activity("2026-04-01", "implementation").activity("2026-04-02", "implementation")
                .activity("2026-04-03", "implementation").activity("2026-05-01", "customer-review"));
        RequirementResult reviews = Results.activityRatio(standing, "competency");
        assertThat(reviews.met()).isFalse();
        assertThat(reviews.current()).isEqualByComparingTo("1");
        assertThat(reviews.required()).isEqualByComparingTo("1.5");
        assertThat(reviews.gap().text()).isEqualTo("1 more customer-review in the membership year");
        assertThat(standing.atRisk()).isTrue();
    }

    @Test
    void reviewsAboveSeventyFivePercentAddFiveForCompetency() {
        PartnerBuilder partner = competencyPartner();
        for (int i = 1; i <= 4; i++) {
            partner.activity("2026-04-0" + i, "implementation");
        }
        partner.activity("2026-05-01", "customer-review").activity("2026-05-02", "customer-review")
                .activity("2026-05-03", "customer-review");
        assertThat(license(evaluate(partner))).as("exactly 75 %% is not above").isEqualByComparingTo("20");
        partner.activity("2026-05-04", "customer-review");
        assertThat(license(evaluate(partner))).isEqualByComparingTo("25");
    }

    @Test
    void reviewsBonusNeedsAnImplementation() {
        Standing standing = evaluate(competencyPartner().activity("2026-05-01", "customer-review"));
        assertThat(license(standing)).isEqualByComparingTo("20");
    }

    @Test
    void bonusesAddUpAndAreCappedAtFortyPercent() {
        Standing standing = evaluate(competencyPartner()
                .certified("asoft-crm-admin", "2025-06-01")                          // +2.5
                .activity("2026-04-01", "implementation").activity("2026-05-01", "customer-review") // +5
                .plan(2026, "1000000", "RUB").sale("2026-06-01", "1000000")           // +10
                .activity("2026-06-10", "asoft-event-participation")                  // +1
                .activity("2026-06-11", "own-event"));                                // +2.5
        assertThat(standing.bonuses()).filteredOn(BonusResult::conditionMet).hasSize(5);
        assertThat(standing.bonuses().stream().map(BonusResult::percent).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("21");
        assertThat(standing.baseRewards().get("license")).isEqualByComparingTo("20");
        assertThat(license(standing)).isEqualByComparingTo("40");
    }

    @Test
    void retailGetsThePlanAndEventBonusesButNoReviewBonus() {
        Standing standing = evaluate(PartnerBuilder.joined("2025-01-15", "RUB").holding("retail")
                .checklist("accession-agreement")
                .activity("2026-04-01", "implementation").activity("2026-05-01", "customer-review")
                .plan(2026, "10000", "USD").rate("2026-01-01", "USD", "RUB", "90")
                .sale("2026-06-01", "900000")
                .activity("2026-06-10", "asoft-event-participation").activity("2026-06-11", "own-event"));
        assertThat(license(standing)).isEqualByComparingTo("23.5");
    }

    @Test
    void aPlanNotMetGivesNoBonus() {
        Standing standing = evaluate(competencyPartner().plan(2026, "1000000", "RUB").sale("2026-06-01", "999999.5"));
        assertThat(license(standing)).isEqualByComparingTo("20");
        BonusResult plan = standing.bonuses().stream()
                .filter(b -> b.condition() != null && b.condition().required().compareTo(new BigDecimal("1000000")) == 0)
                .findFirst().orElseThrow();
        assertThat(plan.condition().gap().text())
                .isEqualTo("1 RUB more sales in the membership year to meet the plan");
    }

    @Test
    void bonusesApplyEvenWhenTheHeldTiersOwnRequirementsAreNotMet() {
        Standing standing = evaluate(PartnerBuilder.joined("2025-01-15", "RUB").holding("saas")
                .activity("2026-06-11", "own-event"));
        assertThat(standing.atRisk()).isTrue();
        assertThat(license(standing)).isEqualByComparingTo("27.5");
    }

    @Test
    void saasNeedsTwoValidAdminsAndItsOwnItems() {
        Standing standing = evaluate(PartnerBuilder.joined("2025-01-15", "RUB").holding("saas")
                .checklist("accession-agreement", "website-announcement", "isolation-module",
                        "extended-support-paid")
                .certified("asoft-crm-admin", "2025-06-01")
                .staff("expired", java.util.List.of(), PartnerBuilder.cert("asoft-crm-admin", "2024-01-01",
                        "2026-11-23")));
        assertThat(standing.qualifiedTiers()).doesNotContain("saas");
        assertThat(Results.certified(standing, "saas", "asoft-crm-admin").gap().text())
                .isEqualTo("1 more certified asoft-crm-admin");
    }
}
