package org.tierdesk.ui.simulator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tierdesk.engine.measure.FactsSummary;
import org.tierdesk.engine.whatif.WhatIf;
import org.tierdesk.program.Program;
import org.tierdesk.store.plan.SimulatorPlan;

/** What the simulator needs of one partner: its figures as of a date, last year's sales, and its saved plans. */
public interface SimulatorPartner {
    long id();

    String name();

    Program program();

    /** The partner's facts summary as of a date (the store's SQL aggregates). */
    FactsSummary summaryOn(LocalDate date);

    /** Sales of the 12 months up to {@code asOf}, in the program currency, by category. */
    Map<String, BigDecimal> salesOfLastYear(LocalDate asOf);

    /** Whether the partner has made no sale yet (its next would be its very first). */
    boolean hasNoSales();

    List<SimulatorPlan> plans();

    long savePlan(String name, WhatIf whatIf);

    boolean deletePlan(long planId);
}
