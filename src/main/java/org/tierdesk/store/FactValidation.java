package org.tierdesk.store;

import org.tierdesk.engine.facts.Activity;
import org.tierdesk.engine.facts.Certification;
import org.tierdesk.engine.facts.ChecklistMark;
import org.tierdesk.engine.facts.ExchangeRate;
import org.tierdesk.engine.facts.Money;
import org.tierdesk.engine.facts.Sale;
import org.tierdesk.engine.facts.SalesPlan;
import org.tierdesk.engine.facts.TierChange;
import org.tierdesk.engine.money.CurrencyConverter;
import org.tierdesk.program.CatalogItem;
import org.tierdesk.program.Program;
import org.tierdesk.program.RewardCategory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The checks every fact passes before it is written, field by field, so a dialog can show each message next to
 * its field and the store can refuse the write with the same list. An empty list means the fact is acceptable.
 */
public final class FactValidation {
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2999;

    private FactValidation() {
    }

    public static List<Problem> partner(PartnerDraft draft, ProgramCatalog programs) {
        List<Problem> problems = new ArrayList<>();
        requireName(problems, "name", draft.name());
        Program program = null;
        if (draft.programId() == null || draft.programId().isBlank()) {
            problems.add(Problem.of("program", "partner.program.missing"));
        } else {
            program = programs.find(draft.programId()).orElse(null);
            if (program == null) {
                problems.add(Problem.of("program", "partner.program.unknown", draft.programId()));
            }
        }
        if (draft.joined() == null) {
            problems.add(Problem.of("joined", "date.missing"));
        }
        if (program != null && draft.heldTier() != null && !draft.heldTier().isBlank()
                && program.tier(draft.heldTier()).isEmpty()) {
            problems.add(Problem.of("heldTier", "tier.unknown", draft.heldTier(), program.id()));
        }
        return List.copyOf(problems);
    }

    public static List<Problem> contact(Contact contact) {
        List<Problem> problems = new ArrayList<>();
        requireName(problems, "name", contact.name());
        if (contact.email() != null && !contact.email().isBlank() && !contact.email().contains("@")) {
            problems.add(Problem.of("email", "contact.email.invalid", contact.email()));
        }
        return List.copyOf(problems);
    }

    public static List<Problem> staffMember(String name) {
        List<Problem> problems = new ArrayList<>();
        requireName(problems, "name", name);
        return List.copyOf(problems);
    }

    public static List<Problem> certification(Program program, Certification certification) {
        List<Problem> problems = new ArrayList<>();
        if (certification.id() == null || certification.id().isBlank()) {
            problems.add(Problem.of("certification", "certification.missing"));
        } else if (!known(program.certifications(), certification.id())) {
            problems.add(Problem.of("certification", "certification.unknown", certification.id(), program.id()));
        }
        if (certification.earned() == null) {
            problems.add(Problem.of("earned", "date.missing"));
        } else if (certification.expires() != null && certification.expires().isBefore(certification.earned())) {
            problems.add(Problem.of("expires", "certification.expires.beforeEarned", certification.expires(),
                    certification.earned()));
        }
        return List.copyOf(problems);
    }

    public static List<Problem> sale(Program program, Sale sale, CurrencyConverter rates) {
        List<Problem> problems = new ArrayList<>();
        if (sale.date() == null) {
            problems.add(Problem.of("date", "date.missing"));
        }
        checkMoney(problems, "amount", "currency", sale.amount());
        if (sale.date() != null && sale.amount() != null && validCurrency(sale.amount().currency())
                && !rates.canConvert(sale.amount().currency(), program.currency(), sale.date())) {
            problems.add(Problem.of("currency", "currency.noRate", sale.amount().currency(), program.currency(),
                    sale.date()));
        }
        if (sale.category() != null && !sale.category().isBlank()
                && program.rewardCategories().stream().map(RewardCategory::id).noneMatch(sale.category()::equals)) {
            problems.add(Problem.of("category", "sale.category.unknown", sale.category(), program.id()));
        }
        if (sale.licenses() < 0) {
            problems.add(Problem.of("licenses", "sale.licenses.negative", sale.licenses()));
        }
        if (sale.date() != null && sale.returned() != null && sale.returned().isBefore(sale.date())) {
            problems.add(Problem.of("returned", "sale.returned.beforeSale", sale.returned(), sale.date()));
        }
        return List.copyOf(problems);
    }

    public static List<Problem> activity(Program program, Activity activity) {
        List<Problem> problems = new ArrayList<>();
        if (activity.type() == null || activity.type().isBlank()) {
            problems.add(Problem.of("type", "activity.type.missing"));
        } else if (program.activityType(activity.type()).isEmpty()) {
            problems.add(Problem.of("type", "activity.type.unknown", activity.type(), program.id()));
        }
        if (activity.date() == null) {
            problems.add(Problem.of("date", "date.missing"));
        }
        if (activity.cost() != null) {
            checkMoney(problems, "cost", "costCurrency", activity.cost());
        }
        return List.copyOf(problems);
    }

