package org.tierdesk.ui;

import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

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

    /** Opens the choice and clicks the label once its list shows (a popup can take a while on a busy machine). */
    public FormRobot choose(String fieldId, String label) {
        robot.clickOn("#field-" + fieldId);
        if (!shows(label)) {
            // the click may only have closed another popup: open it again
            robot.clickOn("#field-" + fieldId);
            if (!shows(label)) {
                throw new AssertionError("the choice " + fieldId + " shows no \"" + label + "\"");
            }
        }
        robot.clickOn(label);
        return this;
    }

    private boolean shows(String label) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(label).tryQuery().isPresent());
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
