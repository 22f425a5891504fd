package org.tierdesk.ui.simulator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.tierdesk.engine.measure.FactsSummary;
import org.tierdesk.engine.whatif.WhatIf;
import org.tierdesk.program.Program;
import org.tierdesk.store.Partner;
import org.tierdesk.store.Workspace;
import org.tierdesk.store.plan.SimulatorPlan;
import org.tierdesk.store.plan.SimulatorPlans;
import org.tierdesk.store.plan.TrailingSales;
import org.tierdesk.ui.ProgramNotLoaded;

/** A stored partner as the simulator sees it, read through the workspace. */
public final class StoredPartner implements SimulatorPartner {
    private final Workspace workspace;
    private final Partner partner;
    private final Program program;
    private final SimulatorPlans plans;

    public StoredPartner(Workspace workspace, long partnerId) {
        this.workspace = workspace;
        this.partner = workspace.partners().find(partnerId)
                .orElseThrow(() -> new NoSuchElementException("no partner with id " + partnerId));
        this.program = workspace.programs().find(partner.programId()).orElseThrow(() -> new ProgramNotLoaded(
                partner.name(), partner.programId()));
        this.plans = new SimulatorPlans(workspace);
    }

    @Override
    public long id() {
        return partner.id();
    }

    @Override
    public String name() {
        return partner.name();
    }

    @Override
    public Program program() {
        return program;
    }

    @Override
    public FactsSummary summaryOn(LocalDate date) {
        return workspace.summaries().of(partner.id(), date);
    }

    @Override
    public Map<String, BigDecimal> salesOfLastYear(LocalDate asOf) {
        return new TrailingSales(workspace).byCategory(partner.id(), asOf);
    }

    @Override
    public boolean hasNoSales() {
        return workspace.sales().count(partner.id()) == 0;
    }

    @Override
    public List<SimulatorPlan> plans() {
        return plans.of(partner.id());
    }

    @Override
    public long savePlan(String name, WhatIf whatIf) {
        return plans.save(partner.id(), name, whatIf);
    }

    @Override
    public boolean deletePlan(long planId) {
        return plans.delete(planId);
    }
}
