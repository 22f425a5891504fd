package org.tierdesk.store.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tierdesk.store.jooq.Tables.SAVED_PLANS;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tierdesk.engine.facts.Money;
import org.tierdesk.engine.facts.Sale;
import org.tierdesk.engine.whatif.WhatIf;
import org.tierdesk.program.ProgramLibrary;
import org.tierdesk.program.Window;
import org.tierdesk.store.Database;
import org.tierdesk.store.InvalidFactsException;
import org.tierdesk.store.PartnerDraft;
import org.tierdesk.store.Workspace;

class SimulatorPlansTest {
    private static final ProgramLibrary PROGRAMS = ProgramLibrary.shippedOnly();

    @TempDir
    Path dir;
    private Database database;
    private Workspace workspace;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        workspace = new Workspace(database, PROGRAMS::byId, Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"),
                ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private long partner(String program, String tier) {
        return workspace.partners().create(new PartnerDraft("ООО Пример", program, null, LocalDate.of(2025, 3, 1),
                tier, null));
    }

    @Test
    void aPlanIsSavedListedReopenedAndDeleted() {
        long id = partner("bitrix", "business");
        SimulatorPlans plans = new SimulatorPlans(workspace);
        WhatIf whatIf = WhatIf.NONE.withActivities("seminar", 1).withCertified("bitrix-sales", 1)
                .withSales(null, null, new BigDecimal("2500"), 2);
        long planId = plans.save(id, "Certified by Q4", whatIf);

        List<SimulatorPlan> listed = plans.of(id);
        assertThat(listed).extracting(SimulatorPlan::name).containsExactly("Certified by Q4");
        assertThat(plans.find(id, planId).orElseThrow().whatIf()).isEqualTo(whatIf);
        assertThat(plans.of(partner("bitrix", "business"))).isEmpty();

        assertThat(plans.delete(planId)).isTrue();
        assertThat(plans.of(id)).isEmpty();
    }

    @Test
    void aBlankNameIsRefusedAndNothingIsSaved() {
        long id = partner("bitrix", "business");
        SimulatorPlans plans = new SimulatorPlans(workspace);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> plans.save(id, "  ", WhatIf.NONE))
                .isInstanceOf(InvalidFactsException.class);
        assertThat(plans.of(id)).isEmpty();
    }

    @Test
    void aPlanWhoseTextCannotBeReadIsListedWithItsProblem() {
        long id = partner("bitrix", "business");
        workspace.savedPlans().save(id, "From a newer TierDesk", "{\"version\": 2}");
        SimulatorPlan plan = new SimulatorPlans(workspace).of(id).get(0);
        assertThat(plan.readable()).isFalse();
        assertThat(plan.problem()).isEqualTo("'version' must be 1, found 2");
        assertThat(database.dsl().fetchCount(SAVED_PLANS)).isEqualTo(1);
    }

    @Test
    void theLastTwelveMonthsOfSalesAreSummedByCategoryInTheProgramCurrency() {
        long id = partner("smart-soft", "certified");
        workspace.sales().add(id, sale("2026-01-10", "100000", "ting", null));
        workspace.sales().add(id, sale("2026-06-10", "50000", "ting", null));
        workspace.sales().add(id, sale("2026-06-11", "300000", "ti-software", null));
        // returned inside the window: left out; returned after it: counts; older than 12 months: left out
        workspace.sales().add(id, sale("2026-07-01", "70000", "ti-software", "2026-08-01"));
        workspace.sales().add(id, sale("2026-07-02", "20000", "renewal", "2026-12-01"));
        workspace.sales().add(id, sale("2025-11-23", "999999", "renewal", null));

        Map<String, BigDecimal> sums = new TrailingSales(workspace).byCategory(id, LocalDate.of(2026, 11, 23));
        assertThat(sums).containsOnlyKeys("renewal", "ti-software", "ting");
        assertThat(sums.get("ting")).isEqualByComparingTo("150000");
        assertThat(sums.get("ti-software")).isEqualByComparingTo("300000");
        assertThat(sums.get("renewal")).isEqualByComparingTo("20000");
    }

    private static Sale sale(String date, String amount, String category, String returned) {
        return new Sale(0, LocalDate.parse(date), new Money(new BigDecimal(amount), "RUB"), category, 1, "TI",
                returned == null ? null : LocalDate.parse(returned));
    }
}
