package org.tierdesk.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tierdesk.engine.facts.Activity;
import org.tierdesk.engine.facts.Certification;
import org.tierdesk.engine.facts.ChecklistMark;
import org.tierdesk.engine.facts.ExchangeRate;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.facts.PartnerProfile;
import org.tierdesk.engine.facts.Sale;
import org.tierdesk.engine.facts.SalesPlan;
import org.tierdesk.engine.facts.StaffMember;
import org.tierdesk.engine.facts.TierChange;
import org.tierdesk.program.CatalogItem;

/**
 * Writes a scenario in the format {@link ScenarioReader} reads, every default written out, so that reading the
 * written file gives the same facts (the app's export, and a what-if case saved to hand on).
 */
public final class ScenarioWriter {
    private final ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    public String write(Scenario scenario) {
        try {
            return yaml.writeValueAsString(tree(scenario));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(Scenario scenario, Writer out) throws IOException {
        out.write(write(scenario));
        out.flush();
    }

    /** Writes through a temporary file moved into place, so a failed export leaves no half-written file. */
    public void write(Scenario scenario, Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(folder, ".tierdesk-", ".yaml.tmp");
        try {
            Files.writeString(temporary, write(scenario), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private ObjectNode tree(Scenario scenario) {
        PartnerFacts facts = scenario.facts();
        ObjectNode root = yaml.createObjectNode();
        root.put("program", scenario.programReference());
        root.put("asOf", scenario.asOf().toString());
        root.set("partner", partner(facts.profile(), facts.tierHistory()));
        ArrayNode staff = root.putArray("staff");
        facts.staff().forEach(member -> staff.add(staffMember(member)));
        ArrayNode sales = root.putArray("sales");
        facts.sales().forEach(sale -> sales.add(sale(sale)));
        ArrayNode activities = root.putArray("activities");
        facts.activities().forEach(activity -> activities.add(activity(activity)));
        root.set("checklist", checklist(facts, scenario.program().checklistItems()));
        ArrayNode plans = root.putArray("plans");
        facts.plans().forEach(plan -> plans.add(plan(plan)));
        ArrayNode rates = root.putArray("rates");
        facts.rates().forEach(rate -> rates.add(rate(rate)));
        return root;
    }

    private ObjectNode partner(PartnerProfile profile, List<TierChange> history) {
        ObjectNode partner = yaml.createObjectNode();
        partner.put("name", profile.name());
        if (profile.joined() != null) {
            partner.put("joined", profile.joined().toString());
        }
        if (profile.heldTier() != null) {
            partner.put("heldTier", profile.heldTier());
        }
        if (!history.isEmpty()) {
            ArrayNode entries = partner.putArray("tierHistory");
            for (TierChange change : history) {
                ObjectNode entry = entries.addObject();
                entry.put("tier", change.tier());
                entry.put("since", change.since().toString());
                putIfPresent(entry, "reason", change.reason());
                putIfPresent(entry, "changedBy", change.changedBy());
            }
        }
        return partner;
    }

    private ObjectNode staffMember(StaffMember member) {
        ObjectNode node = yaml.createObjectNode();
        node.put("name", member.name());
        ArrayNode roles = node.putArray("roles");
        member.roles().forEach(roles::add);
        ArrayNode certifications = node.putArray("certifications");
        for (Certification certification : member.certifications()) {
            ObjectNode entry = certifications.addObject();
            entry.put("id", certification.id());
            entry.put("earned", certification.earned().toString());
            if (certification.expires() != null) {
                entry.put("expires", certification.expires().toString());
            }
        }
        return node;
    }

    private ObjectNode sale(Sale sale) {
        ObjectNode node = yaml.createObjectNode();
        node.put("date", sale.date().toString());
        node.put("amount", plain(sale.amount().amount()));
        node.put("currency", sale.amount().currency());
        putIfPresent(node, "category", sale.category());
        node.put("licenses", sale.licenses());
        putIfPresent(node, "product", sale.product());
        if (sale.returned() != null) {
            node.put("returned", sale.returned().toString());
        }
        return node;
    }

    private ObjectNode activity(Activity activity) {
        ObjectNode node = yaml.createObjectNode();
        node.put("date", activity.date().toString());
        node.put("type", activity.type());
        node.put("approved", activity.approved());
        if (activity.cost() != null) {
            node.put("cost", plain(activity.cost().amount()));
            node.put("currency", activity.cost().currency());
        }
        putIfPresent(node, "description", activity.description());
        return node;
    }

    /** Items in the program's order, so an exported file reads like the program's checklist. */
    private ObjectNode checklist(PartnerFacts facts, List<CatalogItem> programItems) {
        List<String> order = programItems.stream().map(CatalogItem::id).toList();
        List<ChecklistMark> marks = new ArrayList<>(facts.checklist().values());
        marks.sort(Comparator.comparingInt((ChecklistMark m) -> order.indexOf(m.item()) < 0
                ? Integer.MAX_VALUE : order.indexOf(m.item())).thenComparing(ChecklistMark::item));
        ObjectNode node = yaml.createObjectNode();
        for (ChecklistMark mark : marks) {
            if (mark.done() && mark.since() != null) {
                node.put(mark.item(), mark.since().toString());
            } else {
                node.put(mark.item(), mark.done());
            }
        }
        return node;
    }

    private ObjectNode plan(SalesPlan plan) {
        ObjectNode node = yaml.createObjectNode();
        node.put("year", plan.year());
        node.put("amount", plain(plan.amount().amount()));
        node.put("currency", plan.amount().currency());
        return node;
    }

    private ObjectNode rate(ExchangeRate rate) {
        ObjectNode node = yaml.createObjectNode();
        node.put("date", rate.date().toString());
        node.put("from", rate.from());
        node.put("to", rate.to());
        node.put("rate", plain(rate.rate()));
        return node;
    }

    private static void putIfPresent(ObjectNode node, String key, String value) {
        if (value != null) {
            node.put(key, value);
        }
    }

    /** Keeps the amount's own digits (no exponent): 1E+5 would read back as the same number but look odd. */
    private static BigDecimal plain(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0) : value;
    }
}
