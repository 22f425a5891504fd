package org.tierdesk.engine.points;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tierdesk.engine.HeldTier;
import org.tierdesk.engine.TierTimeline;
import org.tierdesk.engine.facts.Activity;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.facts.Sale;
import org.tierdesk.engine.facts.TierChange;
import org.tierdesk.engine.money.CurrencyConverter;
import org.tierdesk.engine.standing.LedgerEntry;
import org.tierdesk.program.ActivityType;
import org.tierdesk.program.PointsRules;
import org.tierdesk.program.Program;
import org.tierdesk.program.Tier;

/**
 * A partner's points, line by line, from the join date to an as-of date. The balance is:
 * <ul>
 * <li>every sale dated joined..asOf earns floor(amount in program currency / perAmount) × points (amount converted
 * at the rate in force on the sale date);</li>
 * <li>a sale made while the partner holds the holding bonus's tier (held tier on the sale date, also after a
 * downgrade to it) earns an extra floor(amount / bonus perAmount) × bonus points: Bitrix's 330 USD sale while
 * holding business earns 33 + 30 = 63;</li>
 * <li>every activity dated joined..asOf earns its type's points, only when approved if its type needs approval;</li>
 * <li>a sale returned on or before asOf loses all it earned (bonus included) on its return date;</li>
 * <li>when the program's downgrade rule resets points, each tier-history entry that moves the partner down its
 * track sets the balance to the new tier's points floor (none: 0) on that entry's date.</li>
 * </ul>
 * Within a day a reset comes first, then sales, holding bonuses, activities and returns. So the balance on asOf
 * equals the floor of the last reset on or before asOf (0 without one) plus every line dated on or after that reset
 * (the figure a SQL aggregate can reproduce). Taking back a sale earned before a reset may bring the balance below
 * the floor; the engine reports that as it is.
 */
public final class PointsLedger {
    public static final String SALE = "SALE";
    public static final String HOLDING_BONUS = "HOLDING_BONUS";
    public static final String ACTIVITY = "ACTIVITY";
    public static final String RETURN = "RETURN";
    public static final String RESET = "RESET";

    private static final long DAYS_BEFORE_EPOCH = 1_450_000;
    private static final int MOST_LINES = 1 << 28;
    private static final PointsLedger EMPTY = new PointsLedger(List.of(), 0);

    private final List<LedgerEntry> entries;
    private final long balance;

    private PointsLedger(List<LedgerEntry> entries, long balance) {
        this.entries = entries;
        this.balance = balance;
    }

    public static PointsLedger empty() {
        return EMPTY;
    }

    public static PointsLedger build(Program program, PartnerFacts facts, LocalDate asOf) {
        return build(program, facts, asOf, CurrencyConverter.of(facts.rates()));
    }

    public static PointsLedger build(Program program, PartnerFacts facts, LocalDate asOf,
                                     CurrencyConverter converter) {
        LocalDate joined = facts.profile() == null ? null : facts.profile().joined();
        TierTimeline timeline = TierTimeline.of(program, facts);
        List<Line> lines = new ArrayList<>();
        addSales(program, facts, asOf, joined, converter, timeline, lines);
        addActivities(program, facts, asOf, joined, lines);
        if (program.downgrade() != null && program.downgrade().resetPoints()) {
            for (TierChange move : timeline.movesDown()) {
                if (!move.since().isAfter(asOf)) {
                    Tier tier = program.tier(move.tier()).orElseThrow();
                    long floor = tier.pointsFloor() == null ? 0 : tier.pointsFloor();
                    lines.add(new Line(move.since(), 0, RESET, 0, "downgrade to " + tier.id(), floor));
                }
            }
        }
        if (lines.isEmpty()) {
            return EMPTY;
        }
        List<LedgerEntry> entries = new ArrayList<>(lines.size());
        long balance = 0;
        for (Line line : inOrder(lines)) {
            long points = line.source.equals(RESET) ? line.points - balance : line.points;
            balance += points;
            entries.add(new LedgerEntry(line.date, line.source, line.sourceId, line.description, points, balance));
        }
        return new PointsLedger(List.copyOf(entries), balance);
    }

