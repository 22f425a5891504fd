package org.tierdesk.program.file;

import org.tierdesk.program.Accumulation;
import org.tierdesk.program.ActivityType;
import org.tierdesk.program.Bonus;
import org.tierdesk.program.CatalogItem;
import org.tierdesk.program.DowngradeRule;
import org.tierdesk.program.FirstSaleDiscount;
import org.tierdesk.program.LocalizedText;
import org.tierdesk.program.Membership;
import org.tierdesk.program.PointsRules;
import org.tierdesk.program.Program;
import org.tierdesk.program.RewardCategory;
import org.tierdesk.program.Tier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Binds a program file's tree to the {@link Program} model, checking every key, type and cross-reference. */
final class ProgramBinder {
    private static final Set<String> KEYS = Set.of("id", "version", "effectiveFrom", "vendor", "name", "currency",
            "rewardCap", "rewardCategories", "certifications", "roles", "checklist", "activityTypes", "tiers",
            "bonuses", "pointsRules", "accumulation", "downgrade", "membership", "terms", "firstSaleDiscount");
    private static final Set<String> CATALOG_KEYS = Set.of("id", "label");
    private static final Set<String> ACTIVITY_KEYS = Set.of("id", "label", "points", "approvalRequired");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    Program bind(YamlNode root) {
        YamlMap map = root.asMap("a program file");
        map.allowOnly("the program", KEYS);
        String id = map.required("id", "the program").asId("program 'id'");
        String version = map.required("version", "the program").asText("'version'");
        LocalDate effectiveFrom = map.required("effectiveFrom", "the program").asDate("'effectiveFrom'");
        LocalizedText vendor = TextBinder.text(map.required("vendor", "the program"), "'vendor'");
        LocalizedText name = TextBinder.text(map.required("name", "the program"), "'name'");
        YamlNode currencyNode = map.required("currency", "the program");
        String currency = currencyNode.asText("'currency'");
        if (!CURRENCY.matcher(currency).matches()) {
            throw new ProblemAt(currencyNode.line(), "'currency' must be a three-letter ISO code such as USD, RUB"
                    + " or KZT, found '" + currency + "'");
        }
        Vocabulary vocabulary = new Vocabulary(currency);
        List<RewardCategory> categories = catalog(map, "rewardCategories", Vocabulary.Kind.CATEGORY, vocabulary)
                .stream().map(c -> new RewardCategory(c.id(), c.label())).toList();
        List<CatalogItem> certifications = catalog(map, "certifications", Vocabulary.Kind.CERTIFICATION, vocabulary);
        List<CatalogItem> roles = catalog(map, "roles", Vocabulary.Kind.ROLE, vocabulary);
        List<CatalogItem> checklist = catalog(map, "checklist", Vocabulary.Kind.CHECKLIST, vocabulary);
        List<ActivityType> activityTypes = activityTypes(map, vocabulary);
        List<Tier> tiers = tiers(map, vocabulary);
        BigDecimal rewardCap = map.optional("rewardCap").map(n -> n.asPercent("'rewardCap'")).orElse(null);
        List<Bonus> bonuses = bonuses(map, vocabulary);
        PointsRules pointsRules = map.optional("pointsRules")
                .map(n -> new PointsRulesBinder(vocabulary).bind(n.asMap("'pointsRules'"))).orElse(null);
        Accumulation accumulation = map.optional("accumulation")
                .map(n -> AccumulationBinder.bind(n.asMap("'accumulation'"))).orElse(null);
        DowngradeRule downgrade = map.optional("downgrade")
                .map(n -> DowngradeBinder.bind(n.asMap("'downgrade'"))).orElse(null);
        Membership membership = map.optional("membership")
                .map(n -> MembershipBinder.bind(n.asMap("'membership'"))).orElse(null);
        List<LocalizedText> terms = TextBinder.texts(map, "terms", "'terms'");
        FirstSaleDiscount firstSale = map.optional("firstSaleDiscount")
                .map(n -> FirstSaleDiscountBinder.bind(n.asMap("'firstSaleDiscount'"), vocabulary)).orElse(null);
        return new Program(id, version, effectiveFrom, vendor, name, currency, tiers, categories, certifications,
                roles, checklist, activityTypes, bonuses, rewardCap, pointsRules, accumulation, downgrade, membership,
                terms, firstSale);
    }

