package org.tierdesk.store.meeting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.tierdesk.engine.standing.RequirementResult;
import org.tierdesk.engine.standing.Standing;

/**
 * What changed between the standing on a past meeting's date ({@code then}) and now: the held tier, the tiers
 * qualified for and no longer, the requirements (of the held and next tiers, then or now) whose gap closed or
 * opened, and the points difference.
 */
public record StandingChange(LocalDate since, Standing then, Standing now, List<String> qualifiedGained,
                             List<String> qualifiedLost, List<RequirementResult> gapsClosed,
                             List<RequirementResult> gapsOpened, BigDecimal pointsDelta) {
    public StandingChange {
        qualifiedGained = List.copyOf(qualifiedGained);
        qualifiedLost = List.copyOf(qualifiedLost);
        gapsClosed = List.copyOf(gapsClosed);
        gapsOpened = List.copyOf(gapsOpened);
    }

    public boolean heldTierChanged() {
        return !java.util.Objects.equals(then.heldTier(), now.heldTier());
    }

    public boolean nothingChanged() {
        return !heldTierChanged() && qualifiedGained.isEmpty() && qualifiedLost.isEmpty() && gapsClosed.isEmpty()
                && gapsOpened.isEmpty() && pointsDelta.signum() == 0;
    }

    /** Compares two standings of the same partner and program. */
    public static StandingChange between(LocalDate since, Standing then, Standing now) {
        java.util.Set<String> tiers = new java.util.LinkedHashSet<>();
        for (Standing s : List.of(then, now)) {
            if (s.heldTier() != null) {
                tiers.add(s.heldTier());
            }
            if (s.nextTier() != null) {
                tiers.add(s.nextTier());
            }
        }
        java.util.Map<String, RequirementResult> before = new java.util.HashMap<>();
        then.requirements().forEach(r -> before.put(r.tier() + "/" + r.id(), r));
        java.util.List<RequirementResult> closed = new java.util.ArrayList<>();
        java.util.List<RequirementResult> opened = new java.util.ArrayList<>();
        for (RequirementResult r : now.requirements()) {
            RequirementResult old = before.get(r.tier() + "/" + r.id());
            if (old == null || !tiers.contains(r.tier())) {
                continue;
            }
            if (!old.met() && r.met()) {
                closed.add(r);
            } else if (old.met() && !r.met()) {
                opened.add(r);
            }
        }
        List<String> gained = now.qualifiedTiers().stream().filter(t -> !then.qualifiedTiers().contains(t)).toList();
        List<String> lost = then.qualifiedTiers().stream().filter(t -> !now.qualifiedTiers().contains(t)).toList();
        return new StandingChange(since, then, now, gained, lost, closed, opened,
                now.points().subtract(then.points()));
    }
}
