package org.tierdesk.ui.form;

import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One input of a form: what the user typed or chose, and the problem shown next to it ("" when none). The
 * {@code name} matches the store's problem fields (amount, currency, expires...) so its messages land here.
 */
public final class Field {
    private final String name;
    private final String label;
    private final FieldKind kind;
    private final List<Choice> choices;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>();
    private final BooleanProperty flag = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private String prompt = "";
    private boolean touched;

    Field(String name, String label, FieldKind kind, List<Choice> choices) {
        this.name = name;
        this.label = label;
        this.kind = kind;
        this.choices = List.copyOf(choices);
    }

    public String name() {
        return name;
    }

    public String label() {
        return label;
    }

    public FieldKind kind() {
        return kind;
    }

    public List<Choice> choices() {
        return choices;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<Choice> choiceProperty() {
        return choice;
    }

    public BooleanProperty flagProperty() {
        return flag;
    }

    /** The message shown beside the field; empty until the user has touched it (or tried to save). */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public String prompt() {
        return prompt;
    }

    public Field prompt(String value) {
        this.prompt = value;
        return this;
    }

    public String text() {
        return text.get() == null ? "" : text.get().trim();
    }

    public String choiceId() {
        return choice.get() == null ? null : choice.get().id();
    }

    public void choose(String id) {
        choice.set(choices.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null));
    }

    boolean touched() {
        return touched;
    }

    void touch() {
        touched = true;
    }

    void showProblem(String message) {
        problem.set(message == null ? "" : message);
    }
}
