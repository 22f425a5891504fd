package org.tierdesk.store;

import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.tierdesk.program.PointsRules;

import java.math.BigDecimal;

/**
 * What one sale earns in points by a program's {@link PointsRules}, as SQL over its amount in the program currency:
 * the base rule's points and the holding bonus's (which count only while the partner holds the bonus tier; the
 * caller decides that). Used per sale by the facts summary and per monthly row by {@link SalesByMonth}, which sums
 * them sale by sale, so both floor the same way.
 */
final class SaleEarnings {
    private SaleEarnings() {
    }

    static Field<BigDecimal> base(PointsRules rules, Field<BigDecimal> amount) {
        return rules == null ? zero() : per(amount, rules.perAmount(), rules.points());
    }

    static Field<BigDecimal> bonus(PointsRules rules, Field<BigDecimal> amount) {
        if (rules == null || rules.holdingBonus() == null) {
            return zero();
        }
        return per(amount, rules.holdingBonus().perAmount(), rules.holdingBonus().points());
    }

    /** The rules as the monthly rows record them: equal texts sum every sale to the same points. */
    static String key(PointsRules rules) {
        if (rules == null) {
            return "none";
        }
        String key = plain(rules.perAmount()) + "x" + rules.points();
        PointsRules.HoldingBonus bonus = rules.holdingBonus();
        return bonus == null ? key : key + "+" + plain(bonus.perAmount()) + "x" + bonus.points();
    }

    /**
     * floor(amount / perAmount) × points; nothing where the rule has no positive perAmount. Where 1 / perAmount is
     * a finite decimal (10 → 0.1) the amount is multiplied by it: exact, and far cheaper than a DECFLOAT division,
     * which H2 carries out to the type's full 100,000 digits. Otherwise the amount is divided at 100 digits, which
     * floors exactly for any amount this schema can hold.
     */
    private static Field<BigDecimal> per(Field<BigDecimal> amount, BigDecimal perAmount, long points) {
        if (perAmount == null || perAmount.signum() <= 0 || points == 0) {
            return zero();
        }
        Field<BigDecimal> units;
        try {
            BigDecimal reciprocal = BigDecimal.ONE.divide(perAmount);
            units = amount.times(DSL.inline(reciprocal));
        } catch (ArithmeticException nonTerminating) {
            units = amount.cast(SQLDataType.DECFLOAT(100)).coerce(BigDecimal.class).div(DSL.inline(perAmount));
        }
        return DSL.floor(units).times(DSL.inline(BigDecimal.valueOf(points)));
    }

    private static Field<BigDecimal> zero() {
        return DSL.inline(BigDecimal.ZERO);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }
}
