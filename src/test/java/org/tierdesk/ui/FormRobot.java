package org.tierdesk.ui;

import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/** Types into form fields the way a user does: click, select all, type. */
public final class FormRobot {
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

    public FormRobot choose(String fieldId, String label) {
        robot.clickOn("#field-" + fieldId);
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
