package org.tierdesk.store.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.tierdesk.engine.whatif.ExtraSales;
import org.tierdesk.engine.whatif.WhatIf;
import org.tierdesk.program.Window;

/**
 * A {@link WhatIf} as the JSON text a saved plan keeps: amounts as strings (exact decimals), windows and dates by
 * their public ids, version 1. Reading names the key that is wrong; a key it does not know is refused, so a plan
 * written by a newer TierDesk is not silently half-read.
 */
public final class PlanBody {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int VERSION = 1;
    private static final Set<String> KEYS = Set.of("version", "asOf", "sales", "certifiedStaff", "staffInRole",
            "activities", "activityEachQuarter", "checklistDone", "planAgreed", "planAmount", "planMet");
    private static final Set<String> SALE_KEYS = Set.of("window", "category", "amount", "licenses");

    private PlanBody() {
    }

    public static String write(WhatIf whatIf) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        if (whatIf.asOf() != null) {
            root.put("asOf", whatIf.asOf().toString());
        }
        ArrayNode sales = root.putArray("sales");
        for (ExtraSales extra : whatIf.sales()) {
            ObjectNode sale = sales.addObject();
            if (extra.window() != null) {
                sale.put("window", extra.window().id());
            }
            if (extra.category() != null) {
                sale.put("category", extra.category());
            }
            sale.put("amount", extra.amount().toPlainString());
            sale.put("licenses", extra.licenses());
        }
        counts(root.putObject("certifiedStaff"), whatIf.certifiedStaff());
        counts(root.putObject("staffInRole"), whatIf.staffInRole());
        counts(root.putObject("activities"), whatIf.activities());
        whatIf.activityEachQuarter().forEach(root.putArray("activityEachQuarter")::add);
        if (whatIf.activityEachQuarter().isEmpty()) {
            root.putArray("activityEachQuarter");
        }
        ArrayNode done = root.putArray("checklistDone");
        whatIf.checklistDone().forEach(done::add);
        root.put("planAgreed", whatIf.planAgreed());
        if (whatIf.planAmount() != null) {
            root.put("planAmount", whatIf.planAmount().toPlainString());
        }
        root.put("planMet", whatIf.planMet());
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a what-if could not be written as JSON", e);
        }
    }

    /** @throws InvalidPlanException naming the key that is wrong */
    public static WhatIf read(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidPlanException("the plan is not valid JSON at line " + e.getLocation().getLineNr()
                    + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidPlanException("the plan is not a JSON object");
        }
        root.fieldNames().forEachRemaining(key -> {
            if (!KEYS.contains(key)) {
                throw new InvalidPlanException("unknown key '" + key + "' in the plan");
            }
        });
        int version = root.path("version").asInt(-1);
        if (version != VERSION) {
            throw new InvalidPlanException("'version' must be " + VERSION + ", found " + root.path("version"));
        }
        WhatIf whatIf = WhatIf.NONE;
        for (JsonNode sale : array(root, "sales")) {
            sale.fieldNames().forEachRemaining(key -> {
                if (!SALE_KEYS.contains(key)) {
                    throw new InvalidPlanException("unknown key '" + key + "' in an entry of 'sales'");
                }
            });
            Window window = sale.hasNonNull("window") ? window(sale.get("window").asText()) : null;
            String category = sale.hasNonNull("category") ? sale.get("category").asText() : null;
            BigDecimal amount = amount(sale.path("amount"), "'amount' of a sale");
            long licenses = count(sale.path("licenses"), "'licenses' of a sale");
            ExtraSales before = whatIf.salesIn(window, category);
            whatIf = whatIf.withSales(window, category, before.amount().add(amount), before.licenses() + licenses);
        }
        for (Map.Entry<String, Integer> e : counts(root, "certifiedStaff").entrySet()) {
            whatIf = whatIf.withCertified(e.getKey(), e.getValue());
        }
        for (Map.Entry<String, Integer> e : counts(root, "staffInRole").entrySet()) {
            whatIf = whatIf.withRole(e.getKey(), e.getValue());
        }
        for (Map.Entry<String, Integer> e : counts(root, "activities").entrySet()) {
            whatIf = whatIf.withActivities(e.getKey(), e.getValue());
        }
        for (String type : ids(root, "activityEachQuarter")) {
            whatIf = whatIf.withActivityEachQuarter(type, true);
        }
        for (String item : ids(root, "checklistDone")) {
            whatIf = whatIf.withChecklist(item, true);
        }
        boolean agreed = flag(root, "planAgreed");
        BigDecimal planAmount = root.hasNonNull("planAmount") ? amount(root.get("planAmount"), "'planAmount'") : null;
        whatIf = whatIf.withPlanAgreed(agreed, planAmount).withPlanMet(flag(root, "planMet"));
        if (root.hasNonNull("asOf")) {
            try {
                whatIf = whatIf.withAsOf(LocalDate.parse(root.get("asOf").asText()));
            } catch (DateTimeParseException e) {
                throw new InvalidPlanException("'asOf' must be a date like 2026-09-30, found '"
                        + root.get("asOf").asText() + "'");
            }
        }
        return whatIf;
    }

    private static void counts(ObjectNode node, Map<String, Integer> counts) {
        counts.forEach(node::put);
    }

    private static Iterable<JsonNode> array(JsonNode root, String key) {
        JsonNode node = root.path(key);
        if (node.isMissingNode() || node.isNull()) {
            return java.util.List.of();
        }
        if (!node.isArray()) {
            throw new InvalidPlanException("'" + key + "' must be a list");
        }
        return node;
    }

    private static Map<String, Integer> counts(JsonNode root, String key) {
        JsonNode node = root.path(key);
        Map<String, Integer> counts = new HashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return counts;
        }
        if (!node.isObject()) {
            throw new InvalidPlanException("'" + key + "' must be an object of id → count");
        }
        node.fields().forEachRemaining(e -> counts.put(e.getKey(),
                (int) count(e.getValue(), "'" + key + "' of '" + e.getKey() + "'")));
        return counts;
    }

    private static Set<String> ids(JsonNode root, String key) {
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode node : array(root, key)) {
            if (!node.isTextual()) {
                throw new InvalidPlanException("'" + key + "' must list ids, found " + node);
            }
            ids.add(node.asText());
        }
        return ids;
    }

    private static boolean flag(JsonNode root, String key) {
        JsonNode node = root.path(key);
        if (node.isMissingNode() || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw new InvalidPlanException("'" + key + "' must be true or false, found " + node);
        }
        return node.booleanValue();
    }

    private static BigDecimal amount(JsonNode node, String what) {
        try {
            BigDecimal amount = new BigDecimal(node.asText());
            if (amount.signum() < 0) {
                throw new InvalidPlanException(what + " must not be negative, found " + amount.toPlainString());
            }
            return amount;
        } catch (NumberFormatException e) {
            throw new InvalidPlanException(what + " must be a number, found " + node);
        }
    }

    private static long count(JsonNode node, String what) {
        if (node.isMissingNode() || node.isNull()) {
            return 0;
        }
        if (!node.canConvertToLong() || !node.isIntegralNumber() || node.asLong() < 0
                || node.asLong() > Integer.MAX_VALUE) {
            throw new InvalidPlanException(what + " must be a whole number of at least 0, found " + node);
        }
        return node.asLong();
    }

    private static Window window(String id) {
        try {
            return Window.byId(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidPlanException("unknown window '" + id + "' in 'sales'");
        }
    }
}
