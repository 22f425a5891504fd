package org.tierdesk.program.file;

import org.tierdesk.program.LocalizedText;
import org.tierdesk.program.PointsRules;

import java.math.BigDecimal;
import java.util.Set;

/** Reads {@code pointsRules:} (points per amount of a sale, and extra points while holding a tier). */
final class PointsRulesBinder {
    private static final Set<String> KEYS = Set.of("perAmount", "points", "holdingBonus");
    private static final Set<String> HOLDING_KEYS = Set.of("tier", "perAmount", "points", "label");

    private final Vocabulary vocabulary;

    PointsRulesBinder(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    PointsRules bind(YamlMap map) {
        map.allowOnly("'pointsRules'", KEYS);
        BigDecimal perAmount = positiveAmount(map.required("perAmount", "'pointsRules'"));
        long points = points(map.required("points", "'pointsRules'"));
        PointsRules.HoldingBonus holding = map.optional("holdingBonus")
                .map(n -> holdingBonus(n.asMap("'holdingBonus'"))).orElse(null);
        return new PointsRules(perAmount, points, holding);
    }

    private PointsRules.HoldingBonus holdingBonus(YamlMap map) {
        map.allowOnly("'holdingBonus'", HOLDING_KEYS);
        YamlNode tierNode = map.required("tier", "'holdingBonus'");
        String tier = tierNode.asId("'tier'");
        vocabulary.require(Vocabulary.Kind.TIER, tier, tierNode.line());
        BigDecimal perAmount = positiveAmount(map.required("perAmount", "'holdingBonus'"));
        long points = points(map.required("points", "'holdingBonus'"));
        LocalizedText label = map.optional("label").map(n -> TextBinder.text(n, "'label'"))
                .orElse(LocalizedText.of("Extra points while holding " + tier));
        return new PointsRules.HoldingBonus(tier, perAmount, points, label);
    }

    private static BigDecimal positiveAmount(YamlNode node) {
        BigDecimal amount = node.asDecimal("'perAmount'");
        if (amount.signum() <= 0) {
            throw new ProblemAt(node.line(), "'perAmount' must be more than 0, found " + amount.toPlainString());
        }
        return amount;
    }

    private static long points(YamlNode node) {
        long points = node.asWholeNumber("'points'");
        if (points < 0) {
            throw new ProblemAt(node.line(), "'points' must not be negative, found " + points);
        }
        return points;
    }
}
