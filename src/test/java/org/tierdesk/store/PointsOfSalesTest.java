package org.tierdesk.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tierdesk.engine.facts.ExchangeRate;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.measure.FactsSummarizer;
import org.tierdesk.engine.measure.Measure;
import org.tierdesk.program.PointsRules;
import org.tierdesk.program.Program;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The points of sales come mostly from the monthly rows (with the boundary months read from the sales): for many
 * Bitrix partners with random tier histories (resets, holding-bonus periods starting and ending mid-month, two
 * entries on a day) and returns, on every month's first, a mid-month day and the last day, the SQL points balance
 * equals the engine's summing of the raw facts; and when the program's points rules change, the rows follow.
 */
class PointsOfSalesTest {
    private static final int PARTNERS = 40;

    @TempDir
    Path dir;

    @Test
    void thePointsBalanceOfEveryBitrixPartnerEqualsTheEnginesOnDaysAroundEveryMonthBoundary() {
        ShippedPrograms programs = new ShippedPrograms();
        Program bitrix = programs.find("bitrix").orElseThrow();
        try (TestWorkspace test = TestWorkspace.open(dir, programs)) {
            Workspace ws = test.workspace;
            Map<Long, PartnerFacts> partners = importPartners(ws, bitrix);
            for (LocalDate asOf : days()) {
                Map<Long, org.tierdesk.engine.measure.FactsSummary> all = ws.summaries().ofProgram("bitrix", asOf);
                for (Map.Entry<Long, PartnerFacts> partner : partners.entrySet()) {
                    BigDecimal expected = FactsSummarizer.summarize(bitrix, partner.getValue(), asOf)
                            .value(new Measure.PointsBalance());
                    assertThat(all.get(partner.getKey()).value(new Measure.PointsBalance()))
                            .as("partner %d as of %s", partner.getKey(), asOf)
                            .isEqualByComparingTo(expected);
                }
            }
        }
    }

    @Test
    void whenTheProgramsPointsRulesChangeTheMonthlyRowsAreSummedAgainByTheNewOnes() {
        ShippedPrograms shipped = new ShippedPrograms();
        Program bitrix = shipped.find("bitrix").orElseThrow();
        PointsRules rules = bitrix.pointsRules();
        Program doubled = withPointsRules(bitrix, new PointsRules(rules.perAmount(), rules.points() * 2,
                rules.holdingBonus()));
        Map<String, Program> loaded = new LinkedHashMap<>(Map.of("bitrix", bitrix));
        ProgramCatalog catalog = id -> Optional.ofNullable(loaded.get(id)).or(() -> shipped.find(id));
        LocalDate asOf = LocalDate.of(2026, 9, 30);
        try (TestWorkspace test = TestWorkspace.open(dir, catalog)) {
            Workspace ws = test.workspace;
            Map<Long, PartnerFacts> partners = importPartners(ws, bitrix);
            assertBalances(ws, bitrix, partners, asOf);
            loaded.put("bitrix", doubled);
            assertBalances(ws, doubled, partners, asOf);
            loaded.put("bitrix", bitrix);
            assertBalances(ws, bitrix, partners, asOf);
        }
    }

    private static void assertBalances(Workspace ws, Program program, Map<Long, PartnerFacts> partners,
                                       LocalDate asOf) {
        var all = ws.summaries().ofProgram(program.id(), asOf);
        for (Map.Entry<Long, PartnerFacts> partner : partners.entrySet()) {
            assertThat(all.get(partner.getKey()).value(new Measure.PointsBalance()))
                    .as("partner %d with %s", partner.getKey(), program.pointsRules())
                    .isEqualByComparingTo(FactsSummarizer.summarize(program, partner.getValue(), asOf)
                            .value(new Measure.PointsBalance()));
        }
    }

    private static Map<Long, PartnerFacts> importPartners(Workspace ws, Program program) {
        List<ExchangeRate> rates = GeneratedFacts.rates(5);
        ws.rates().putAll(rates);
        Map<Long, PartnerFacts> partners = new LinkedHashMap<>();
        for (int i = 0; i < PARTNERS; i++) {
            PartnerFacts facts = GeneratedFacts.partner(program, 500 + i, rates);
            long id = ws.partnerImport().create(new PartnerDraft(facts.profile().name(), program.id(), null,
                    facts.profile().joined(), facts.profile().heldTier(), null), facts);
            partners.put(id, ws.facts().of(id));
        }
        return partners;
    }

    /** The first, the 15th and the last day of every month the generated facts span, and a few days past them. */
    private static List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate month = LocalDate.of(2023, 5, 1); month.isBefore(LocalDate.of(2027, 2, 1));
             month = month.plusMonths(1)) {
            days.add(month);
            days.add(month.withDayOfMonth(15));
            days.add(month.withDayOfMonth(month.lengthOfMonth()));
        }
        return days;
    }

    private static Program withPointsRules(Program p, PointsRules rules) {
        return new Program(p.id(), p.version(), p.effectiveFrom(), p.vendor(), p.name(), p.currency(), p.tiers(),
                p.rewardCategories(), p.certifications(), p.roles(), p.checklistItems(), p.activityTypes(),
                p.bonuses(), p.rewardCap(), rules, p.accumulation(), p.downgrade(), p.membership(), p.terms(),
                p.firstSaleDiscount());
    }
}