    public static List<Problem> checklistMark(Program program, ChecklistMark mark) {
        List<Problem> problems = new ArrayList<>();
        if (mark.item() == null || mark.item().isBlank()) {
            problems.add(Problem.of("item", "checklist.item.missing"));
        } else if (!known(program.checklistItems(), mark.item())) {
            problems.add(Problem.of("item", "checklist.item.unknown", mark.item(), program.id()));
        }
        return List.copyOf(problems);
    }

    public static List<Problem> plan(Program program, SalesPlan plan, CurrencyConverter rates) {
        List<Problem> problems = new ArrayList<>();
        if (plan.year() < FIRST_YEAR || plan.year() > LAST_YEAR) {
            problems.add(Problem.of("year", "plan.year.outOfRange", String.valueOf(plan.year()),
                    String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)));
        }
        checkMoney(problems, "amount", "currency", plan.amount());
        if (problems.isEmpty()) {
            LocalDate newYear = LocalDate.of(plan.year(), 1, 1);
            if (!rates.canConvert(plan.amount().currency(), program.currency(), newYear)) {
                problems.add(Problem.of("currency", "currency.noRate", plan.amount().currency(), program.currency(),
                        newYear));
            }
        }
        return List.copyOf(problems);
    }

    public static List<Problem> exchangeRate(ExchangeRate rate) {
        List<Problem> problems = new ArrayList<>();
        if (rate.date() == null) {
            problems.add(Problem.of("date", "date.missing"));
        }
        if (!validCurrency(rate.from())) {
            problems.add(Problem.of("from", "currency.invalid", rate.from()));
        }
        if (!validCurrency(rate.to())) {
            problems.add(Problem.of("to", "currency.invalid", rate.to()));
        } else if (rate.to().equals(rate.from())) {
            problems.add(Problem.of("to", "rate.sameCurrency", rate.to()));
        }
        if (rate.rate() == null || rate.rate().signum() <= 0) {
            problems.add(Problem.of("rate", "rate.notPositive", rate.rate() == null ? "" : rate.rate()));
        }
        return List.copyOf(problems);
    }

    public static List<Problem> tierChange(Program program, TierChange change) {
        List<Problem> problems = new ArrayList<>();
        if (change.tier() == null || change.tier().isBlank()) {
            problems.add(Problem.of("tier", "tier.missing"));
        } else if (program.tier(change.tier()).isEmpty()) {
            problems.add(Problem.of("tier", "tier.unknown", change.tier(), program.id()));
        }
        if (change.since() == null) {
            problems.add(Problem.of("since", "date.missing"));
        }
        return List.copyOf(problems);
    }

    public static List<Problem> meeting(Meeting meeting) {
        return meeting.date() == null ? List.of(Problem.of("date", "date.missing")) : List.of();
    }

    public static List<Problem> savedPlan(SavedPlan plan) {
        List<Problem> problems = new ArrayList<>();
        requireName(problems, "name", plan.name());
        if (plan.body() == null || plan.body().isBlank()) {
            problems.add(Problem.of("body", "savedPlan.body.empty"));
        }
        return List.copyOf(problems);
    }

    public static boolean validCurrency(String code) {
        return code != null && CURRENCY.matcher(code).matches();
    }

    private static void checkMoney(List<Problem> problems, String amountField, String currencyField, Money money) {
        if (money == null || money.amount() == null) {
            problems.add(Problem.of(amountField, "amount.missing"));
            return;
        }
        BigDecimal amount = money.amount();
        if (amount.signum() < 0) {
            problems.add(Problem.of(amountField, "amount.negative", amount.toPlainString()));
        }
        if (amount.scale() > 4 && amount.stripTrailingZeros().scale() > 4) {
            problems.add(Problem.of(amountField, "amount.tooPrecise", amount.toPlainString()));
        }
        if (amount.precision() - amount.scale() > 15) {
            problems.add(Problem.of(amountField, "amount.tooLarge", amount.toPlainString()));
        }
        if (!validCurrency(money.currency())) {
            problems.add(Problem.of(currencyField, "currency.invalid", money.currency()));
        }
    }

    private static void requireName(List<Problem> problems, String field, String name) {
        if (name == null || name.isBlank()) {
            problems.add(Problem.of(field, "name.empty"));
        } else if (name.length() > 300) {
            problems.add(Problem.of(field, "name.tooLong", 300));
        }
    }

    private static boolean known(List<CatalogItem> items, String id) {
        return items.stream().anyMatch(item -> item.id().equals(id));
    }
}
