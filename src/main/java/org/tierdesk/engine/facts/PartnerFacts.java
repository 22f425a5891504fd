package org.tierdesk.engine.facts;

import java.util.List;
import java.util.Map;

/** Everything known about one partner, as plain values (a scenario file, or the store's rows). */
public record PartnerFacts(PartnerProfile profile, List<TierChange> tierHistory, List<StaffMember> staff,
                           List<Sale> sales, List<Activity> activities, Map<String, ChecklistMark> checklist,
                           List<SalesPlan> plans, List<ExchangeRate> rates) {
    public PartnerFacts {
        tierHistory = List.copyOf(tierHistory);
        staff = List.copyOf(staff);
        sales = List.copyOf(sales);
        activities = List.copyOf(activities);
        checklist = Map.copyOf(checklist);
        plans = List.copyOf(plans);
        rates = List.copyOf(rates);
    }
}
