package org.tierdesk.ui.simulator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tierdesk.engine.path.AccumulationCliff;
import org.tierdesk.engine.path.ActionPart;
import org.tierdesk.engine.path.BonusCliff;
import org.tierdesk.engine.path.PathAction;
import org.tierdesk.engine.standing.GapPhrases;
import org.tierdesk.engine.standing.RequirementResult;
import org.tierdesk.program.CatalogItem;
import org.tierdesk.program.Program;
import org.tierdesk.ui.Formats;
import org.tierdesk.ui.Messages;

/** The simulator's sentences in the user's language: tiers, actions, cliffs, requirements. */
public final class SimulatorTexts {
    private final Program program;
    private final Messages messages;
    private final Formats formats;
    private final Locale locale;
    private final GapPhrases gaps;

    public SimulatorTexts(Program program, Messages messages) {
        this.program = program;
        this.messages = messages;
        this.locale = messages.locale();
        this.formats = new Formats(locale);
        this.gaps = GapPhrases.in(locale, program);
    }

    public Formats formats() {
        return formats;
    }

    public String tier(String tierId) {
        if (tierId == null) {
            return messages.get("simulator.none");
        }
        return program.tier(tierId).map(t -> t.label().in(locale)).orElse(tierId);
    }

    public String tiers(List<String> tierIds) {
        if (tierIds.isEmpty()) {
            return messages.get("simulator.none");
        }
        return String.join(", ", tierIds.stream().map(this::tier).toList());
    }

    public String category(String category) {
        return Levers.categoryLabel(program, category, messages, locale);
    }

    public String points(BigDecimal points) {
        return formats.number(points);
    }

    public String percent(BigDecimal percent) {
        return formats.percent(percent);
    }

    public String money(BigDecimal amount) {
        return formats.amount(amount, program.currency());
    }

    /** A requirement's label as the program gives it. */
    public String requirement(RequirementResult result) {
        return result.requirement().label().in(locale);
    }

    /** What a requirement still lacks ("2 more certified Bitrix engineers"), or "met". */
    public String gap(RequirementResult result) {
        return result.met() || result.gap() == null ? messages.get("simulator.met") : gaps.phrase(result.gap());
    }

    /** One way to close a requirement: its parts joined with "+", its points where they matter. */
    public String action(PathAction action) {
        List<String> parts = new ArrayList<>();
        for (ActionPart part : action.parts()) {
            parts.add(part(part));
        }
        String text = String.join(" + ", parts);
        if (action.points() > 0) {
            text = messages.format("simulator.action.points", text, formats.integer(action.points()));
        }
        if (action.metOn() != null) {
            text = messages.format("simulator.action.metOn", text, formats.date(action.metOn()));
        }
        return text;
    }

    public String part(ActionPart part) {
        BigDecimal q = part.quantity();
        String subject = part.subject();
        return switch (part.kind()) {
            case SALES -> messages.format("simulator.action.sales", money(q),
                    subject == null ? "" : category(subject), Levers.windowLabel(part.window(), messages)).strip();
            case LICENSES -> messages.format("simulator.action.licenses", formats.number(q),
                    subject == null ? "" : category(subject), Levers.windowLabel(part.window(), messages));
            case ACTIVITIES -> messages.format("simulator.action.activities", formats.number(q),
                    program.activityType(subject).map(t -> t.label().in(locale)).orElse(subject));
            case ACTIVITY_EACH_QUARTER -> messages.format("simulator.action.eachQuarter", formats.number(q),
                    program.activityType(subject).map(t -> t.label().in(locale)).orElse(subject));
            case CERTIFIED_STAFF -> messages.format("simulator.action.certified", formats.number(q),
                    label(program.certifications(), subject));
            case STAFF_IN_ROLE -> messages.format("simulator.action.role", formats.number(q),
                    label(program.roles(), subject));
            case CHECKLIST -> messages.format("simulator.action.checklist", label(program.checklistItems(), subject));
            case PLAN_AGREED -> messages.get("simulator.action.planAgreed");
            case PLAN_MET -> q.signum() > 0 ? messages.format("simulator.action.planMet", money(q))
                    : messages.get("simulator.action.planMetAny");
        };
    }

    public String accumulation(AccumulationCliff cliff) {
        return messages.format("simulator.cliff.accumulation", money(cliff.more()), formats.date(cliff.before()),
                percent(cliff.rateNow()), percent(cliff.rateAfter()), formats.number(cliff.pointsWithout()),
                formats.number(cliff.pointsWith()));
    }

    public String bonus(BonusCliff cliff) {
        BigDecimal gain = cliff.gain().values().stream().reduce(BigDecimal.ZERO, BigDecimal::max);
        return messages.format("simulator.cliff.bonus", cliff.bonus().bonus().label().in(locale), percent(gain),
                action(cliff.options().get(0)));
    }

    public String bonusLabel(org.tierdesk.program.Bonus bonus) {
        return bonus.label().in(locale);
    }

    private String label(List<CatalogItem> items, String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst().map(i -> i.label().in(locale)).orElse(id);
    }
}