    private static List<CatalogItem> catalog(YamlMap map, String key, Vocabulary.Kind kind, Vocabulary vocabulary) {
        List<CatalogItem> items = new ArrayList<>();
        for (YamlNode node : map.listOrEmpty(key, "'" + key + "'")) {
            YamlMap item = node.asMap("an entry of '" + key + "'");
            item.allowOnly("an entry of '" + key + "'", CATALOG_KEYS);
            YamlNode idNode = item.required("id", "the " + kind.noun + " at line " + item.line());
            String id = idNode.asId(kind.noun + " 'id'");
            LocalizedText label = item.optional("label").map(n -> TextBinder.text(n, "'label'"))
                    .orElse(LocalizedText.of(id));
            vocabulary.declare(kind, id, label, idNode.line());
            items.add(new CatalogItem(id, label));
        }
        return items;
    }

    private static List<ActivityType> activityTypes(YamlMap map, Vocabulary vocabulary) {
        List<ActivityType> types = new ArrayList<>();
        for (YamlNode node : map.listOrEmpty("activityTypes", "'activityTypes'")) {
            YamlMap item = node.asMap("an entry of 'activityTypes'");
            item.allowOnly("an entry of 'activityTypes'", ACTIVITY_KEYS);
            YamlNode idNode = item.required("id", "the activity type at line " + item.line());
            String id = idNode.asId("activity type 'id'");
            LocalizedText label = item.optional("label").map(n -> TextBinder.text(n, "'label'"))
                    .orElse(LocalizedText.of(id));
            long points = item.optional("points").map(n -> n.asWholeNumber("'points'")).orElse(0L);
            if (points < 0 || points > Integer.MAX_VALUE) {
                throw new ProblemAt(item.keyLine("points"), "'points' must be a whole number of at least 0, found "
                        + points);
            }
            boolean approval = item.optional("approvalRequired").map(n -> n.asFlag("'approvalRequired'"))
                    .orElse(false);
            vocabulary.declare(Vocabulary.Kind.ACTIVITY, id, label, idNode.line());
            types.add(new ActivityType(id, label, (int) points, approval));
        }
        return types;
    }

    private static List<Tier> tiers(YamlMap map, Vocabulary vocabulary) {
        YamlList list = map.required("tiers", "the program").asList("'tiers'");
        if (list.items().isEmpty()) {
            throw new ProblemAt(list.line(), "'tiers' is empty; a program needs at least one tier");
        }
        for (YamlNode node : list.items()) {
            YamlMap tier = node.asMap("a tier");
            YamlNode idNode = tier.required("id", "the tier at line " + tier.line());
            String id = idNode.asId("tier 'id'");
            LocalizedText label = TextBinder.text(tier.required("label", "tier '" + id + "'"),
                    "tier '" + id + "' 'label'");
            vocabulary.declare(Vocabulary.Kind.TIER, id, label, idNode.line());
        }
        TierBinder binder = new TierBinder(vocabulary);
        List<TierDraft> drafts = list.items().stream().map(n -> binder.bind((YamlMap) n)).toList();
        Map<String, List<LocatedRequirement>> expanded = new TierInheritance(drafts).expandAll();
        new QualificationCycles(expanded).check(drafts.stream().map(TierDraft::id).toList());
        List<Tier> tiers = new ArrayList<>();
        for (TierDraft draft : drafts) {
            List<LocatedRequirement> requirements = expanded.get(draft.id());
            if (draft.addOn() && requirements.stream()
                    .noneMatch(r -> r.requirement() instanceof org.tierdesk.program.Requirement.TierQualified)) {
                throw new ProblemAt(draft.line(), "add-on tier '" + draft.id() + "' needs a 'tier-qualified'"
                        + " requirement naming the tiers it sits on");
            }
            tiers.add(new Tier(draft.id(), draft.label(), draft.track(), draft.addOn(),
                    requirements.stream().map(LocatedRequirement::requirement).toList(), draft.rewards(),
                    draft.benefits(), draft.restrictions(), draft.pointsFloor()));
        }
        return tiers;
    }

    private static List<Bonus> bonuses(YamlMap map, Vocabulary vocabulary) {
        BonusBinder binder = new BonusBinder(vocabulary);
        List<Bonus> bonuses = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (YamlNode node : map.listOrEmpty("bonuses", "'bonuses'")) {
            YamlMap bonusMap = node.asMap("a bonus");
            Bonus bonus = binder.bind(bonusMap);
            Integer first = seen.putIfAbsent(bonus.id(), bonusMap.line());
            if (first != null) {
                throw new ProblemAt(bonusMap.keyLine("id"), "duplicate bonus id '" + bonus.id() + "' (first at line "
                        + first + "); each bonus needs its own id");
            }
            bonuses.add(bonus);
        }
        return bonuses;
    }
}
