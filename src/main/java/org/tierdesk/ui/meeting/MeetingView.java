package org.tierdesk.ui.meeting;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.simulator.SimulatorView;

/** Meeting mode's nodes: the partner, its standing today, its simulator and deal calculator, in large type. */
public final class MeetingView {
    private final BorderPane root = new BorderPane();
    private final FlowPane standing = new FlowPane(24, 6);
    private final MeetingViewModel model;

    public MeetingView(MeetingViewModel model, Messages messages, Runnable leave) {
        this.model = model;
        root.setId("meeting");
        root.getStyleClass().add("meeting");
        root.getStylesheets().add(SimulatorView.class.getResource("simulator.css").toExternalForm());
        Label name = new Label(model.partnerName());
        name.setId("meeting-partner");
        name.getStyleClass().add(Styles.TITLE_2);
        Label program = new Label(model.programName());
        program.getStyleClass().add(Styles.TEXT_MUTED);
        Button leaveButton = new Button(messages.get("meeting.leave"), new FontIcon(Feather.MINIMIZE));
        leaveButton.setId("meeting-leave");
        leaveButton.setOnAction(e -> leave.run());
        Label hint = new Label(messages.get("meeting.escHint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(12, new VBox(2, name, program), spacer, hint, leaveButton);
        head.setAlignment(Pos.CENTER_LEFT);
        standing.setId("meeting-standing");
        standing.getStyleClass().add("meeting-standing");
        standing.setMinWidth(0);
        VBox top = new VBox(8, head, standing);
        top.setPadding(new Insets(16, 20, 8, 20));
        root.setTop(top);
        root.setCenter(SimulatorView.inMeeting(model.simulator(), messages).node());
        showStanding();
    }

    public Node node() {
        return root;
    }

    private void showStanding() {
        standing.getChildren().clear();
        for (String line : model.standingLines()) {
            Label label = new Label(line);
            label.setWrapText(true);
            // a line longer than the window wraps inside it instead of widening the scene past the screen
            label.setMinWidth(0);
            label.maxWidthProperty().bind(standing.widthProperty().subtract(32));
            standing.getChildren().add(label);
        }
    }
}
