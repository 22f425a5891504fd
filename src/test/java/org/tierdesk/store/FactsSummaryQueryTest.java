package org.tierdesk.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tierdesk.engine.facts.ExchangeRate;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.facts.Sale;
import org.tierdesk.engine.measure.FactsSummarizer;
import org.tierdesk.engine.measure.FactsSummary;
import org.tierdesk.engine.measure.Measure;
import org.tierdesk.program.Program;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The key test of the store: its SQL facts summary equals the engine's summing of the same facts. */
class FactsSummaryQueryTest {
    private static final int PARTNERS_PER_PROGRAM = 6;

    @TempDir
    Path dir;

    @Test
    void theSqlSummaryOfEveryPartnerOfAllFiveProgramsEqualsTheEnginesOnEveryAsOfDate() {
        ShippedPrograms programs = new ShippedPrograms();
        try (TestWorkspace test = TestWorkspace.open(dir, programs)) {
            Workspace ws = test.workspace;
            List<ExchangeRate> rates = GeneratedFacts.rates(7);
            ws.rates().putAll(rates);
            Map<Long, Program> programOf = new LinkedHashMap<>();
            Map<Long, PartnerFacts> original = new LinkedHashMap<>();
            long seed = 100;
            for (Program program : programs.all()) {
                for (int i = 0; i < PARTNERS_PER_PROGRAM; i++) {
                    PartnerFacts facts = GeneratedFacts.partner(program, seed++, rates);
                    long id = importPartner(ws, program, facts);
                    programOf.put(id, program);
                    original.put(id, facts);
                }
            }
            Map<Long, PartnerFacts> stored = new LinkedHashMap<>();
            programOf.keySet().forEach(id -> stored.put(id, ws.facts().of(id)));
            List<LocalDate> dates = GeneratedFacts.asOfDates();
            for (LocalDate asOf : dates) {
                Map<Long, FactsSummary> all = ws.summaries().all(asOf);
                assertThat(all).containsOnlyKeys(programOf.keySet());
                for (Map.Entry<Long, Program> partner : programOf.entrySet()) {
                    long id = partner.getKey();
                    Program program = partner.getValue();
                    FactsSummary fromStoredFacts = FactsSummarizer.summarize(program, stored.get(id), asOf);
                    FactsSummary fromOriginal = FactsSummarizer.summarize(program, original.get(id), asOf);
                    String where = program.id() + " partner " + id + " as of " + asOf;
                    assertSame(where + " (all partners at once)", all.get(id), fromStoredFacts);
                    assertSame(where + " (facts as given)", all.get(id), fromOriginal);
                    if (asOf.equals(dates.get(dates.size() - 1))) {
                        assertSame(where + " (one partner)", ws.summaries().of(id, asOf), fromStoredFacts);
                    }
                }
            }
        }
    }

    /**
     * The monthly sums (sales_months) follow every kind of write to the sales: a sale added, moved to another month,
     * returned, deleted, and a rate change that converts a currency's sales again. After each, the SQL summary of
     * every partner still equals the engine's summing of its stored facts.
     */
    @Test
    void theMonthlySumsFollowEveryEditOfTheSalesAndEveryRateChange() {
        ShippedPrograms programs = new ShippedPrograms();
        try (TestWorkspace test = TestWorkspace.open(dir, programs)) {
            Workspace ws = test.workspace;
            List<ExchangeRate> rates = GeneratedFacts.rates(11);
            ws.rates().putAll(rates);
            Map<Long, Program> programOf = new LinkedHashMap<>();
            long seed = 500;
            for (Program program : programs.all()) {
                for (int i = 0; i < 2; i++) {
                    PartnerFacts facts = GeneratedFacts.partner(program, seed++, rates);
                    long id = importPartner(ws, program, facts);
                    programOf.put(id, program);
                }
            }
            assertEveryPartnerMatches(ws, programOf, "after the import");
            int n = 0;
            for (Map.Entry<Long, Program> partner : programOf.entrySet()) {
                List<Sale> sales = ws.sales().of(partner.getKey());
                Sale moved = sales.get(n % sales.size());
                ws.sales().update(new Sale(moved.id(), moved.date().isBefore(LocalDate.of(2025, 6, 1))
                        ? moved.date().plusMonths(3 + n % 4) : moved.date().minusMonths(3 + n % 4), moved.amount(),
                        moved.category(), moved.licenses() + 1, moved.product(), null));
                Sale returned = sales.get((n + 3) % sales.size());
                ws.sales().update(new Sale(returned.id(), returned.date(), returned.amount(), returned.category(),
                        returned.licenses(), returned.product(), returned.date().plusDays(20 + n)));
                n++;
            }
            assertEveryPartnerMatches(ws, programOf, "after moving and returning sales");
            for (Long id : programOf.keySet()) {
                List<Sale> sales = ws.sales().of(id);
                ws.sales().delete(sales.get(sales.size() / 2).id());
            }
            assertEveryPartnerMatches(ws, programOf, "after deleting sales");
            n = 0;
            for (Map.Entry<Long, Program> partner : programOf.entrySet()) {
                ws.sales().add(partner.getKey(), new Sale(0, LocalDate.of(2026, 11, 1 + n++ % 20),
                        new org.tierdesk.engine.facts.Money(new BigDecimal("1234.56"), partner.getValue().currency()),
                        null, 2, "added", null));
            }
            assertEveryPartnerMatches(ws, programOf, "after adding sales");
            RateEntry first = ws.rates().all().get(0);
            ExchangeRate rate = first.rate();
            ws.rates().update(first.id(), new ExchangeRate(rate.date(), rate.from(), rate.to(),
                    rate.rate().multiply(new BigDecimal("1.5"))));
            assertEveryPartnerMatches(ws, programOf, "after a rate change");
        }
    }

    private static long importPartner(Workspace ws, Program program, PartnerFacts facts) {
        return ws.partnerImport().create(new PartnerDraft(facts.profile().name(), program.id(), null,
                facts.profile().joined(), facts.profile().heldTier(), null), facts);
    }

    private static void assertEveryPartnerMatches(Workspace ws, Map<Long, Program> programOf, String when) {
        for (LocalDate asOf : GeneratedFacts.asOfDates()) {
            Map<Long, FactsSummary> all = ws.summaries().all(asOf);
            for (Map.Entry<Long, Program> partner : programOf.entrySet()) {
                FactsSummary expected = FactsSummarizer.summarize(partner.getValue(), ws.facts().of(partner.getKey()),
                        asOf);
                assertSame(partner.getValue().id() + " partner " + partner.getKey() + " as of " + asOf + " " + when,
                        all.get(partner.getKey()), expected);
            }
        }
    }

    static void assertSame(String where, FactsSummary actual, FactsSummary expected) {
        assertThat(actual.heldTier()).as(where + " held tier").isEqualTo(expected.heldTier());
        assertThat(actual.heldSince()).as(where + " held since").isEqualTo(expected.heldSince());
        assertThat(actual.joined()).as(where + " joined").isEqualTo(expected.joined());
        assertThat(actual.asOf()).as(where + " as of").isEqualTo(expected.asOf());
        assertThat(comparable(actual.values())).as(where).isEqualTo(comparable(expected.values()));
    }

    /** Measure → value without trailing zeros: 330.0000 from a DECIMAL column is the engine's 330. */
    static Map<String, String> comparable(Map<Measure, BigDecimal> values) {
        Map<String, String> text = new TreeMap<>();
        values.forEach((m, v) -> text.put(m.toString(), v.stripTrailingZeros().toPlainString()));
        return text;
    }
}
