package org.tierdesk.ui;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import java.util.Objects;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Types into form fields the way a user does: click, select all, type. */
public final class FormRobot {
    private static final int POPUP_WAIT_SECONDS = 10;

    private final FxRobot robot;

    public FormRobot(FxRobot robot) {
        this.robot = robot;
    }

    public FormRobot type(String fieldId, String text) {
        Node node = robot.lookup("#field-" + fieldId).query();
        Node target = node instanceof DatePicker picker ? picker.getEditor() : node;
        robot.clickOn(target);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        if (text.isEmpty()) {
            robot.type(KeyCode.BACK_SPACE);
        } else {
            robot.write(text);
        }
        return this;
    }

    /**
     * Picks the item shown as {@code label} in the combo box {@code #field-ID}, see {@link #choose(ComboBox, String)}.
     */
    public FormRobot choose(String fieldId, String label) {
        choose(robot.lookup("#field-" + fieldId).queryAs(ComboBox.class), label);
        return this;
    }

    /**
     * Picks an item the way a user does, robustly under load: the combo is clicked (which also gives its window the
     * focus, so that the next click is not spent on that), its popup is shown through the control should the click
     * not have opened it (a previous popup still closing may swallow a click), the item's cell is waited for and
     * clicked, and the combo's value is waited for. Should the click still not select (a popup hidden under a
     * heavy load before the click arrived), the item is selected through the combo's model and that is logged: the
     * test is about the form, not the popup.
     */
    public <T> void choose(ComboBox<T> combo, String label) {
        T item = itemLabelled(combo, label);
        robot.clickOn(combo);
        WaitForAsyncUtils.waitForFxEvents();
        Optional<ListCell<?>> cell = waitForCell(combo, label);
        cell.ifPresent(robot::clickOn);
        if (!valueBecomes(combo, item, cell.isPresent() ? POPUP_WAIT_SECONDS : 0)) {
            System.out.println("FormRobot: '" + label + "' selected through the combo's model (the popup "
                    + (cell.isPresent() ? "click did not select it)" : "did not show it)"));
            robot.interact(() -> {
                combo.getSelectionModel().select(item);
                combo.hide();
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
        if (!Objects.equals(combo.getValue(), item)) {
            throw new AssertionError("the combo did not take '" + label + "'");
        }
    }

    private static <T> T itemLabelled(ComboBox<T> combo, String label) {
        for (T item : combo.getItems()) {
            String text = combo.getConverter() != null ? combo.getConverter().toString(item) : String.valueOf(item);
            if (label.equals(text) || label.equals(String.valueOf(item))) {
                return item;
            }
        }
        throw new AssertionError("the combo has no item '" + label + "' among " + combo.getItems());
    }

    private Optional<ListCell<?>> waitForCell(ComboBox<?> combo, String label) {
        try {
            WaitForAsyncUtils.waitFor(POPUP_WAIT_SECONDS, TimeUnit.SECONDS, () -> visibleCell(label).isPresent()
                    || !combo.isShowing() && showAgain(combo));
        } catch (TimeoutException e) {
            return Optional.empty();
        }
        return visibleCell(label);
    }

    private boolean showAgain(ComboBox<?> combo) {
        robot.interact(combo::show);
        return false;
    }

    private Optional<ListCell<?>> visibleCell(String label) {
        return robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> label.equals(c.getText()) && c.isVisible() && insideList(c) && c.getScene() != null
                        && c.getScene().getWindow() != null && c.getScene().getWindow().isShowing())
                .<ListCell<?>>map(c -> c)
                .findFirst();
    }

    /** A cell of a popup's list, not the combo's own button cell (which shows the current value). */
    private static boolean insideList(Node cell) {
        for (Node node = cell.getParent(); node != null; node = node.getParent()) {
            if (node instanceof javafx.scene.control.ListView<?>) {
                return true;
            }
        }
        return false;
    }

    private static <T> boolean valueBecomes(ComboBox<T> combo, T item, int seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> Objects.equals(combo.getValue(), item));
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    public String problem(String fieldId) {
        javafx.scene.control.Label label = robot.lookup("#problem-" + fieldId).queryAs(javafx.scene.control.Label.class);
        return label.isVisible() ? label.getText() : "";
    }

    public boolean okEnabled() {
        return !robot.lookup("#dialog-ok").query().isDisabled();
    }
}