    /** The lines in date order, each with the running balance after it. */
    public List<LedgerEntry> entries() {
        return entries;
    }

    /** The balance after the last line (0 for an empty ledger). */
    public long balance() {
        return balance;
    }

    private static void addSales(Program program, PartnerFacts facts, LocalDate asOf, LocalDate joined,
                                 CurrencyConverter converter, TierTimeline timeline, List<Line> lines) {
        PointsRules rules = program.pointsRules();
        if (rules == null) {
            return;
        }
        PointsRules.HoldingBonus bonus = rules.holdingBonus();
        String whileHolding = bonus == null ? null : "while holding " + bonus.tier();
        for (Sale sale : facts.sales()) {
            if (sale.date().isAfter(asOf) || (joined != null && sale.date().isBefore(joined))) {
                continue;
            }
            BigDecimal amount = converter.convert(sale.amount(), program.currency(), sale.date()).amount();
            long earned = per(amount, rules.perAmount(), rules.points());
            String what = describe(sale);
            if (earned != 0) {
                lines.add(new Line(sale.date(), 1, SALE, sale.id(), what, earned));
            }
            long extra = 0;
            if (bonus != null) {
                HeldTier held = timeline.heldOn(sale.date());
                if (bonus.tier().equals(held.tier())) {
                    extra = per(amount, bonus.perAmount(), bonus.points());
                    if (extra != 0) {
                        lines.add(new Line(sale.date(), 2, HOLDING_BONUS, sale.id(), whileHolding,
                                extra));
                    }
                }
            }
            LocalDate returned = sale.returned();
            if (returned != null && !returned.isAfter(asOf) && earned + extra != 0) {
                lines.add(new Line(returned, 4, RETURN, sale.id(), "return of " + what, -(earned + extra)));
            }
        }
    }

    private static void addActivities(Program program, PartnerFacts facts, LocalDate asOf, LocalDate joined,
                                      List<Line> lines) {
        for (Activity activity : facts.activities()) {
            if (activity.date().isAfter(asOf) || (joined != null && activity.date().isBefore(joined))) {
                continue;
            }
            ActivityType type = program.activityType(activity.type()).orElse(null);
            if (type == null || type.points() == 0 || (type.approvalRequired() && !activity.approved())) {
                continue;
            }
            lines.add(new Line(activity.date(), 3, ACTIVITY, activity.id(), activity.type(), type.points()));
        }
    }

    /**
     * The lines by date, then a day's order, then as recorded. Sorted as packed primitive keys: a busy partner has
     * tens of thousands of lines and a comparator chain made this the slowest step of an evaluation.
     */
    private static List<Line> inOrder(List<Line> lines) {
        if (lines.size() >= MOST_LINES) {
            throw new IllegalArgumentException("too many ledger lines: " + lines.size());
        }
        long[] keys = new long[lines.size()];
        for (int i = 0; i < keys.length; i++) {
            Line line = lines.get(i);
            // days counted from year -2000 keep the key positive for any plausible date
            keys[i] = ((line.date.toEpochDay() + DAYS_BEFORE_EPOCH) << 32) | ((long) line.order << 28) | i;
        }
        Arrays.sort(keys);
        List<Line> sorted = new ArrayList<>(keys.length);
        for (long key : keys) {
            sorted.add(lines.get((int) (key & 0x0FFF_FFFFL)));
        }
        return sorted;
    }

    /** floor(amount / perAmount) × points; nothing for a missing or zero rule, or a non-positive amount. */
    private static long per(BigDecimal amount, BigDecimal perAmount, long points) {
        if (perAmount == null || perAmount.signum() <= 0 || amount.signum() <= 0) {
            return 0;
        }
        return amount.divide(perAmount, 0, RoundingMode.FLOOR).longValueExact() * points;
    }

    private static String describe(Sale sale) {
        String product = sale.product() == null || sale.product().isBlank() ? "" : " " + sale.product();
        return "sale " + sale.amount().amount().toPlainString() + " " + sale.amount().currency() + product;
    }

    /** {@code order} puts a day's lines in place: reset, sale, holding bonus, activity, return. */
    private record Line(LocalDate date, int order, String source, long sourceId, String description,
                        long points) {}
}
