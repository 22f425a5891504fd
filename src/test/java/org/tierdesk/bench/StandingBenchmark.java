package org.tierdesk.bench;

import java.time.LocalDate;
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
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.measure.FactsSummarizer;
import org.tierdesk.engine.measure.FactsSummary;
import org.tierdesk.engine.standing.Standing;
import org.tierdesk.engine.fixture.Shipped;
import org.tierdesk.program.Program;

/**
 * One Bitrix standing of a partner with 10,000 sales and 200 activities: (a) from its facts summary, as the
 * portfolio does with the store's aggregates; (b) from the raw facts, summarised and with the points ledger, as the
 * simulator does. Run with {@code ./mvnw -Pjmh -DskipTests verify} (see README, Performance).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
public class StandingBenchmark {
    private final StandingEvaluator evaluator = new StandingEvaluator();
    private Program program;
    private PartnerFacts facts;
    private FactsSummary summary;
    private LocalDate asOf;

    @Setup
    public void setUp() {
        program = Shipped.bitrix();
        asOf = BusyPartner.AS_OF;
        facts = BusyPartner.bitrix(10_000, 200);
        summary = FactsSummarizer.summarize(program, facts, asOf);
    }

    @Benchmark
    public Standing evaluateSummary() {
        return evaluator.evaluate(program, summary);
    }

    @Benchmark
    public Standing evaluateFacts() {
        return evaluator.evaluate(program, facts, asOf);
    }
}
