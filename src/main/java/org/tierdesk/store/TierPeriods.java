package org.tierdesk.store;

import org.tierdesk.engine.HeldTier;
import org.tierdesk.engine.TierTimeline;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.facts.PartnerProfile;
import org.tierdesk.engine.facts.TierChange;
import org.tierdesk.program.Program;
import org.tierdesk.program.Tier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one partner's tier history means for its facts summary as of a date, worked out in Java from the few
 * history rows (the engine's {@link TierTimeline}) and handed to the SQL aggregates as conditions: the tier held on
 * the as-of date, the last points reset (a move down on or before it) with its floor, and the periods in which
 * the partner held the points program's holding-bonus tier.
 */
record TierPeriods(HeldTier held, LocalDate resetOn, long resetFloor, List<Period> bonusPeriods) {

    /** Days from {@code from} (null: since ever) up to but excluding {@code until} (null: from then on). */
    record Period(LocalDate from, LocalDate until) {
        boolean always() {
            return from == null && until == null;
        }
    }

    TierPeriods {
        bonusPeriods = List.copyOf(bonusPeriods);
    }

    static TierPeriods of(Program program, PartnerProfile profile, List<TierChange> history, LocalDate asOf) {
        PartnerFacts facts = new PartnerFacts(profile, history, List.of(), List.of(), List.of(), Map.of(), List.of(),
                List.of());
        TierTimeline timeline = TierTimeline.of(program, facts);
        HeldTier held = timeline.heldOn(asOf);
        LocalDate resetOn = null;
        long floor = 0;
        if (program.downgrade() != null && program.downgrade().resetPoints()) {
            for (TierChange move : timeline.movesDown()) {
                if (!move.since().isAfter(asOf)) {
                    resetOn = move.since();
                    Tier tier = program.tier(move.tier()).orElseThrow();
                    floor = tier.pointsFloor() == null ? 0 : tier.pointsFloor();
                }
            }
        }
        List<Period> periods = new ArrayList<>();
        if (program.pointsRules() != null && program.pointsRules().holdingBonus() != null) {
            periods = bonusPeriods(timeline, program.pointsRules().holdingBonus().tier());
        }
        return new TierPeriods(held, resetOn, floor, periods);
    }

    /**
     * The periods in which {@code tier} is held: before the first entry the fallback tier holds; each entry holds
     * from its date until the next entry's date (of two entries on one day, the later recorded one wins).
     */
    private static List<Period> bonusPeriods(TierTimeline timeline, String tier) {
        List<TierChange> changes = timeline.changes();
        List<Period> periods = new ArrayList<>();
        LocalDate start = null;
        String current = timeline.heldOn(LocalDate.MIN).tier();
        boolean open = tier.equals(current);
        for (int i = 0; i < changes.size(); i++) {
            TierChange change = changes.get(i);
            boolean lastOfDay = i + 1 == changes.size() || !changes.get(i + 1).since().equals(change.since());
            if (!lastOfDay) {
                continue;
            }
            boolean holds = tier.equals(change.tier());
            if (open && !holds) {
                periods.add(new Period(start, change.since()));
                open = false;
            } else if (!open && holds) {
                start = change.since();
                open = true;
            }
        }
        if (open) {
            periods.add(new Period(start, null));
        }
        return periods;
    }
}
