package org.tierdesk.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.facts.TierChange;
import org.tierdesk.program.Program;
import org.tierdesk.program.Tier;

/**
 * A partner's tier history put in date order once, so the held tier can be asked for many dates (every sale of a
 * points ledger) cheaply. Entries of the same date keep their recorded order: the later one wins.
 */
public final class TierTimeline {
    private final Program program;
    private final List<TierChange> changes;
    private final String fallbackTier;
    private final LocalDate joined;

    private TierTimeline(Program program, List<TierChange> changes, String fallbackTier, LocalDate joined) {
        this.program = program;
        this.changes = changes;
        this.fallbackTier = fallbackTier;
        this.joined = joined;
    }

    public static TierTimeline of(Program program, PartnerFacts facts) {
        List<TierChange> sorted = new ArrayList<>(facts.tierHistory());
        sorted.sort(Comparator.comparing(TierChange::since));
        String profileTier = facts.profile() == null ? null : facts.profile().heldTier();
        String fallback = profileTier != null && !profileTier.isBlank() ? profileTier
                : program.tiers().isEmpty() ? null : program.tiers().get(0).id();
        LocalDate joined = facts.profile() == null ? null : facts.profile().joined();
        return new TierTimeline(program, List.copyOf(sorted), fallback, joined);
    }

    public HeldTier heldOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        TierChange last = null;
        for (TierChange change : changes) {
            if (change.since().isAfter(date)) {
                break;
            }
            last = change;
        }
        return last != null ? new HeldTier(last.tier(), last.since()) : new HeldTier(fallbackTier, joined);
    }

    /** The history in date order. */
    public List<TierChange> changes() {
        return changes;
    }

    /**
     * The entries that move the partner down: to a lower tier of the same track as the entry before it (add-ons
     * are never a move down). Only tiers the program knows count.
     */
    public List<TierChange> movesDown() {
        List<TierChange> moves = new ArrayList<>();
        for (int i = 1; i < changes.size(); i++) {
            Tier before = program.tier(changes.get(i - 1).tier()).orElse(null);
            Tier after = program.tier(changes.get(i).tier()).orElse(null);
            if (before != null && after != null && !before.addOn() && !after.addOn()
                    && Objects.equals(before.track(), after.track())
                    && program.tierIndex(after.id()) < program.tierIndex(before.id())) {
                moves.add(changes.get(i));
            }
        }
        return List.copyOf(moves);
    }
}
