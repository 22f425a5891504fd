package org.tierdesk.ui.simulator;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.tierdesk.engine.whatif.WhatIf;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.ProgramNotLoaded;
import org.tierdesk.ui.form.Choice;
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
    private final Supplier<List<Choice>> partnerChoices;
    private final LongConsumer pick;
    private final StackPane root = new StackPane();
    private Long shown;
    private SimulatorViewModel model;

    /**
     * @param partnerChoices every partner (id and label) for the picker shown when no partner is chosen
     * @param pick           makes a partner of the picker the chosen one (the screen then shows it)
     */
    public SimulatorScreen(Supplier<Long> partnerId, Function<Long, SimulatorPartner> partners,
                           Supplier<LocalDate> today, Messages messages, MeetingMode meeting,
                           Runnable choosePartner, Supplier<List<Choice>> partnerChoices, LongConsumer pick) {
        this.partnerId = partnerId;
        this.partners = partners;
        this.today = today;
        this.messages = messages;
        this.meeting = meeting;
        this.choosePartner = choosePartner;
        this.partnerChoices = partnerChoices;
        this.pick = pick;
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
        SimulatorPartner partner;
        try {
            partner = partners.apply(id);
        } catch (ProgramNotLoaded e) {
            shown = null;
            model = null;
            root.getChildren().setAll(notLoaded(e));
            return;
        }
        model = new SimulatorViewModel(partner, today.get(), messages);
        model.whatIfProperty().set(keep);
        shown = id;
        SimulatorViewModel current = model;
        root.getChildren().setAll(new SimulatorView(model, messages, () -> meeting.enter(
                new SimulatorViewModel(partner, today.get(), messages), current)).node());
    }

    /** The chosen partner's program is not loaded: why, and the way back to the portfolio. */
    private Node notLoaded(ProgramNotLoaded reason) {
        Label text = new Label(reason.message(messages));
        text.setId("simulator-program-missing");
        text.setWrapText(true);
        text.getStyleClass().add(atlantafx.base.theme.Styles.TITLE_4);
        Button back = new Button(messages.get("simulator.choosePartner"));
        back.setOnAction(e -> choosePartner.run());
        VBox box = new VBox(16, text, back);
        box.setMaxWidth(560);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** No partner chosen yet: a searchable list of the partners, and the way to the portfolio. */
    private Node placeholder() {
        Label text = new Label(messages.get("simulator.pick.title"));
        text.setWrapText(true);
        text.getStyleClass().add(atlantafx.base.theme.Styles.TITLE_4);
        FilteredList<Choice> shown = new FilteredList<>(FXCollections.observableArrayList(partnerChoices.get()));
        TextField search = new TextField();
        search.setId("simulator-partner-search");
        search.setPromptText(messages.get("simulator.pick.search"));
        search.textProperty().addListener((obs, old, typed) -> {
            String wanted = typed == null ? "" : typed.strip().toLowerCase(messages.locale());
            shown.setPredicate(c -> wanted.isEmpty() || c.label().toLowerCase(messages.locale()).contains(wanted));
        });
        ListView<Choice> list = new ListView<>(shown);
        list.setId("simulator-partner-list");
        list.setPrefHeight(320);
        list.setPlaceholder(new Label(messages.get("simulator.pick.nobody")));
        Button open = new Button(messages.get("simulator.pick.open"));
        open.setId("simulator-pick");
        open.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        open.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        Runnable chosen = () -> {
            Choice choice = list.getSelectionModel().getSelectedItem();
            if (choice != null) {
                pick.accept(Long.parseLong(choice.id()));
                refresh();
            }
        };
        open.setOnAction(e -> chosen.run());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                chosen.run();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                chosen.run();
            }
        });
        search.setOnAction(e -> {
            if (shown.size() == 1) {
                list.getSelectionModel().select(0);
                chosen.run();
            }
        });
        Button choose = new Button(messages.get("simulator.choosePartner"));
        choose.setId("simulator-choose-partner");
        choose.setOnAction(e -> choosePartner.run());
        HBox buttons = new HBox(8, open, choose);
        VBox box = new VBox(12, text, search, list, buttons);
        box.setId("simulator-partner-picker");
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMaxWidth(520);
        box.setMaxHeight(Region.USE_PREF_SIZE);
        return box;
    }
}
