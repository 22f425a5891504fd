package org.tierdesk.ui.simulator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tierdesk.engine.deal.DealCalculator;
import org.tierdesk.engine.deal.DealQuote;
import org.tierdesk.engine.deal.YearlyWorth;
import org.tierdesk.engine.facts.Money;
import org.tierdesk.engine.measure.FactsSummary;
import org.tierdesk.engine.path.AccumulationCliff;
import org.tierdesk.engine.path.BonusCliff;
import org.tierdesk.engine.path.Cliffs;
import org.tierdesk.engine.path.PathAction;
import org.tierdesk.engine.path.PathPlanner;
import org.tierdesk.engine.path.TierPath;
import org.tierdesk.engine.whatif.Comparison;
import org.tierdesk.engine.whatif.Simulation;
import org.tierdesk.engine.whatif.WhatIf;
import org.tierdesk.program.Program;
import org.tierdesk.program.RewardCategory;
import org.tierdesk.program.Tier;
import org.tierdesk.store.InvalidFactsException;
import org.tierdesk.store.plan.SimulatorPlan;
import org.tierdesk.ui.Messages;

/**
 * The simulator of one partner: the what-if its controls set, and everything recomputed from it at once in memory
 * (before → after, the path to the target tier, cliffs, the deal); nothing is written until a plan is saved.
 * Plain JavaFX properties: tested without a screen.
 */
public final class SimulatorViewModel {
    private final SimulatorPartner partner;
    private final Program program;
    private final Messages messages;
    private final SimulatorTexts texts;
    private final Simulation simulation;
    private final PathPlanner planner;
    private final Cliffs cliffs;
    private final DealCalculator deals = new DealCalculator();
    private final List<Lever> levers;
    private final boolean firstSale;

    private final ObjectProperty<WhatIf> whatIf = new SimpleObjectProperty<>(WhatIf.NONE);
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private final ObjectProperty<Comparison> comparison = new SimpleObjectProperty<>();
    private final ObjectProperty<TierPath> path = new SimpleObjectProperty<>();
    private final ObjectProperty<String> target = new SimpleObjectProperty<>();
    private final ObservableList<String> targets = FXCollections.observableArrayList();
    private final ObjectProperty<AccumulationCliff> accumulationCliff = new SimpleObjectProperty<>();
    private final ObservableList<BonusCliff> bonusCliffs = FXCollections.observableArrayList();
    private final StringProperty dealPrice = new SimpleStringProperty("");
    private final ObjectProperty<String> dealCategory = new SimpleObjectProperty<>();
    private final ObservableList<String> dealCategories = FXCollections.observableArrayList();
    private final ObjectProperty<DealQuote> quote = new SimpleObjectProperty<>();
    private final ObjectProperty<YearlyWorth> yearlyWorth = new SimpleObjectProperty<>();
    private final ObservableList<SimulatorPlan> plans = FXCollections.observableArrayList();
    private final StringProperty planName = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final java.util.Map<LocalDate, java.util.Map<String, BigDecimal>> lastYear = new java.util.HashMap<>();
    private boolean syncing;

    public SimulatorViewModel(SimulatorPartner partner, LocalDate today, Messages messages) {
        this.partner = partner;
        this.program = partner.program();
        this.messages = messages;
        this.texts = new SimulatorTexts(program, messages);
        FactsSummary now = partner.summaryOn(today);
        this.simulation = new Simulation(program, now, partner::summaryOn);
        this.planner = new PathPlanner(simulation);
        this.cliffs = new Cliffs(simulation);
        this.levers = Levers.of(program, now, messages);
        this.firstSale = partner.hasNoSales();
        asOf.set(today);
        String next = simulation.before().standing().nextTier();
        for (Tier tier : program.tiers()) {
            if (!tier.id().equals(now.heldTier())) {
                targets.add(tier.id());
            }
        }
        target.set(next);
        program.rewardCategories().stream().map(RewardCategory::id).forEach(dealCategories::add);
        dealCategory.set(dealCategories.isEmpty() ? null : dealCategories.get(0));

        for (Lever lever : levers) {
            lever.valueProperty().addListener((obs, old, value) -> {
                if (!syncing) {
                    whatIf.set(lever.applyTo(whatIf.get()));
                }
            });
        }
        asOf.addListener((obs, old, date) -> {
            if (!syncing && date != null) {
                whatIf.set(whatIf.get().withAsOf(date.equals(simulation.baseDate()) ? null : date));
            }
        });
        whatIf.addListener((obs, old, changed) -> {
            syncControls(changed);
            recompute();
        });
        target.addListener((obs, old, tier) -> recomputePath());
        dealPrice.addListener((obs, old, text) -> recomputeDeal());
        dealCategory.addListener((obs, old, category) -> recomputeDeal());
        recompute();
        reloadPlans();
    }

    public String partnerName() {
        return partner.name();
    }

    public Program program() {
        return program;
    }

    public SimulatorTexts texts() {
        return texts;
    }

    public LocalDate baseDate() {
        return simulation.baseDate();
    }

    public List<Lever> levers() {
        return levers;
    }

