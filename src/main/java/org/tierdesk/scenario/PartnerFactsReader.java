package org.tierdesk.scenario;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tierdesk.engine.facts.Activity;
import org.tierdesk.engine.facts.Certification;
import org.tierdesk.engine.facts.ChecklistMark;
import org.tierdesk.engine.facts.ExchangeRate;
import org.tierdesk.engine.facts.Money;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.facts.PartnerProfile;
import org.tierdesk.engine.facts.Sale;
import org.tierdesk.engine.facts.SalesPlan;
import org.tierdesk.engine.facts.StaffMember;
import org.tierdesk.engine.facts.TierChange;
import org.tierdesk.engine.money.CurrencyConverter;
import org.tierdesk.program.CatalogItem;
import org.tierdesk.program.Program;
import org.tierdesk.program.RewardCategory;
import org.tierdesk.program.Tier;

/**
 * Turns the sections of a scenario file into a partner's facts under one program: defaults as SCENARIOS.md says,
 * every id checked against the program's vocabulary, every foreign amount checked for a rate. Sales, activities
 * and staff get their 1-based position as id, so the points ledger can name them.
 */
final class PartnerFactsReader {
    static final List<String> PARTNER_KEYS = List.of("name", "joined", "heldTier", "tierHistory");
    static final List<String> TIER_CHANGE_KEYS = List.of("tier", "since", "reason", "changedBy");
    static final List<String> STAFF_KEYS = List.of("name", "roles", "certifications");
    static final List<String> CERTIFICATION_KEYS = List.of("id", "earned", "expires");
    static final List<String> SALE_KEYS =
            List.of("date", "amount", "currency", "category", "licenses", "product", "returned");
    static final List<String> ACTIVITY_KEYS = List.of("date", "type", "approved", "cost", "currency", "description");
    static final List<String> PLAN_KEYS = List.of("year", "amount", "currency");
    static final List<String> RATE_KEYS = List.of("date", "from", "to", "rate");

    private final Program program;
    private final Problems problems;
    private final String defaultPartnerName;

    PartnerFactsReader(Program program, Problems problems, String defaultPartnerName) {
        this.program = program;
        this.problems = problems;
        this.defaultPartnerName = defaultPartnerName;
    }

    /** Reads the facts; the result is meaningful only when no problem was added. */
    PartnerFacts read(MappingFields root) {
        List<ExchangeRate> rates = rates(root.list("rates"));
        CurrencyConverter converter = CurrencyConverter.of(rates);
        Optional<MappingFields> partner = root.required("partner")
                .flatMap(node -> MappingFields.of(node, "partner", PARTNER_KEYS, problems));
        PartnerProfile profile = partner.map(this::profile).orElse(null);
        List<TierChange> history = partner.map(p -> tierHistory(p.list("tierHistory"))).orElse(List.of());
        return new PartnerFacts(profile, history, staff(root.list("staff")), sales(root.list("sales"), converter),
                activities(root.list("activities"), converter), checklist(root), plans(root.list("plans"), converter),
                rates);
    }

    private PartnerProfile profile(MappingFields partner) {
        String name = partner.text("name", false).orElse(defaultPartnerName);
        LocalDate joined = partner.date("joined", true).orElse(null);
        String held = partner.text("heldTier", false).filter(t -> knownTier(t, partner.line("heldTier")))
                .orElse(null);
        return new PartnerProfile(name, joined, held);
    }

