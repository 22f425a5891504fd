package org.tierdesk.ui;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.DatePicker;
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
     * Opens the combo box and clicks the item. Under load the popup may show some frames after the click (or a
     * previous popup may still be closing and swallow it), so this waits for the item to be visible, clicking the
     * combo again while its popup is not showing.
     */
    public FormRobot choose(String fieldId, String label) {
        Node field = robot.lookup("#field-" + fieldId).query();
        robot.clickOn(field);
        try {
            WaitForAsyncUtils.waitFor(POPUP_WAIT_SECONDS, TimeUnit.SECONDS, () -> {
                if (robot.lookup(label).tryQuery().filter(Node::isVisible).isPresent()) {
                    return true;
                }
                if (field instanceof ComboBoxBase<?> combo && !combo.isShowing()) {
                    robot.clickOn(field);
                }
                return false;
            });
        } catch (TimeoutException e) {
            throw new AssertionError("the item '" + label + "' of #field-" + fieldId + " did not show", e);
        }
        robot.clickOn(label);
        return this;
    }

    public String problem(String fieldId) {
        javafx.scene.control.Label label = robot.lookup("#problem-" + fieldId).queryAs(javafx.scene.control.Label.class);
        return label.isVisible() ? label.getText() : "";
    }

    public boolean okEnabled() {
        return !robot.lookup("#dialog-ok").query().isDisabled();
    }
}
