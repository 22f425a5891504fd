package org.tierdesk.ui.meeting;

import javafx.event.EventHandler;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.tierdesk.engine.whatif.WhatIf;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.simulator.SimulatorViewModel;

/**
 * Puts the window into meeting mode and back. The whole scene shows only the meeting view (the navigation, the
 * portfolio and its search are taken out of the scene, not hidden), the window title names no partner, and the
 * window goes full screen; Esc or the Leave button restores everything, and the what-if comes back to the simulator.
 */
public final class MeetingMode {
    private final Stage stage;
    private final Messages messages;
    private Parent shellRoot;
    private String shellTitle;
    private boolean wasFullScreen;
    private MeetingViewModel meeting;
    private SimulatorViewModel returnTo;
    private EventHandler<KeyEvent> escape;

    public MeetingMode(Stage stage, Messages messages) {
        this.stage = stage;
        this.messages = messages;
    }

    public boolean active() {
        return meeting != null;
    }

    /**
     * @param meetingSimulator a fresh simulator of the partner for the meeting
     * @param from             the simulator the manager was in: its what-if is carried over and back
     */
    public void enter(SimulatorViewModel meetingSimulator, SimulatorViewModel from) {
        if (active()) {
            return;
        }
        Scene scene = stage.getScene();
        returnTo = from;
        meeting = new MeetingViewModel(meetingSimulator, from == null ? WhatIf.NONE : from.whatIfProperty().get(),
                messages);
        shellRoot = scene.getRoot();
        shellTitle = stage.getTitle();
        wasFullScreen = stage.isFullScreen();
        scene.setRoot((Parent) new MeetingView(meeting, messages, this::leave).node());
        stage.setTitle(messages.get("meeting.title"));
        escape = e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                leave();
            }
        };
        scene.addEventFilter(KeyEvent.KEY_PRESSED, escape);
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(true);
    }

    public void leave() {
        if (!active()) {
            return;
        }
        Scene scene = stage.getScene();
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, escape);
        WhatIf whatIf = meeting.simulator().whatIfProperty().get();
        scene.setRoot(shellRoot);
        stage.setTitle(shellTitle);
        stage.setFullScreen(wasFullScreen);
        if (returnTo != null) {
            returnTo.whatIfProperty().set(whatIf);
        }
        meeting = null;
        returnTo = null;
        shellRoot = null;
    }
}
