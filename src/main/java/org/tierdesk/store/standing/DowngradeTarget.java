package org.tierdesk.store.standing;

import java.util.List;
import java.util.Objects;

import org.tierdesk.engine.standing.Standing;
import org.tierdesk.program.DowngradeRule;
import org.tierdesk.program.Program;
import org.tierdesk.program.Tier;

/**
 * The tier a downgrade moves a partner to, and the grace period before the manager is expected to decide. A tier
 * on a ladder goes down the rule's {@code levels} on its track (one where the program has no rule); an add-on
 * falls back to the best qualified tier of the program that is no add-on, else the first tier. Programs without a
 * downgrade rule get {@link #DEFAULT_GRACE_DAYS}: their seeds say nothing, and a month is what a vendor usually
 * gives before a status review.
 */
public final class DowngradeTarget {
    public static final int DEFAULT_GRACE_DAYS = 30;

    private DowngradeTarget() {
    }

    public static int graceDays(Program program) {
        DowngradeRule rule = program.downgrade();
        return rule == null ? DEFAULT_GRACE_DAYS : rule.graceDays();
    }

    /** The tier to move down to, or null when the held tier is the lowest of its track. */
    public static String of(Program program, Standing standing) {
        Tier held = program.tier(standing.heldTier()).orElse(null);
        if (held == null) {
            return null;
        }
        if (held.addOn()) {
            List<String> qualified = standing.qualifiedTiers();
            for (int i = qualified.size() - 1; i >= 0; i--) {
                Tier tier = program.tier(qualified.get(i)).orElseThrow();
                if (!tier.addOn()) {
                    return tier.id();
                }
            }
            return program.tiers().get(0).id();
        }
        int levels = program.downgrade() == null ? 1 : Math.max(1, program.downgrade().levels());
        String target = null;
        int index = program.tierIndex(held.id());
        for (int i = index - 1; i >= 0 && levels > 0; i--) {
            Tier tier = program.tiers().get(i);
            if (!tier.addOn() && Objects.equals(tier.track(), held.track())) {
                target = tier.id();
                levels--;
            }
        }
        return target;
    }
}
