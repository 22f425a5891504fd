package org.tierdesk.ui.simulator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.facts.Sale;
import org.tierdesk.engine.measure.FactsSummarizer;
import org.tierdesk.engine.measure.FactsSummary;
import org.tierdesk.engine.whatif.WhatIf;
import org.tierdesk.engine.window.DateRange;
import org.tierdesk.engine.window.Windows;
import org.tierdesk.program.Program;
import org.tierdesk.program.Window;
import org.tierdesk.store.InvalidFactsException;
import org.tierdesk.store.Problem;
import org.tierdesk.store.plan.SimulatorPlan;

/** A partner held in memory as raw facts (summarised by the engine), with plans in a list: view-model tests. */
public final class TestPartners implements SimulatorPartner {
    private final String name;
    private final Program program;
    private final PartnerFacts facts;
    private final List<SimulatorPlan> plans = new ArrayList<>();
    final List<LocalDate> summariesAsked = new ArrayList<>();
    private long nextId = 1;
    private List<Problem> planRefusal = List.of();

    /** A partner of {@code program} with these facts. */
    public static TestPartners of(String name, Program program, PartnerFacts facts) {
        return new TestPartners(name, program, facts);
    }

    TestPartners(String name, Program program, PartnerFacts facts) {
        this.name = name;
        this.program = program;
        this.facts = facts;
    }

    /** From now on a plan is refused with these problems, as the store refuses one. */
    TestPartners refusingPlans(Problem... problems) {
        planRefusal = List.of(problems);
        return this;
    }

    @Override
    public long id() {
        return 1;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Program program() {
        return program;
    }

    @Override
    public FactsSummary summaryOn(LocalDate date) {
        summariesAsked.add(date);
        return FactsSummarizer.summarize(program, facts, date);
    }

    @Override
    public Map<String, BigDecimal> salesOfLastYear(LocalDate asOf) {
        DateRange range = Windows.range(Window.TRAILING_12_MONTHS, asOf, null);
        Map<String, BigDecimal> sums = new HashMap<>();
        for (Sale sale : facts.sales()) {
            if (range.countsSale(sale.date(), sale.returned())) {
                String category = sale.category() == null ? program.defaultCategory() : sale.category();
                sums.merge(category, sale.amount().amount(), BigDecimal::add);
            }
        }
        return sums;
    }

    @Override
    public boolean hasNoSales() {
        return facts.sales().isEmpty();
    }

    @Override
    public List<SimulatorPlan> plans() {
        return List.copyOf(plans);
    }

    @Override
    public long savePlan(String planName, WhatIf whatIf) {
        if (!planRefusal.isEmpty()) {
            throw new InvalidFactsException(planRefusal);
        }
        long id = nextId++;
        plans.add(0, new SimulatorPlan(id, planName, LocalDateTime.of(2026, 8, 14, 10, 0), whatIf, null));
        return id;
    }

    @Override
    public boolean deletePlan(long planId) {
        return plans.removeIf(p -> p.id() == planId);
    }
}
