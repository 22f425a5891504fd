package org.tierdesk.ui.simulator;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tierdesk.ui.Messages;

/**
 * The simulator screen of one partner: the controls its program makes relevant on the left, before → after and the
 * path to the target tier in the middle, the deal calculator on the right. {@code meeting}: the action that opens
 * meeting mode (null inside meeting mode itself).
 */
public final class SimulatorView {
    static final String STYLESHEET = SimulatorView.class.getResource("simulator.css").toExternalForm();
    /** Wide enough for a wrapped two-line label beside a spinner; the before → after columns get the rest. */
    static final double LEVERS_WIDTH = 330;
    /** Meeting mode's larger type needs a wider column for the same labels. */
    static final double LEVERS_WIDTH_MEETING = 400;
    private final BorderPane root = new BorderPane();

    public SimulatorView(SimulatorViewModel model, Messages messages, Runnable meeting) {
        this(model, messages, meeting, true, LEVERS_WIDTH);
    }

    /** The simulator inside meeting mode: meeting mode's own header names the partner, so this one does not. */
    public static SimulatorView inMeeting(SimulatorViewModel model, Messages messages) {
        return new SimulatorView(model, messages, null, false, LEVERS_WIDTH_MEETING);
    }

    private SimulatorView(SimulatorViewModel model, Messages messages, Runnable meeting, boolean namePartner,
                          double leversWidth) {
        root.setId("simulator");
        root.getStyleClass().add("simulator");
        root.getStylesheets().add(STYLESHEET);
        root.setTop(header(model, messages, meeting, namePartner));

        VBox levers = new VBox(12);
        levers.setId("levers");
        levers.getChildren().add(sectionTitle(messages.get("simulator.levers.title")));
        for (Lever lever : model.levers()) {
            levers.getChildren().add(LeverControl.of(lever, model.texts().formats()));
        }
        if (model.levers().isEmpty()) {
            levers.getChildren().add(new Label(messages.get("simulator.levers.none")));
        }
        levers.getChildren().add(new PlansPanel(model, messages).node());
        levers.setPadding(new Insets(14));
        levers.getStyleClass().add("simulator-levers");

        ScrollPane left = scroll(levers, "simulator-levers-scroll");
        left.getStyleClass().add("simulator-levers-scroll");
        left.setPrefWidth(leversWidth);
        left.setMinWidth(leversWidth);
        left.setMaxWidth(leversWidth);
        Node comparison = new ComparisonPanel(model, messages).node();
        Node path = new PathPanel(model, messages).node();
        Node deal = new DealPanel(model, messages).node();
        ScrollPane center = scroll(new CardColumns(comparison, path, deal).node(), "simulator-center-scroll");
        HBox columns = new HBox(left, center);
        HBox.setHgrow(center, Priority.ALWAYS);
        root.setCenter(columns);

        Label status = new Label();
        status.setId("simulator-status");
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.setPadding(new Insets(4, 14, 6, 14));
        root.setBottom(status);
    }

    public Node node() {
        return root;
    }

    private static Node header(SimulatorViewModel model, Messages messages, Runnable meeting, boolean namePartner) {
        Label name = new Label(model.partnerName());
        name.setId("simulator-partner");
        name.getStyleClass().add(Styles.TITLE_3);
        Label program = new Label(model.program().name().in(messages.locale()));
        program.getStyleClass().add(Styles.TEXT_MUTED);
        VBox who = new VBox(2, name, program);
        who.setMinWidth(0);

        Label asOfLabel = new Label(messages.get("simulator.asOf"));
        DatePicker asOf = new DatePicker();
        asOf.setId("simulator-as-of");
        asOf.setConverter(model.texts().formats().dateConverter());
        asOf.valueProperty().bindBidirectional(model.asOfProperty());
        asOf.getEditor().setPrefColumnCount(8);
        asOf.setMinWidth(Region.USE_PREF_SIZE);
        Button today = new Button(messages.get("simulator.asOf.today"));
        today.setId("as-of-today");
        today.setOnAction(e -> model.lookAt(model.baseDate()));
        Button quarter = new Button(messages.get("simulator.asOf.quarterEnd"));
        quarter.setId("as-of-quarter-end");
        quarter.setOnAction(e -> model.lookAt(model.quarterEnd()));
        Button year = new Button(messages.get("simulator.asOf.yearEnd"));
        year.setId("as-of-year-end");
        year.setOnAction(e -> model.lookAt(model.yearEnd()));
        Button reset = new Button(messages.get("simulator.reset"), new FontIcon(Feather.ROTATE_CCW));
        reset.setId("simulator-reset");
        reset.setOnAction(e -> model.reset());

        HBox controls = new HBox(8, asOfLabel, asOf, today, quarter, year, reset);
        if (meeting != null) {
            Button enter = new Button(messages.get("simulator.meeting.enter"), new FontIcon(Feather.MAXIMIZE));
            enter.setId("meeting-enter");
            enter.getStyleClass().add(Styles.ACCENT);
            enter.setOnAction(e -> meeting.run());
            controls.getChildren().add(enter);
        }
        for (Node control : controls.getChildren()) {
            if (control instanceof javafx.scene.control.Control fixed) {
                fixed.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        controls.setAlignment(Pos.CENTER_RIGHT);
        controls.setMinWidth(Region.USE_PREF_SIZE);
        HeaderLine bar = new HeaderLine(namePartner ? who : null, controls);
        bar.node().getStyleClass().add("simulator-header");
        return bar.node();
    }

    private static ScrollPane scroll(Node content, String id) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId(id);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }

    static Label sectionTitle(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll(Styles.TITLE_4, "section-title");
        return label;
    }

    static Label subTitle(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll(Styles.TEXT_BOLD, "sub-title");
        return label;
    }
}