    private List<TierChange> tierHistory(List<ScenarioNode> entries) {
        List<TierChange> history = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String where = "tierHistory entry " + (i + 1);
            MappingFields.of(entries.get(i), where, TIER_CHANGE_KEYS, problems).ifPresent(f -> {
                Optional<String> tier = f.text("tier", true).filter(t -> knownTier(t, f.line("tier")));
                Optional<LocalDate> since = f.date("since", true);
                String reason = f.text("reason", false).orElse(null);
                String by = f.text("changedBy", false).orElse(null);
                if (tier.isPresent() && since.isPresent()) {
                    if (!history.isEmpty() && since.get().isBefore(history.get(history.size() - 1).since())) {
                        problems.add(f.line("since"), where + " is dated " + since.get() + ", before the entry above it"
                                + " (tierHistory goes oldest first)");
                    }
                    history.add(new TierChange(tier.get(), since.get(), reason, by));
                }
            });
        }
        return history;
    }

    private List<StaffMember> staff(List<ScenarioNode> entries) {
        List<StaffMember> staff = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            int position = i + 1;
            String where = "staff member " + position;
            MappingFields.of(entries.get(i), where, STAFF_KEYS, problems).ifPresent(f -> {
                String name = f.text("name", false).orElse("Staff member " + position);
                List<String> roles = new ArrayList<>();
                for (ScenarioNode role : f.list("roles")) {
                    if (role instanceof ScenarioNode.Scalar s && !s.isNull() && s.kind() == ScenarioNode.Kind.STRING) {
                        roles.add(s.text());
                    } else {
                        problems.add(role.line(), "a role of " + where + " must be a word, not " + role.describe());
                    }
                }
                List<Certification> certifications = new ArrayList<>();
                List<ScenarioNode> certNodes = f.list("certifications");
                for (int c = 0; c < certNodes.size(); c++) {
                    certification(certNodes.get(c), where + ", certification " + (c + 1))
                            .ifPresent(certifications::add);
                }
                staff.add(new StaffMember(position, name, roles, certifications));
            });
        }
        return staff;
    }

    private Optional<Certification> certification(ScenarioNode node, String where) {
        return MappingFields.of(node, where, CERTIFICATION_KEYS, problems).flatMap(f -> {
            Optional<String> id = f.text("id", true).filter(c -> known(c, f.line("id"), "certification",
                    program.certifications().stream().map(CatalogItem::id).toList()));
            Optional<LocalDate> earned = f.date("earned", true);
            Optional<LocalDate> expires = f.date("expires", false);
            if (earned.isPresent() && expires.isPresent() && expires.get().isBefore(earned.get())) {
                problems.add(f.line("expires"), where + " expires on " + expires.get() + ", before it was earned on "
                        + earned.get());
                return Optional.empty();
            }
            if (id.isEmpty() || earned.isEmpty() || f.has("expires") && expires.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Certification(id.get(), earned.get(), expires.orElse(null)));
        });
    }

    private List<Sale> sales(List<ScenarioNode> entries, CurrencyConverter converter) {
        List<Sale> sales = new ArrayList<>();
        List<String> categories = program.rewardCategories().stream().map(RewardCategory::id).toList();
        for (int i = 0; i < entries.size(); i++) {
            int position = i + 1;
            String where = "sale " + position;
            MappingFields.of(entries.get(i), where, SALE_KEYS, problems).ifPresent(f -> {
                Optional<LocalDate> date = f.date("date", true);
                Optional<BigDecimal> amount = f.amount("amount", true);
                Optional<String> currency = f.currency("currency", false);
                String currencyCode = currency.orElse(program.currency());
                boolean currencyOk = !f.has("currency") || currency.isPresent();
                String category = null;
                boolean categoryOk = true;
                if (f.has("category")) {
                    Optional<String> named = f.text("category", false)
                            .filter(c -> known(c, f.line("category"), "category", categories));
                    categoryOk = named.isPresent();
                    category = named.orElse(null);
                } else {
                    category = program.defaultCategory();
                }
                Optional<Integer> licenses = f.whole("licenses", false).filter(n -> notNegative(n, f, "licenses"));
                boolean licensesOk = !f.has("licenses") || licenses.isPresent();
                String product = f.text("product", false).orElse(null);
                Optional<LocalDate> returned = f.date("returned", false);
                boolean returnedOk = !f.has("returned") || returned.isPresent();
                if (date.isPresent() && returned.isPresent() && returned.get().isBefore(date.get())) {
                    problems.add(f.line("returned"), where + " is returned on " + returned.get()
                            + ", before it was made on " + date.get());
                    returnedOk = false;
                }
                if (date.isPresent() && currency.isPresent()) {
                    currencyOk = convertible(converter, currencyCode, date.get(), f.line("currency"), where);
                }
                if (date.isPresent() && amount.isPresent() && currencyOk && categoryOk && licensesOk && returnedOk) {
                    sales.add(new Sale(position, date.get(), new Money(amount.get(), currencyCode), category,
                            licenses.orElse(1), product, returned.orElse(null)));
                }
            });
        }
        return sales;
    }

    private List<Activity> activities(List<ScenarioNode> entries, CurrencyConverter converter) {
        List<Activity> activities = new ArrayList<>();
        List<String> types = program.activityTypes().stream().map(t -> t.id()).toList();
        for (int i = 0; i < entries.size(); i++) {
            int position = i + 1;
            String where = "activity " + position;
            MappingFields.of(entries.get(i), where, ACTIVITY_KEYS, problems).ifPresent(f -> {
                Optional<LocalDate> date = f.date("date", true);
                Optional<String> type = f.text("type", true)
                        .filter(t -> known(t, f.line("type"), "activity type", types));
                Optional<Boolean> approved = f.bool("approved");
                Optional<BigDecimal> cost = f.amount("cost", false);
                Optional<String> currency = f.currency("currency", false);
                String currencyCode = currency.orElse(program.currency());
                boolean ok = (!f.has("approved") || approved.isPresent()) && (!f.has("cost") || cost.isPresent())
                        && (!f.has("currency") || currency.isPresent());
                if (date.isPresent() && cost.isPresent() && currency.isPresent()) {
                    ok &= convertible(converter, currencyCode, date.get(), f.line("currency"), where);
                }
                String description = f.text("description", false).orElse(null);
                if (ok && date.isPresent() && type.isPresent()) {
                    activities.add(new Activity(position, date.get(), type.get(), approved.orElse(false),
                            cost.map(c -> new Money(c, currencyCode)).orElse(null), description));
                }
            });
        }
        return activities;
    }

    private Map<String, ChecklistMark> checklist(MappingFields root) {
        Map<String, ChecklistMark> marks = new LinkedHashMap<>();
        Optional<ScenarioNode> node = root.present("checklist");
        if (node.isEmpty()) {
            return marks;
        }
        if (!(node.get() instanceof ScenarioNode.Mapping mapping)) {
            problems.add(node.get().line(), "'checklist' must map checklist item ids to true, false or a date, not "
                    + node.get().describe());
            return marks;
        }
        List<String> items = program.checklistItems().stream().map(CatalogItem::id).toList();
        for (ScenarioNode.Entry entry : mapping.entries().values()) {
            if (!known(entry.key(), entry.keyLine(), "checklist item", items)) {
                continue;
            }
            ScenarioNode value = entry.value();
            if (value instanceof ScenarioNode.Scalar s && s.kind() == ScenarioNode.Kind.BOOLEAN) {
                marks.put(entry.key(), new ChecklistMark(entry.key(), Boolean.parseBoolean(s.text()), null));
            } else if (value instanceof ScenarioNode.Scalar s && s.kind() == ScenarioNode.Kind.STRING) {
                // A date means "done since then"; MappingFields reports a malformed one.
                MappingFields.dateOf(value, entry.key(), "checklist", problems)
                        .ifPresent(since -> marks.put(entry.key(), new ChecklistMark(entry.key(), true, since)));
            } else {
                problems.add(value.line(), "checklist item '" + entry.key() + "' must be true, false or a date"
                        + " (YYYY-MM-DD), not " + value.describe());
            }
        }
        return marks;
    }

    private List<SalesPlan> plans(List<ScenarioNode> entries, CurrencyConverter converter) {
        List<SalesPlan> plans = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String where = "plan " + (i + 1);
            MappingFields.of(entries.get(i), where, PLAN_KEYS, problems).ifPresent(f -> {
                Optional<Integer> year = f.whole("year", true).filter(y -> {
                    if (y < 1900 || y > 9999) {
                        problems.add(f.line("year"), "'year' in " + where + " must be a calendar year, not " + y);
                        return false;
                    }
                    return true;
                });
                Optional<BigDecimal> amount = f.amount("amount", true);
                Optional<String> currency = f.currency("currency", false);
                String currencyCode = currency.orElse(program.currency());
                boolean ok = !f.has("currency") || currency.isPresent();
                if (year.isPresent() && currency.isPresent()) {
                    ok &= convertible(converter, currencyCode, LocalDate.of(year.get(), 1, 1), f.line("currency"), where);
                }
                if (ok && year.isPresent() && amount.isPresent()) {
                    if (plans.stream().anyMatch(p -> p.year() == year.get())) {
                        problems.add(f.line("year"), where + " is a second plan for " + year.get()
                                + " (one agreed plan per year)");
                    } else {
                        plans.add(new SalesPlan(year.get(), new Money(amount.get(), currencyCode)));
                    }
                }
            });
        }
        return plans;
    }

    private List<ExchangeRate> rates(List<ScenarioNode> entries) {
        List<ExchangeRate> rates = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String where = "rate " + (i + 1);
            MappingFields.of(entries.get(i), where, RATE_KEYS, problems).ifPresent(f -> {
                Optional<LocalDate> date = f.date("date", true);
                Optional<String> from = f.currency("from", true);
                Optional<String> to = f.currency("to", true);
                Optional<BigDecimal> rate = f.decimal("rate", true).filter(r -> {
                    if (r.signum() <= 0) {
                        problems.add(f.line("rate"), "'rate' in " + where + " must be above zero, not "
                                + r.toPlainString());
                        return false;
                    }
                    return true;
                });
                if (from.isPresent() && to.isPresent() && from.get().equals(to.get())) {
                    problems.add(f.line("to"), where + " converts " + from.get() + " to itself");
                    return;
                }
                if (date.isPresent() && from.isPresent() && to.isPresent() && rate.isPresent()) {
                    rates.add(new ExchangeRate(date.get(), from.get(), to.get(), rate.get()));
                }
            });
        }
        return rates;
    }

    private boolean convertible(CurrencyConverter converter, String currency, LocalDate on, int line, String where) {
        if (converter.canConvert(currency, program.currency(), on)) {
            return true;
        }
        problems.add(line, "no exchange rate from " + currency + " to " + program.currency() + " (the program's"
                + " currency) in force on " + on + " for " + where + "; add a 'rates' entry dated on or before it");
        return false;
    }

    private boolean notNegative(int value, MappingFields f, String key) {
        if (value < 0) {
            problems.add(f.line(key), "negative '" + key + "' " + value + " in " + f.where());
            return false;
        }
        return true;
    }

    private boolean knownTier(String tier, int line) {
        return known(tier, line, "tier", program.tiers().stream().map(Tier::id).toList());
    }

    private boolean known(String id, int line, String kind, List<String> ids) {
        if (ids.contains(id)) {
            return true;
        }
        problems.add(line, "unknown " + kind + " '" + id + "' for program " + program.id()
                + (ids.isEmpty() ? " (it defines none)" : " (expected one of: " + String.join(", ", ids) + ")"));
        return false;
    }
}
