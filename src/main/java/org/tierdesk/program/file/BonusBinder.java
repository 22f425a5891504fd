package org.tierdesk.program.file;

import org.tierdesk.program.Bonus;
import org.tierdesk.program.LocalizedText;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Reads one entry of {@code bonuses:}: a condition (any requirement kind) and the percent it adds per tier. */
final class BonusBinder {
    private static final Set<String> KEYS = Set.of("id", "label", "note", "condition", "percentByTier", "category");

    private final Vocabulary vocabulary;
    private final RequirementBinder requirements;

    BonusBinder(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.requirements = new RequirementBinder(vocabulary);
    }

    Bonus bind(YamlMap map) {
        String id = map.required("id", "the bonus at line " + map.line()).asId("bonus 'id'");
        String where = "bonus '" + id + "'";
        map.allowOnly(where, KEYS);
        LocalizedText label = TextBinder.text(map.required("label", where), where + " 'label'");
        LocalizedText note = TextBinder.optional(map, "note", where + " 'note'");
        LocatedRequirement condition = requirements.bind(map.required("condition", where), where);
        YamlMap percents = map.required("percentByTier", where).asMap(where + " 'percentByTier'");
        Map<String, BigDecimal> percentByTier = new LinkedHashMap<>();
        percents.entries().forEach((tier, entry) -> {
            vocabulary.require(Vocabulary.Kind.TIER, tier, entry.keyLine());
            percentByTier.put(tier, entry.value().asPercent(where + " percent for '" + tier + "'"));
        });
        String category = null;
        if (map.has("category")) {
            YamlNode node = map.required("category", where);
            category = node.asId("'category'");
            vocabulary.require(Vocabulary.Kind.CATEGORY, category, node.line());
        }
        return new Bonus(id, label, note, condition.requirement(), percentByTier, category);
    }
}
