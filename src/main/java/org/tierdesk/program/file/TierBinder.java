package org.tierdesk.program.file;

import org.tierdesk.program.LocalizedText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads one entry of {@code tiers:} into a {@link TierDraft}. */
final class TierBinder {
    private static final Set<String> KEYS = Set.of("id", "label", "track", "addOn", "includes", "pointsFloor",
            "rewards", "requirements", "benefits", "restrictions");
    static final String DEFAULT_TRACK = "main";

    private final Vocabulary vocabulary;
    private final RequirementBinder requirements;

    TierBinder(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.requirements = new RequirementBinder(vocabulary);
    }

    TierDraft bind(YamlMap map) {
        String id = map.required("id", "the tier at line " + map.line()).asId("tier 'id'");
        String where = "tier '" + id + "'";
        map.allowOnly(where, KEYS);
        LocalizedText label = TextBinder.text(map.required("label", where), where + " 'label'");
        String track = map.optional("track").map(n -> n.asId("'track'")).orElse(DEFAULT_TRACK);
        boolean addOn = map.optional("addOn").map(n -> n.asFlag("'addOn'")).orElse(false);
        Long pointsFloor = map.optional("pointsFloor").map(this::pointsFloor).orElse(null);
        return new TierDraft(id, map.line(), label, track, addOn, includes(map, id), own(map, where),
                rewards(map, where), TextBinder.texts(map, "benefits", where + " 'benefits'"),
                TextBinder.texts(map, "restrictions", where + " 'restrictions'"), pointsFloor);
    }

    private long pointsFloor(YamlNode node) {
        long floor = node.asWholeNumber("'pointsFloor'");
        if (floor < 0) {
            throw new ProblemAt(node.line(), "'pointsFloor' must not be negative, found " + floor);
        }
        return floor;
    }

    private List<TierDraft.Reference> includes(YamlMap map, String tierId) {
        if (!map.has("includes")) {
            return List.of();
        }
        YamlNode node = map.required("includes", "");
        List<YamlNode> items = node instanceof YamlList list ? list.items() : List.of(node);
        List<TierDraft.Reference> refs = new ArrayList<>();
        for (YamlNode item : items) {
            String included = item.asId("'includes'");
            vocabulary.require(Vocabulary.Kind.TIER, included, item.line());
            if (included.equals(tierId)) {
                throw new ProblemAt(item.line(), "tier '" + tierId + "' includes itself; remove it from 'includes'");
            }
            refs.add(new TierDraft.Reference(included, item.line()));
        }
        return refs;
    }

    private List<LocatedRequirement> own(YamlMap map, String where) {
        List<LocatedRequirement> own = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (YamlNode node : map.listOrEmpty("requirements", where + " 'requirements'")) {
            LocatedRequirement located = requirements.bind(node, where);
            String id = located.requirement().id();
            Integer first = seen.putIfAbsent(id, located.line());
            if (first != null) {
                throw new ProblemAt(located.line(), "duplicate requirement id '" + id + "' in " + where
                        + " (first at line " + first + "); give one of them a different 'id'");
            }
            own.add(located);
        }
        return own;
    }

    private Map<String, BigDecimal> rewards(YamlMap map, String where) {
        Map<String, BigDecimal> rewards = new LinkedHashMap<>();
        if (!map.has("rewards")) {
            return rewards;
        }
        YamlMap rewardMap = map.required("rewards", where).asMap(where + " 'rewards'");
        rewardMap.entries().forEach((category, entry) -> {
            if (!YamlNode.ID.matcher(category).matches()) {
                throw new ProblemAt(entry.keyLine(), "reward category '" + category + "' is not a valid id");
            }
            vocabulary.require(Vocabulary.Kind.CATEGORY, category, entry.keyLine());
            rewards.put(category, entry.value().asPercent("the reward of '" + category + "'"));
        });
        return rewards;
    }
}
