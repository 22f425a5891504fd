package org.tierdesk.ui.simulator;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.tierdesk.engine.whatif.WhatIf;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.meeting.MeetingMode;

/**
 * The Simulator entry of the navigation: the simulator of the partner chosen in the portfolio, rebuilt from fresh
 * figures each time it is shown (facts may have changed meanwhile), keeping the what-if for the same partner.
 */
public final class SimulatorScreen {
    private final Supplier<Long> partnerId;
    private final Function<Long, SimulatorPartner> partners;
    private final Supplier<LocalDate> today;
    private final Messages messages;
    private final MeetingMode meeting;
    private final Runnable choosePartner;
    private final StackPane root = new StackPane();
    private Long shown;
    private SimulatorViewModel model;

    public SimulatorScreen(Supplier<Long> partnerId, Function<Long, SimulatorPartner> partners,
                           Supplier<LocalDate> today, Messages messages, MeetingMode meeting,
                           Runnable choosePartner) {
        this.partnerId = partnerId;
        this.partners = partners;
        this.today = today;
        this.messages = messages;
        this.meeting = meeting;
        this.choosePartner = choosePartner;
        root.setId("simulator-screen");
    }

    public Node node() {
        return root;
    }

    public SimulatorViewModel model() {
        return model;
    }

    public void refresh() {
        Long id = partnerId.get();
        if (id == null) {
            shown = null;
            model = null;
            root.getChildren().setAll(placeholder());
            return;
        }
        WhatIf keep = model != null && Objects.equals(shown, id) ? model.whatIfProperty().get() : WhatIf.NONE;
        SimulatorPartner partner = partners.apply(id);
        model = new SimulatorViewModel(partner, today.get(), messages);
        model.whatIfProperty().set(keep);
        shown = id;
        SimulatorViewModel current = model;
        root.getChildren().setAll(new SimulatorView(model, messages, () -> meeting.enter(
                new SimulatorViewModel(partner, today.get(), messages), current)).node());
    }

    private Node placeholder() {
        Label text = new Label(messages.get("simulator.noPartner"));
        text.setWrapText(true);
        Button choose = new Button(messages.get("simulator.choosePartner"));
        choose.setId("simulator-choose-partner");
        choose.setOnAction(e -> choosePartner.run());
        VBox box = new VBox(12, text, choose);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(420);
        return box;
    }
}
