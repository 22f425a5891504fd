package org.tierdesk.ui.programs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.tierdesk.program.Bonus;
import org.tierdesk.program.LocalizedText;
import org.tierdesk.program.Program;
import org.tierdesk.program.Requirement;
import org.tierdesk.program.RewardCategory;
import org.tierdesk.program.Tier;
import org.tierdesk.program.VolumeUnit;
import org.tierdesk.program.Window;
import org.tierdesk.ui.Formats;
import org.tierdesk.ui.Messages;

/** Turns a program into its {@link TierTable}, every text in the manager's language. */
final class TierTableLayout {
    static final String YES = "\u2713";

    private final Program program;
    private final Messages messages;
    private final Formats formats;

    TierTableLayout(Program program, Messages messages) {
        this.program = program;
        this.messages = messages;
        this.formats = new Formats(messages.locale());
    }

    TierTable layout() {
        List<String> tiers = program.tiers().stream().map(t -> text(t.label())).toList();
        List<TierTable.Row> rows = new ArrayList<>();
        addRequirements(rows);
        addRewards(rows);
        addBonuses(rows);
        addTexts(rows, "programs.section.benefits", Tier::benefits);
        addTexts(rows, "programs.section.restrictions", Tier::restrictions);
        return new TierTable(tiers, rows);
    }

    private void addRequirements(List<TierTable.Row> rows) {
        // One row per requirement id: a higher tier restating a quantity shows its figure in its own column.
        Map<String, Requirement[]> byId = new LinkedHashMap<>();
        List<Tier> tiers = program.tiers();
        for (int column = 0; column < tiers.size(); column++) {
            for (Requirement requirement : tiers.get(column).requirements()) {
                byId.computeIfAbsent(requirement.id(), id -> new Requirement[tiers.size()])[column] = requirement;
            }
        }
        List<TierTable.Row> requirementRows = new ArrayList<>();
        for (Requirement[] perTier : byId.values()) {
            Requirement first = firstPresent(perTier);
            List<String> cells = new ArrayList<>();
            for (Requirement requirement : perTier) {
                cells.add(requirement == null ? "" : quantity(requirement));
            }
            requirementRows.add(new TierTable.Row(false, text(first.label()), noteOf(first), cells));
        }
        Long floors = tiers.stream().filter(t -> t.pointsFloor() != null).count();
        if (floors > 0) {
            requirementRows.add(new TierTable.Row(false, messages.get("programs.row.pointsFloor"), "",
                    tiers.stream().map(t -> t.pointsFloor() == null ? "" : formats.integer(t.pointsFloor())).toList()));
        }
        if (!requirementRows.isEmpty()) {
            rows.add(TierTable.Row.section(messages.get("programs.section.requirements")));
            rows.addAll(requirementRows);
        }
    }

    private void addRewards(List<TierTable.Row> rows) {
        List<TierTable.Row> rewardRows = new ArrayList<>();
        for (RewardCategory category : program.rewardCategories()) {
            List<String> cells = program.tiers().stream()
                    .map(t -> percentOrBlank(t.rewards().get(category.id()), "")).toList();
            if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                rewardRows.add(new TierTable.Row(false, text(category.label()), "", cells));
            }
        }
        if (program.rewardCap() != null) {
            rewardRows.add(new TierTable.Row(false, messages.get("programs.row.rewardCap"), "",
                    program.tiers().stream().map(t -> formats.percent(program.rewardCap())).toList()));
        }
        if (!rewardRows.isEmpty()) {
            rows.add(TierTable.Row.section(messages.get("programs.section.rewards")));
            rows.addAll(rewardRows);
        }
    }

    private void addBonuses(List<TierTable.Row> rows) {
        if (program.bonuses().isEmpty()) {
            return;
        }
        rows.add(TierTable.Row.section(messages.get("programs.section.bonuses")));
        for (Bonus bonus : program.bonuses()) {
            List<String> cells = program.tiers().stream()
                    .map(t -> percentOrBlank(bonus.percentByTier().get(t.id()), "+")).toList();
            String note = bonus.note() == null ? "" : text(bonus.note());
            rows.add(new TierTable.Row(false, text(bonus.label()), note, cells));
        }
    }

    private void addTexts(List<TierTable.Row> rows, String sectionKey, Function<Tier, List<LocalizedText>> texts) {
        Map<String, boolean[]> byText = new LinkedHashMap<>();
        List<Tier> tiers = program.tiers();
        for (int column = 0; column < tiers.size(); column++) {
            for (LocalizedText item : texts.apply(tiers.get(column))) {
                byText.computeIfAbsent(text(item), t -> new boolean[tiers.size()])[column] = true;
            }
        }
        if (byText.isEmpty()) {
            return;
        }
        rows.add(TierTable.Row.section(messages.get(sectionKey)));
        byText.forEach((label, present) -> {
            List<String> cells = new ArrayList<>();
            for (boolean has : present) {
                cells.add(has ? YES : "");
            }
            rows.add(new TierTable.Row(false, label, "", cells));
        });
    }

    /** What one tier asks of a requirement, compactly: the row's label says what is counted. */
    String quantity(Requirement requirement) {
        return switch (requirement) {
            case Requirement.Checklist c -> YES;
            case Requirement.PlanAgreed p -> YES;
            case Requirement.PlanMet p -> YES;
            case Requirement.CertifiedStaff c -> atLeast(formats.integer(c.count()));
            case Requirement.StaffInRole r -> atLeast(formats.integer(r.count()));
            case Requirement.Points p -> atLeast(formats.integer(p.minimum()));
            case Requirement.ActivityCount a -> atLeast(formats.integer(a.minimum()));
            case Requirement.SalesVolume v -> atLeast(v.unit() == VolumeUnit.AMOUNT
                    ? formats.amount(v.minimum(), program.currency())
                    : formats.number(v.minimum()));
            case Requirement.ActivityRatio r -> (r.strict() ? "> " : "\u2265 ")
                    + formats.percent(r.ratio().multiply(BigDecimal.valueOf(100)));
            case Requirement.QuarterlyActivity q -> messages.format("programs.cell.quarters", q.quarters());
            case Requirement.TierQualified t -> String.join(" / ", t.tiers().stream()
                    .map(id -> program.tier(id).map(tier -> text(tier.label())).orElse(id)).toList());
        };
    }

    private String noteOf(Requirement requirement) {
        List<String> parts = new ArrayList<>();
        Window window = windowOf(requirement);
        if (window != null) {
            parts.add(messages.get("window." + window.id()));
        }
        if (requirement.note() != null) {
            parts.add(text(requirement.note()));
        }
        return String.join(" \u00b7 ", parts);
    }

    private static Window windowOf(Requirement requirement) {
        return switch (requirement) {
            case Requirement.SalesVolume v -> v.window();
            case Requirement.ActivityCount a -> a.window();
            case Requirement.ActivityRatio r -> r.window();
            case Requirement.PlanMet p -> p.window();
            default -> null;
        };
    }

    private String atLeast(String figure) {
        return "\u2265 " + figure;
    }

    private String percentOrBlank(BigDecimal percent, String sign) {
        return percent == null ? "" : sign + formats.percent(percent);
    }

    private String text(LocalizedText text) {
        return text == null ? "" : text.in(messages.locale());
    }

    private static Requirement firstPresent(Requirement[] perTier) {
        for (Requirement requirement : perTier) {
            if (requirement != null) {
                return requirement;
            }
        }
        throw new IllegalStateException("a requirement row without a requirement");
    }
}
