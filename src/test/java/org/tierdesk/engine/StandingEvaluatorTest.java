package org.tierdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.fixture.PartnerBuilder;
import org.tierdesk.engine.fixture.Results;
import org.tierdesk.engine.fixture.Shipped;
import org.tierdesk.engine.measure.FactsSummarizer;
import org.tierdesk.engine.measure.FactsSummary;
import org.tierdesk.engine.standing.RequirementResult;
import org.tierdesk.engine.standing.Standing;
import org.tierdesk.program.Program;

class StandingEvaluatorTest {
    private static final LocalDate AS_OF = LocalDate.parse("2026-11-23");
    private final StandingEvaluator evaluator = new StandingEvaluator();

    private static PartnerBuilder bitrixCertifiedPartner() {
        return PartnerBuilder.joined("2025-03-01", "USD").tier("business", "2025-03-01")
                .tier("certified", "2026-01-10")
                .checklist("partner-agreement", "nda", "first-line-support", "logo-on-website",
                        "product-descriptions")
                .certified("bitrix-engineer", "2026-01-01").certified("bitrix-sales", "2026-01-01")
                .activity("2025-06-01", "seminar", true);
    }

    @Test
    void everyRequirementOfEveryTierIsEvaluatedInProgramOrder() {
        Program bitrix = Shipped.bitrix();
        Standing standing = evaluator.evaluate(bitrix, bitrixCertifiedPartner().build(), AS_OF);
        int count = bitrix.tiers().stream().mapToInt(t -> t.requirements().size()).sum();
        assertThat(standing.requirements()).hasSize(count);
        assertThat(standing.requirements().get(0).tier()).isEqualTo("business");
        assertThat(standing.requirements().get(count - 1).tier()).isEqualTo("gold");
    }

    @Test
    void certifiedPartnerMissingOneEngineerForGold() {
        Standing standing = evaluator.evaluate(Shipped.bitrix(),
                bitrixCertifiedPartner().checklist("sales-commitment", "forecasting")
                        .certified("bitrix-sales", "2026-01-01").activity("2026-02-01", "localization", true)
                        .build(), AS_OF);
        assertThat(standing.heldTier()).isEqualTo("certified");
        assertThat(standing.heldSince()).isEqualTo(LocalDate.parse("2026-01-10"));
        assertThat(standing.qualifiedTiers()).containsExactly("business", "certified");
        RequirementResult engineers = Results.certified(standing, "gold", "bitrix-engineer");
        assertThat(engineers.met()).isFalse();
        assertThat(engineers.current()).isEqualByComparingTo("1");
        assertThat(engineers.required()).isEqualByComparingTo("2");
        assertThat(engineers.progress()).isEqualTo(0.5);
        assertThat(engineers.gap().text()).isEqualTo("1 more certified bitrix-engineer");
        assertThat(standing.nextTier()).isEqualTo("gold");
        assertThat(standing.upgradeDue()).isFalse();
        assertThat(standing.atRisk()).isFalse();
        assertThat(standing.points()).isEqualByComparingTo("3000");
        assertThat(standing.rewards()).isEqualTo(Map.of("license", new BigDecimal("45")));
    }

    @Test
    void pointsGapSaysHowManyMorePoints() {
        Standing standing = evaluator.evaluate(Shipped.bitrix(),
                PartnerBuilder.joined("2025-03-01", "USD").holding("business").sale("2026-05-10", "330")
                        .activity("2026-06-01", "case-study", true).build(), AS_OF);
        RequirementResult points = Results.points(standing, "certified");
        assertThat(points.current()).isEqualByComparingTo("313");
        assertThat(points.gap().text()).isEqualTo("187 more points");
        assertThat(points.gap().missing()).isEqualByComparingTo("187");
        assertThat(standing.ledger()).hasSize(3);
    }

    @Test
    void aHeldTierWhoseRequirementsAreNotMetIsAtRisk() {
        Standing standing = evaluator.evaluate(Shipped.bitrix(),
                bitrixCertifiedPartner().build(), LocalDate.parse("2025-12-31").plusYears(1));
        assertThat(standing.atRisk()).isFalse();
        PartnerFacts lostEngineer = PartnerBuilder.joined("2025-03-01", "USD").tier("certified", "2026-01-10")
                .checklist("partner-agreement", "nda", "first-line-support", "logo-on-website",
                        "product-descriptions")
                .staff("E", List.of(), PartnerBuilder.cert("bitrix-engineer", "2025-01-01", "2026-11-23"))
                .certified("bitrix-sales", "2026-01-01").activity("2025-06-01", "seminar", true).build();
        Standing expired = evaluator.evaluate(Shipped.bitrix(), lostEngineer, AS_OF);
        assertThat(expired.atRisk()).isTrue();
        assertThat(Results.certified(expired, "certified", "bitrix-engineer").gap().text())
                .isEqualTo("1 more certified bitrix-engineer");
        assertThat(evaluator.evaluate(Shipped.bitrix(), lostEngineer, AS_OF.minusDays(1)).atRisk()).isFalse();
    }

    @Test
    void checklistGapNamesTheItem() {
        Standing standing = evaluator.evaluate(Shipped.leoBackup(),
                PartnerBuilder.joined("2025-03-01", "USD").checklist("dedicated-specialist", "logo-on-website",
                        "customer-notifications").build(), AS_OF);
        assertThat(standing.heldTier()).isEqualTo("silver");
        assertThat(standing.qualifiedTiers()).containsExactly("silver");
        assertThat(Results.checklist(standing, "gold", "marketing-plan").gap().text())
                .isEqualTo("checklist: marketing-plan not done");
    }

    @Test
    void evaluatingASummaryGivesTheSameStandingWithoutTheLedger() {
        Program bitrix = Shipped.bitrix();
        PartnerFacts facts = bitrixCertifiedPartner().sale("2026-05-10", "330").build();
        FactsSummary summary = FactsSummarizer.summarize(bitrix, facts, AS_OF);
        Standing fromSummary = evaluator.evaluate(bitrix, summary);
        Standing fromFacts = evaluator.evaluate(bitrix, facts, AS_OF);
        assertThat(fromSummary.ledger()).isEmpty();
        assertThat(fromFacts.ledger()).isNotEmpty();
        assertThat(fromSummary.requirements()).isEqualTo(fromFacts.requirements());
        assertThat(fromSummary.points()).isEqualByComparingTo(fromFacts.points());
        assertThat(fromSummary.qualifiedTiers()).isEqualTo(fromFacts.qualifiedTiers());
    }
}
