package org.tierdesk.ui.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.tierdesk.store.InvalidFactsException;
import org.tierdesk.store.Problem;
import org.tierdesk.ui.Formats;
import org.tierdesk.ui.Messages;

/**
 * A dialog's state and rules, without any node: fields, the problems found as the user types (parsing here, the
 * facts' rules from the store's own checks, so the dialog and the store refuse the same things), and save.
 */
public abstract class FormModel {
    protected final Messages messages;
    protected final Formats formats;
    private final List<Field> fields = new ArrayList<>();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper generalProblem = new ReadOnlyStringWrapper("");
    private boolean validating;

    protected FormModel(Messages messages) {
        this.messages = messages;
        this.formats = new Formats(messages.locale());
    }

    public abstract String title();

    /** Checks the current input: parse problems via {@link Problems#add}, rule problems from the store. */
    protected abstract void check(Problems problems);

    /** Writes the input through the store; called only when {@link #validProperty()} is true. */
    protected abstract void write();

    public List<Field> fields() {
        return List.copyOf(fields);
    }

    public Field field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no field " + name));
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** A problem that belongs to no single field (the record was deleted meanwhile...). */
    public ReadOnlyStringProperty generalProblemProperty() {
        return generalProblem.getReadOnlyProperty();
    }

    protected Field text(String name, String labelKey) {
        return add(new Field(name, messages.get(labelKey), FieldKind.TEXT, List.of()));
    }

    protected Field notes(String name, String labelKey) {
        return add(new Field(name, messages.get(labelKey), FieldKind.NOTES, List.of()));
    }

    protected Field number(String name, String labelKey) {
        return add(new Field(name, messages.get(labelKey), FieldKind.NUMBER, List.of()));
    }

    protected Field date(String name, String labelKey) {
        return add(new Field(name, messages.get(labelKey), FieldKind.DATE, List.of()).prompt(formats.datePattern()));
    }

    protected Field choice(String name, String labelKey, List<Choice> choices) {
        return add(new Field(name, messages.get(labelKey), FieldKind.CHOICE, choices));
    }

    protected Field flag(String name, String labelKey) {
        return add(new Field(name, messages.get(labelKey), FieldKind.FLAG, List.of()));
    }

    private Field add(Field field) {
        fields.add(field);
        field.textProperty().addListener((obs, old, now) -> edited(field));
        field.choiceProperty().addListener((obs, old, now) -> edited(field));
        field.flagProperty().addListener((obs, old, now) -> edited(field));
        return field;
    }

    private void edited(Field field) {
        if (!validating) {
            field.touch();
            validate();
        }
    }

    /** Re-checks everything; fields show their problem once touched. */
    public final void validate() {
        validating = true;
        try {
            Problems problems = new Problems();
            check(problems);
            for (Field field : fields) {
                field.showProblem(field.touched() ? problems.byField.getOrDefault(field.name(), "") : "");
            }
            valid.set(problems.byField.isEmpty() && problems.general.isEmpty());
            generalProblem.set(String.join("\n", problems.general));
        } finally {
            validating = false;
        }
    }

    /** Saves when the input is valid; returns false (and shows every problem) when it is not or the store refused. */
    public final boolean save() {
        fields.forEach(Field::touch);
        validate();
        if (!valid.get()) {
            return false;
        }
        try {
            write();
            return true;
        } catch (InvalidFactsException e) {
            Problems problems = new Problems();
            problems.addAll(e.problems());
            for (Field field : fields) {
                field.showProblem(problems.byField.getOrDefault(field.name(), ""));
            }
            generalProblem.set(String.join("\n", problems.general));
            valid.set(false);
            return false;
        }
    }

    // parsing helpers: the message names what was expected

    protected Optional<BigDecimal> decimal(Field field, Problems problems, boolean required) {
        if (field.text().isEmpty()) {
            if (required) {
                problems.add(field.name(), messages.get("form.required"));
            }
            return Optional.empty();
        }
        Optional<BigDecimal> value = formats.parseDecimal(field.text());
        if (value.isEmpty()) {
            problems.add(field.name(), messages.format("form.number.invalid", field.text()));
        }
        return value;
    }

    protected Optional<Integer> whole(Field field, Problems problems, boolean required) {
        Optional<BigDecimal> value = decimal(field, problems, required);
        if (value.isPresent()) {
            try {
                return Optional.of(value.get().intValueExact());
            } catch (ArithmeticException e) {
                problems.add(field.name(), messages.format("form.whole.invalid", field.text()));
            }
        }
        return Optional.empty();
    }

    protected Optional<LocalDate> date(Field field, Problems problems, boolean required) {
        if (field.text().isEmpty()) {
            if (required) {
                problems.add(field.name(), messages.get("form.required"));
            }
            return Optional.empty();
        }
        Optional<LocalDate> value = formats.parseDate(field.text());
        if (value.isEmpty()) {
            problems.add(field.name(), messages.format("form.date.invalid", field.text(), formats.datePattern()));
        }
        return value;
    }

    /** Problems found in one check, by field; the first one of a field is the one shown. */
    public final class Problems {
        private final Map<String, String> byField = new LinkedHashMap<>();
        private final List<String> general = new ArrayList<>();

        public void add(String field, String message) {
            if (fields.stream().anyMatch(f -> f.name().equals(field))) {
                byField.putIfAbsent(field, message);
            } else {
                general.add(message);
            }
        }

        public void addAll(List<Problem> problems) {
            for (Problem problem : problems) {
                add(problem.field(), problem.message(messages.locale()));
            }
        }

        public boolean has(String field) {
            return byField.containsKey(field);
        }

        public boolean isEmpty() {
            return byField.isEmpty() && general.isEmpty();
        }
    }
}
