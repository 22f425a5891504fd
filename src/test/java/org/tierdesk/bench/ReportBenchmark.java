package org.tierdesk.bench;

import java.util.Locale;
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
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.report.PartnerSummary;
import org.tierdesk.report.PartnerSummaryPdf;
import org.tierdesk.report.Portfolio;
import org.tierdesk.report.PortfolioPdf;
import org.tierdesk.report.SamplePortfolio;
import org.tierdesk.report.ShippedPartners;

/**
 * The PDF exports: (a) one partner summary (Russian, a Bitrix partner with a points ledger), from the standing the
 * screen already holds; (b) the same from the raw facts, the standing evaluated first, as the command line does;
 * (c) the portfolio of 2,000 partners over the five shipped programs. Each writes the whole document to memory.
 * Run with {@code ./mvnw -Pjmh -DskipTests verify -Djmh.args="org.tierdesk.bench.ReportBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class ReportBenchmark {
    private static final Locale RU = Locale.forLanguageTag("ru");

    private PartnerFacts facts;
    private PartnerSummary summary;
    private Portfolio portfolio;

    @Setup
    public void setUp() {
        facts = ShippedPartners.bitrix("ООО Пример");
        summary = ShippedPartners.summary("bitrix", facts, RU);
        portfolio = SamplePortfolio.of(2000, RU);
    }

    @Benchmark
    @Warmup(iterations = 5, time = 2)
    @Measurement(iterations = 5, time = 2)
    public byte[] partnerSummary() {
        return PartnerSummaryPdf.render(summary);
    }

    @Benchmark
    @Warmup(iterations = 5, time = 2)
    @Measurement(iterations = 5, time = 2)
    public byte[] partnerSummaryFromFacts() {
        return PartnerSummaryPdf.render(ShippedPartners.summary("bitrix", facts, RU));
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public byte[] portfolioOf2000() {
        return PortfolioPdf.render(portfolio);
    }
}
