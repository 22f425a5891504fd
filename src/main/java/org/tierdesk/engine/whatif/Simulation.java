package org.tierdesk.engine.whatif;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.tierdesk.engine.StandingEvaluator;
import org.tierdesk.engine.measure.FactsSummary;
import org.tierdesk.engine.standing.Standing;
import org.tierdesk.program.Program;
import org.tierdesk.program.Tier;

/**
 * One partner in the simulator: its summary as of the simulator's date, and a source of summaries for other dates
 * (the store's SQL, or the summariser over raw facts), asked once per date. Each {@link #compare} applies a what-if
 * in memory and evaluates from the summary alone: a few microseconds, fast enough for every slider step.
 */
public final class Simulation {
    private final Program program;
    private final LocalDate baseDate;
    private final Function<LocalDate, FactsSummary> summaries;
    private final Map<LocalDate, FactsSummary> known = new HashMap<>();
    private final StandingEvaluator evaluator = new StandingEvaluator();
    private final SummaryAdjustment adjustment;
    private final Projection before;

    /**
     * @param summary   the partner's summary as of the simulator's date
     * @param summaries the partner's summary as of another date (asked only when a what-if picks one)
     */
    public Simulation(Program program, FactsSummary summary, Function<LocalDate, FactsSummary> summaries) {
        this.program = program;
        this.baseDate = summary.asOf();
        this.summaries = summaries;
        this.adjustment = new SummaryAdjustment(program);
        known.put(baseDate, summary);
        this.before = project(summary);
    }

    public Program program() {
        return program;
    }

    public LocalDate baseDate() {
        return baseDate;
    }

    /** The standing as it is, on the simulator's date. */
    public Projection before() {
        return before;
    }

    /** The summary the what-if's changes turn the facts into, as of its date. */
    public FactsSummary summaryAfter(WhatIf whatIf) {
        LocalDate date = whatIf.asOf() == null ? baseDate : whatIf.asOf();
        return adjustment.apply(summaryOn(date), whatIf, baseDate);
    }

    public Projection after(WhatIf whatIf) {
        return project(summaryAfter(whatIf));
    }

    public Comparison compare(WhatIf whatIf) {
        return Comparison.of(whatIf, before, after(whatIf));
    }

    /** The partner's own summary (no changes) as of {@code date}. */
    public FactsSummary summaryOn(LocalDate date) {
        FactsSummary summary = known.get(date);
        if (summary == null) {
            summary = Objects.requireNonNull(summaries.apply(date), "no facts summary for " + date);
            known.put(date, summary);
        }
        return summary;
    }

    /** The standing, and the rewards at the tier it reaches (evaluated as if that tier were held). */
    public Projection project(FactsSummary summary) {
        Standing standing = evaluator.evaluate(program, summary);
        String reached = reachedTier(program, standing);
        if (Objects.equals(reached, standing.heldTier())) {
            return new Projection(standing, reached, standing.rewards(), standing.bonuses());
        }
        Standing there = evaluator.evaluate(program, new FactsSummary(summary.asOf(), summary.joined(), reached,
                summary.asOf(), summary.values()));
        return new Projection(standing, reached, there.rewards(), there.bonuses());
    }

    /** The highest qualified tier above the held one on its track, else the held tier. */
    public static String reachedTier(Program program, Standing standing) {
        String held = standing.heldTier();
        if (held == null) {
            return null;
        }
        Tier heldTier = program.tier(held).orElseThrow();
        if (heldTier.addOn()) {
            return held;
        }
        String reached = held;
        for (int i = program.tierIndex(held) + 1; i < program.tiers().size(); i++) {
            Tier tier = program.tiers().get(i);
            if (!tier.addOn() && Objects.equals(tier.track(), heldTier.track())
                    && standing.qualifiedTiers().contains(tier.id())) {
                reached = tier.id();
            }
        }
        return reached;
    }
}
