package org.tierdesk.ui.programs;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.tierdesk.program.Accumulation;
import org.tierdesk.program.ActivityType;
import org.tierdesk.program.LocalizedText;
import org.tierdesk.program.PointsRules;
import org.tierdesk.program.Program;
import org.tierdesk.ui.Formats;
import org.tierdesk.ui.Messages;

/** The loaded programs, the one chosen, and that one laid out as a tier table with its program-wide rules. */
public final class ProgramsViewModel {
    private final Messages messages;
    private final Formats formats;
    private final ObservableList<Program> programs;
    private final ObjectProperty<Program> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<TierTable> table = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<ProgramNote>> notes = new ReadOnlyObjectWrapper<>(List.of());

    public ProgramsViewModel(List<Program> programs, Messages messages) {
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        this.programs = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(programs));
        selected.addListener((obs, old, program) -> describe(program));
        if (!programs.isEmpty()) {
            selected.set(programs.get(0));
        }
    }

    public ObservableList<Program> programs() {
        return programs;
    }

    public ObjectProperty<Program> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<TierTable> tableProperty() {
        return table.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<ProgramNote>> notesProperty() {
        return notes.getReadOnlyProperty();
    }

    public String title(Program program) {
        return text(program.name());
    }

    public String subtitle(Program program) {
        return messages.format("programs.subtitle", text(program.vendor()), program.currency(),
                program.version() == null ? "" : program.version(), formats.date(program.effectiveFrom()));
    }

    private void describe(Program program) {
        if (program == null) {
            table.set(null);
            notes.set(List.of());
            return;
        }
        table.set(new TierTableLayout(program, messages).layout());
        notes.set(List.copyOf(notesOf(program)));
    }

    private List<ProgramNote> notesOf(Program program) {
        List<ProgramNote> result = new ArrayList<>();
        PointsRules points = program.pointsRules();
        if (points != null) {
            StringBuilder text = new StringBuilder(messages.format("programs.note.pointsPerAmount",
                    formats.integer(points.points()), formats.amount(points.perAmount(), program.currency())));
            for (ActivityType type : program.activityTypes()) {
                if (type.points() > 0) {
                    text.append('\n').append(messages.format(type.approvalRequired()
                                    ? "programs.note.activityPointsApproved" : "programs.note.activityPoints",
                            text(type.label()), formats.integer(type.points())));
                }
            }
            PointsRules.HoldingBonus holding = points.holdingBonus();
            if (holding != null) {
                text.append('\n').append(messages.format("programs.note.holdingBonus",
                        program.tier(holding.tier()).map(t -> text(t.label())).orElse(holding.tier()),
                        formats.integer(holding.points()), formats.amount(holding.perAmount(), program.currency())));
            }
            result.add(new ProgramNote(messages.get("programs.note.points"), text.toString()));
        }
        Accumulation accumulation = program.accumulation();
        if (accumulation != null) {
            List<String> lines = new ArrayList<>();
            for (Accumulation.Bracket bracket : accumulation.brackets()) {
                lines.add(bracket.above().signum() == 0
                        ? messages.format("programs.note.bracketFromZero", formats.percent(bracket.percent()))
                        : messages.format("programs.note.bracketAbove", formats.percent(bracket.percent()),
                        formats.amount(bracket.above(), program.currency())));
            }
            lines.add(messages.get("window." + accumulation.window().id()));
            if (accumulation.note() != null) {
                lines.add(text(accumulation.note()));
            }
            result.add(new ProgramNote(messages.get("programs.note.accumulation"), String.join("\n", lines)));
        }
        if (program.downgrade() != null && program.downgrade().note() != null) {
            result.add(new ProgramNote(messages.get("programs.note.downgrade"), text(program.downgrade().note())));
        }
        if (program.membership() != null) {
            List<String> lines = new ArrayList<>();
            if (program.membership().term() != null) {
                lines.add(text(program.membership().term()));
            }
            if (program.membership().renewal() != null) {
                lines.add(text(program.membership().renewal()));
            }
            if (!lines.isEmpty()) {
                result.add(new ProgramNote(messages.get("programs.note.membership"), String.join("\n", lines)));
            }
        }
        if (!program.terms().isEmpty()) {
            result.add(new ProgramNote(messages.get("programs.note.terms"),
                    String.join("\n", program.terms().stream().map(t -> "\u2022 " + text(t)).toList())));
        }
        return result;
    }

    private String text(LocalizedText text) {
        return text == null ? "" : text.in(messages.locale());
    }
}
