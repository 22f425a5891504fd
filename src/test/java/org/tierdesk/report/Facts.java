package org.tierdesk.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/** A partner's raw facts written briefly in tests. */
final class Facts {
    private final String name;
    private final LocalDate joined;
    private final String held;
    private final String currency;
    private final String category;
    private final List<TierChange> history = new ArrayList<>();
    private final List<StaffMember> staff = new ArrayList<>();
    private final List<Sale> sales = new ArrayList<>();
    private final List<Activity> activities = new ArrayList<>();
    private final Map<String, ChecklistMark> checklist = new LinkedHashMap<>();
    private final List<SalesPlan> plans = new ArrayList<>();
    private final List<ExchangeRate> rates = new ArrayList<>();

    private Facts(String name, LocalDate joined, String held, String currency, String category) {
        this.name = name;
        this.joined = joined;
        this.held = held;
        this.currency = currency;
        this.category = category;
    }

    static Facts partner(String name, String joined, String held, String currency, String category) {
        return new Facts(name, LocalDate.parse(joined), held, currency, category);
    }

    Facts done(String... items) {
        for (String item : items) {
            checklist.put(item, new ChecklistMark(item, true, null));
        }
        return this;
    }

    Facts certified(String person, String certification, String roles) {
        staff.add(new StaffMember(staff.size() + 1L, person, roles.isEmpty() ? List.of() : List.of(roles.split(",")),
                certification.isEmpty() ? List.of()
                        : List.of(new Certification(certification, joined, null))));
        return this;
    }

    Facts sale(String date, String amount, int licenses) {
        sales.add(new Sale(sales.size() + 1L, LocalDate.parse(date), new Money(new BigDecimal(amount), currency),
                category, licenses, "Product", null));
        return this;
    }

    Facts activity(String date, String type, boolean approved) {
        activities.add(new Activity(activities.size() + 1L, LocalDate.parse(date), type, approved, null,
                type + " " + date));
        return this;
    }

    Facts plan(int year, String amount) {
        plans.add(new SalesPlan(year, new Money(new BigDecimal(amount), currency)));
        return this;
    }

    Facts heldSince(String tier, String since) {
        history.add(new TierChange(tier, LocalDate.parse(since), "granted", "manager"));
        return this;
    }

    PartnerFacts build() {
        return new PartnerFacts(new PartnerProfile(name, joined, held), history, staff, sales, activities, checklist,
                plans, rates);
    }
}