    public Optional<Lever> lever(String id) {
        return levers.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public ObjectProperty<WhatIf> whatIfProperty() {
        return whatIf;
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public ObjectProperty<Comparison> comparisonProperty() {
        return comparison;
    }

    public Comparison comparison() {
        return comparison.get();
    }

    public ObjectProperty<TierPath> pathProperty() {
        return path;
    }

    public ObjectProperty<String> targetProperty() {
        return target;
    }

    public ObservableList<String> targets() {
        return targets;
    }

    public ObjectProperty<AccumulationCliff> accumulationCliffProperty() {
        return accumulationCliff;
    }

    public ObservableList<BonusCliff> bonusCliffs() {
        return bonusCliffs;
    }

    public StringProperty dealPriceProperty() {
        return dealPrice;
    }

    public ObjectProperty<String> dealCategoryProperty() {
        return dealCategory;
    }

    public ObservableList<String> dealCategories() {
        return dealCategories;
    }

    public ObjectProperty<DealQuote> quoteProperty() {
        return quote;
    }

    public ObjectProperty<YearlyWorth> yearlyWorthProperty() {
        return yearlyWorth;
    }

    public ObservableList<SimulatorPlan> plans() {
        return plans;
    }

    public StringProperty planNameProperty() {
        return planName;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** Adds a proposed action to the what-if. */
    public void apply(PathAction action) {
        whatIf.set(whatIf.get().plus(action.whatIf()));
    }

    /** Adds the whole proposal of the path shown. */
    public void applyProposal() {
        TierPath shown = path.get();
        if (shown != null && !shown.alreadyQualified()) {
            whatIf.set(whatIf.get().plus(shown.proposal()));
        }
    }

    public void reset() {
        whatIf.set(WhatIf.NONE);
    }

    /** Today, the end of the quarter under way, or the end of the year. */
    public void lookAt(LocalDate date) {
        asOf.set(date);
    }

    public LocalDate quarterEnd() {
        return org.tierdesk.engine.window.Quarter.containing(simulation.baseDate()).end();
    }

    public LocalDate yearEnd() {
        return LocalDate.of(simulation.baseDate().getYear(), 12, 31);
    }

    public boolean savePlan() {
        String name = planName.get() == null ? "" : planName.get().strip();
        if (name.isEmpty()) {
            status.set(messages.get("simulator.plan.nameMissing"));
            return false;
        }
        try {
            partner.savePlan(name, whatIf.get());
        } catch (InvalidFactsException e) {
            status.set(e.message(messages.locale()));
            return false;
        }
        status.set(messages.format("simulator.plan.saved", name));
        planName.set("");
        reloadPlans();
        return true;
    }

    public void openPlan(SimulatorPlan plan) {
        if (!plan.readable()) {
            status.set(messages.format("simulator.plan.unreadable", plan.name(), plan.problem()));
            return;
        }
        whatIf.set(plan.whatIf());
        status.set(messages.format("simulator.plan.opened", plan.name()));
    }

    public void deletePlan(SimulatorPlan plan) {
        partner.deletePlan(plan.id());
        status.set(messages.format("simulator.plan.deleted", plan.name()));
        reloadPlans();
    }

    private void reloadPlans() {
        plans.setAll(partner.plans());
    }

    /** Controls follow the what-if (a reopened plan, an applied proposal) without echoing back. */
    private void syncControls(WhatIf current) {
        syncing = true;
        try {
            for (Lever lever : levers) {
                BigDecimal value = lever.readFrom(current);
                if (lever.value() == null || lever.value().compareTo(value) != 0) {
                    lever.valueProperty().set(value);
                }
            }
            asOf.set(current.asOf() == null ? simulation.baseDate() : current.asOf());
        } finally {
            syncing = false;
        }
    }

    private void recompute() {
        WhatIf current = whatIf.get();
        comparison.set(simulation.compare(current));
        recomputePath();
        accumulationCliff.set(cliffs.accumulation(current).orElse(null));
        bonusCliffs.setAll(cliffs.bonuses(current));
        recomputeDeal();
    }

    private void recomputePath() {
        String tier = target.get();
        path.set(tier == null ? null : planner.to(tier, whatIf.get()));
        recomputeWorth();
    }

    private void recomputeDeal() {
        String category = dealCategory.get();
        Optional<BigDecimal> price = texts.formats().parseDecimal(dealPrice.get());
        if (category == null || price.isEmpty() || price.get().signum() < 0) {
            quote.set(null);
            if (!(dealPrice.get() == null || dealPrice.get().isBlank()) && (price.isEmpty()
                    || price.get().signum() < 0)) {
                status.set(messages.get("simulator.deal.badPrice"));
            }
            return;
        }
        quote.set(deals.quote(program, simulation.summaryAfter(whatIf.get()),
                new Money(price.get(), program.currency()), category, firstSale));
    }

    private void recomputeWorth() {
        Comparison shown = comparison.get();
        if (shown == null || program.rewardCategories().isEmpty()) {
            yearlyWorth.set(null);
            return;
        }
        String held = shown.after().standing().heldTier();
        String there = !java.util.Objects.equals(shown.after().tier(), held) ? shown.after().tier() : target.get();
        if (there == null || there.equals(held)) {
            yearlyWorth.set(null);
            return;
        }
        FactsSummary summary = simulation.summaryAfter(whatIf.get());
        yearlyWorth.set(YearlyWorth.of(program, summary, lastYear.computeIfAbsent(summary.asOf(),
                partner::salesOfLastYear), there));
    }

    /** The proposed actions of the path shown, one list per step, for the view's Apply buttons. */
    public List<List<PathAction>> pathOptions() {
        TierPath shown = path.get();
        List<List<PathAction>> options = new ArrayList<>();
        if (shown != null) {
            shown.steps().forEach(s -> options.add(s.options()));
        }
        return options;
    }
}
