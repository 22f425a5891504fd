package org.tierdesk.program.file;

import org.tierdesk.program.LocalizedText;
import org.tierdesk.program.Requirement;
import org.tierdesk.program.VolumeUnit;
import org.tierdesk.program.Window;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads one requirement: {@code kind} picks the record, the kind's keys fill it, and {@code id}/{@code label} default
 * to the scheme of docs/program-format.md when the file leaves them out.
 */
final class RequirementBinder {
    private static final Set<String> COMMON = Set.of("kind", "id", "label", "note");
    private static final Map<String, Set<String>> KEYS = Map.ofEntries(
            Map.entry("checklist", Set.of("item")),
            Map.entry("certified-staff", Set.of("certification", "count")),
            Map.entry("staff-in-role", Set.of("role", "count")),
            Map.entry("sales-volume", Set.of("unit", "window", "category", "minimum")),
            Map.entry("points", Set.of("minimum")),
            Map.entry("activity-count", Set.of("activityType", "window", "minimum", "approvedOnly")),
            Map.entry("activity-ratio", Set.of("numerator", "denominator", "window", "ratio", "strict",
                    "minimumDenominator")),
            Map.entry("quarterly-activity", Set.of("activityType", "quarters")),
            Map.entry("plan-agreed", Set.of()),
            Map.entry("plan-met", Set.of("window")),
            Map.entry("tier-qualified", Set.of("tiers")));

    private final Vocabulary vocabulary;

