package org.tierdesk.bench;

import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tierdesk.engine.StandingEvaluator;
import org.tierdesk.engine.deal.DealCalculator;
import org.tierdesk.engine.deal.DealQuote;
import org.tierdesk.engine.facts.Money;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.fixture.Shipped;
import org.tierdesk.engine.measure.FactsSummarizer;
import org.tierdesk.engine.measure.FactsSummary;
import org.tierdesk.engine.path.Cliffs;
import org.tierdesk.engine.path.PathPlanner;
import org.tierdesk.engine.path.TierPath;
import org.tierdesk.engine.standing.Standing;
import org.tierdesk.engine.whatif.Comparison;
import org.tierdesk.engine.whatif.Simulation;
import org.tierdesk.engine.whatif.SummaryAdjustment;
import org.tierdesk.engine.whatif.WhatIf;
import org.tierdesk.program.Program;
import org.tierdesk.program.Window;

/**
 * One simulator recompute for a Bitrix partner with 10,000 sales and 200 activities, its facts summary already
 * computed (as the simulator holds it): (a) apply a what-if and evaluate; (b) the whole before → after comparison
 * the screen shows (the after side evaluated twice: as held, and at the tier it reaches); (c) everything the
 * simulator screen recomputes when a control moves: the comparison, the path to the next tier, the cliffs and a
 * deal quote. Run with
 * {@code ./mvnw -Pjmh -DskipTests verify} (see README, Performance).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
public class SimulatorBenchmark {
    private final StandingEvaluator evaluator = new StandingEvaluator();
    private Program program;
    private FactsSummary summary;
    private SummaryAdjustment adjustment;
    private Simulation simulation;
    private WhatIf whatIf;
    private PathPlanner planner;
    private Cliffs cliffs;
    private final DealCalculator deals = new DealCalculator();

    @Setup
    public void setUp() {
        program = Shipped.bitrix();
        PartnerFacts facts = BusyPartner.bitrix(10_000, 200);
        summary = FactsSummarizer.summarize(program, facts, BusyPartner.AS_OF);
        adjustment = new SummaryAdjustment(program);
        simulation = new Simulation(program, summary, date -> FactsSummarizer.summarize(program, facts, date));
        whatIf = WhatIf.NONE.withSales(null, null, new BigDecimal("12500"), 3)
                .withSales(Window.LAST_COMPLETE_MONTH, "license", new BigDecimal("4000"), 1)
                .withActivities("seminar", 1).withCertified("bitrix-sales", 1).withChecklist("forecasting", true);
        planner = new PathPlanner(simulation);
        cliffs = new Cliffs(simulation);
    }

    @Benchmark
    public Standing applyAndEvaluate() {
        return evaluator.evaluate(program, adjustment.apply(summary, whatIf, BusyPartner.AS_OF));
    }

    @Benchmark
    public Comparison compare() {
        return simulation.compare(whatIf);
    }

    /** What one move of a slider costs the screen (the view model's recompute, without the nodes). */
    @Benchmark
    public Object[] screenRecompute() {
        Comparison comparison = simulation.compare(whatIf);
        TierPath path = planner.toNextTier(whatIf).orElse(null);
        DealQuote quote = deals.quote(program, simulation.summaryAfter(whatIf), Money.of("1000", "USD"), "license",
                false);
        return new Object[] {comparison, path, cliffs.accumulation(whatIf), cliffs.bonuses(whatIf), quote};
    }
}