    RequirementBinder(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    LocatedRequirement bind(YamlNode node, String where) {
        YamlMap map = node.asMap("a requirement of " + where);
        String what = "the requirement at line " + map.line();
        YamlNode kindNode = map.required("kind", "the requirement of " + where);
        String kind = kindNode.asText("'kind'");
        Set<String> own = KEYS.get(kind);
        if (own == null) {
            throw new ProblemAt(kindNode.line(), "unknown requirement kind '" + kind + "'; use one of: "
                    + KEYS.keySet().stream().sorted().collect(Collectors.joining(", ")));
        }
        Set<String> allowed = new HashSet<>(COMMON);
        allowed.addAll(own);
        map.allowOnly("the '" + kind + "' requirement", allowed);
        LocalizedText note = TextBinder.optional(map, "note", "'note'");
        Requirement bound = switch (kind) {
            case "checklist" -> checklist(map, note, what);
            case "certified-staff" -> certifiedStaff(map, note, what);
            case "staff-in-role" -> staffInRole(map, note, what);
            case "sales-volume" -> salesVolume(map, note, what);
            case "points" -> points(map, note, what);
            case "activity-count" -> activityCount(map, note, what);
            case "activity-ratio" -> activityRatio(map, note, what);
            case "quarterly-activity" -> quarterly(map, note, what);
            case "plan-agreed" -> new Requirement.PlanAgreed(id(map, "sales-plan-agreed"),
                    label(map, RequirementLabels.planAgreed()), note);
            case "plan-met" -> planMet(map, note);
            case "tier-qualified" -> tierQualified(map, note, what);
            default -> throw new IllegalStateException(kind);
        };
        return new LocatedRequirement(bound, map.line());
    }

    private Requirement checklist(YamlMap map, LocalizedText note, String what) {
        YamlNode itemNode = map.required("item", what);
        String item = itemNode.asId("'item'");
        LocalizedText itemLabel = vocabulary.require(Vocabulary.Kind.CHECKLIST, item, itemNode.line());
        return new Requirement.Checklist(id(map, item), label(map, itemLabel), note, item);
    }

    private Requirement certifiedStaff(YamlMap map, LocalizedText note, String what) {
        YamlNode certNode = map.required("certification", what);
        String certification = certNode.asId("'certification'");
        LocalizedText certLabel = vocabulary.require(Vocabulary.Kind.CERTIFICATION, certification, certNode.line());
        int count = positiveCount(map, "count");
        return new Requirement.CertifiedStaff(id(map, "certified-" + certification),
                label(map, RequirementLabels.certifiedStaff(certLabel, count)), note, certification, count);
    }

    private Requirement staffInRole(YamlMap map, LocalizedText note, String what) {
        YamlNode roleNode = map.required("role", what);
        String role = roleNode.asId("'role'");
        LocalizedText roleLabel = vocabulary.require(Vocabulary.Kind.ROLE, role, roleNode.line());
        int count = positiveCount(map, "count");
        return new Requirement.StaffInRole(id(map, "role-" + role),
                label(map, RequirementLabels.staffInRole(roleLabel, count)), note, role, count);
    }

    private Requirement salesVolume(YamlMap map, LocalizedText note, String what) {
        VolumeUnit unit = map.optional("unit").map(RequirementBinder::unit).orElse(VolumeUnit.AMOUNT);
        Window window = window(map.required("window", what));
        BigDecimal minimum = map.required("minimum", what).asNonNegative("'minimum'");
        String category = null;
        LocalizedText categoryLabel = null;
        if (map.has("category")) {
            YamlNode categoryNode = map.required("category", what);
            category = categoryNode.asId("'category'");
            categoryLabel = vocabulary.require(Vocabulary.Kind.CATEGORY, category, categoryNode.line());
        }
        String measure = unit == VolumeUnit.LICENSES ? "licenses" : "sales";
        String defaultId = measure + (category == null ? "" : "-" + category) + "-" + window.id();
        LocalizedText defaultLabel = unit == VolumeUnit.LICENSES
                ? RequirementLabels.licenses(minimum, window, categoryLabel)
                : RequirementLabels.amount(minimum, vocabulary.currency, window, categoryLabel);
        return new Requirement.SalesVolume(id(map, defaultId), label(map, defaultLabel), note, unit, window,
                category, minimum);
    }

    private Requirement points(YamlMap map, LocalizedText note, String what) {
        YamlNode minimumNode = map.required("minimum", what);
        long minimum = minimumNode.asWholeNumber("'minimum'");
        if (minimum < 0) {
            throw new ProblemAt(minimumNode.line(), "'minimum' must not be negative, found " + minimum);
        }
        return new Requirement.Points(id(map, "points"), label(map, RequirementLabels.points(minimum)), note,
                minimum);
    }

    private Requirement activityCount(YamlMap map, LocalizedText note, String what) {
        YamlNode typeNode = map.required("activityType", what);
        String type = typeNode.asId("'activityType'");
        LocalizedText typeLabel = vocabulary.require(Vocabulary.Kind.ACTIVITY, type, typeNode.line());
        Window window = window(map.required("window", what));
        int minimum = map.optional("minimum").map(n -> n.asCount("'minimum'")).orElse(1);
        boolean approvedOnly = map.optional("approvedOnly").map(n -> n.asFlag("'approvedOnly'")).orElse(false);
        return new Requirement.ActivityCount(id(map, "activity-" + type),
                label(map, RequirementLabels.activityCount(typeLabel, minimum, window, approvedOnly)), note, type,
                window, minimum, approvedOnly);
    }

    private Requirement activityRatio(YamlMap map, LocalizedText note, String what) {
        YamlNode numeratorNode = map.required("numerator", what);
        String numerator = numeratorNode.asId("'numerator'");
        LocalizedText numeratorLabel = vocabulary.require(Vocabulary.Kind.ACTIVITY, numerator, numeratorNode.line());
        YamlNode denominatorNode = map.required("denominator", what);
        String denominator = denominatorNode.asId("'denominator'");
        LocalizedText denominatorLabel =
                vocabulary.require(Vocabulary.Kind.ACTIVITY, denominator, denominatorNode.line());
        Window window = window(map.required("window", what));
        BigDecimal ratio = map.required("ratio", what).asNonNegative("'ratio'");
        boolean strict = map.optional("strict").map(n -> n.asFlag("'strict'")).orElse(false);
        int minimumDenominator = map.optional("minimumDenominator")
                .map(n -> n.asCount("'minimumDenominator'")).orElse(0);
        return new Requirement.ActivityRatio(id(map, numerator + "-per-" + denominator),
                label(map, RequirementLabels.activityRatio(numeratorLabel, denominatorLabel, ratio, strict, window)),
                note, numerator, denominator, window, ratio, strict, minimumDenominator);
    }

    private Requirement quarterly(YamlMap map, LocalizedText note, String what) {
        YamlNode typeNode = map.required("activityType", what);
        String type = typeNode.asId("'activityType'");
        LocalizedText typeLabel = vocabulary.require(Vocabulary.Kind.ACTIVITY, type, typeNode.line());
        YamlNode quartersNode = map.required("quarters", what);
        int quarters = quartersNode.asCount("'quarters'");
        if (quarters < 1) {
            throw new ProblemAt(quartersNode.line(), "'quarters' must be at least 1, found " + quarters);
        }
        return new Requirement.QuarterlyActivity(id(map, type + "-quarterly"),
                label(map, RequirementLabels.quarterly(typeLabel, quarters)), note, type, quarters);
    }

    private Requirement planMet(YamlMap map, LocalizedText note) {
        Window window = map.optional("window").map(RequirementBinder::window).orElse(Window.MEMBERSHIP_YEAR);
        return new Requirement.PlanMet(id(map, "sales-plan-met"), label(map, RequirementLabels.planMet(window)),
                note, window);
    }

    private Requirement tierQualified(YamlMap map, LocalizedText note, String what) {
        YamlList list = map.required("tiers", what).asList("'tiers'");
        if (list.items().isEmpty()) {
            throw new ProblemAt(list.line(), "'tiers' is empty; name at least one tier that must be qualified");
        }
        List<String> tiers = new ArrayList<>();
        List<LocalizedText> labels = new ArrayList<>();
        for (YamlNode item : list.items()) {
            String tier = item.asId("a tier in 'tiers'");
            labels.add(vocabulary.require(Vocabulary.Kind.TIER, tier, item.line()));
            tiers.add(tier);
        }
        return new Requirement.TierQualified(id(map, "qualified-tier"),
                label(map, RequirementLabels.tierQualified(labels)), note, tiers);
    }

    private static int positiveCount(YamlMap map, String key) {
        if (!map.has(key)) {
            return 1;
        }
        YamlNode node = map.required(key, "");
        int count = node.asCount("'" + key + "'");
        if (count < 1) {
            throw new ProblemAt(node.line(), "'" + key + "' must be at least 1, found " + count);
        }
        return count;
    }

    private static String id(YamlMap map, String fallback) {
        return map.optional("id").map(n -> n.asId("requirement 'id'")).orElse(fallback);
    }

    private static LocalizedText label(YamlMap map, LocalizedText fallback) {
        return map.optional("label").map(n -> TextBinder.text(n, "'label'")).orElse(fallback);
    }

    private static VolumeUnit unit(YamlNode node) {
        String text = node.asText("'unit'");
        return switch (text) {
            case "amount" -> VolumeUnit.AMOUNT;
            case "licenses" -> VolumeUnit.LICENSES;
            default -> throw new ProblemAt(node.line(), "unknown unit '" + text + "'; use amount or licenses");
        };
    }

    static Window window(YamlNode node) {
        String text = node.asText("'window'");
        return Arrays.stream(Window.values()).filter(w -> w.id().equals(text)).findFirst()
                .orElseThrow(() -> new ProblemAt(node.line(), "unknown window '" + text + "'; use one of: "
                        + Arrays.stream(Window.values()).map(Window::id).collect(Collectors.joining(", "))));
    }
}
