package org.tierdesk.ui.programs;


import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.tierdesk.program.Program;
import org.tierdesk.ui.Messages;

/** The Programs screen: the loaded programs on the left, the chosen one's tier table and rules on the right. */
public final class ProgramsView {
    private final ProgramsViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final VBox detail = new VBox(16);

    public ProgramsView(ProgramsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        root.setId("programs-screen");
        root.setLeft(programList());
        detail.setPadding(new Insets(24, 28, 28, 28));
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        root.setCenter(scroll);
        model.tableProperty().addListener((obs, old, table) -> render());
        render();
    }

    public Node node() {
        return root;
    }

    private Node programList() {
        ListView<Program> list = new ListView<>(model.programs());
        list.setId("programs-list");
        list.setPrefWidth(260);
        list.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Program program, boolean empty) {
                super.updateItem(program, empty);
                if (empty || program == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label name = new Label(model.title(program));
                name.getStyleClass().add(Styles.TEXT_BOLD);
                name.setWrapText(true);
                name.maxWidthProperty().bind(list.widthProperty().subtract(48));
                name.setMinHeight(Label.USE_PREF_SIZE);
                Label vendor = new Label(program.vendor().in(messages.locale()) + " \u00b7 " + program.currency());
                vendor.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
                VBox box = new VBox(2, name, vendor);
                box.setPadding(new Insets(6, 4, 6, 4));
                setGraphic(box);
                setText(null);
            }
        });
        list.getSelectionModel().select(model.selectedProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, program) -> {
            if (program != null) {
                model.selectedProperty().set(program);
            }
        });
        VBox side = new VBox(list);
        VBox.setVgrow(list, Priority.ALWAYS);
        side.getStyleClass().add("screen-side");
        return side;
    }

    private void render() {
        detail.getChildren().clear();
        Program program = model.selectedProperty().get();
        TierTable table = model.tableProperty().get();
        if (program == null || table == null) {
            Label empty = new Label(messages.get("programs.none"));
            empty.getStyleClass().add(Styles.TEXT_MUTED);
            detail.getChildren().add(empty);
            return;
        }
        Label title = new Label(model.title(program));
        title.setId("program-title");
        title.getStyleClass().add(Styles.TITLE_2);
        title.setWrapText(true);
        Label subtitle = new Label(model.subtitle(program));
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        subtitle.setWrapText(true);
        detail.getChildren().addAll(new VBox(4, title, subtitle), grid(table));
        for (ProgramNote note : model.notesProperty().get()) {
            detail.getChildren().add(noteCard(note));
        }
    }

    private Node grid(TierTable table) {
        GridPane grid = new GridPane();
        grid.setId("tier-table");
        grid.getStyleClass().add("tier-table");
        ColumnConstraints labelColumn = new ColumnConstraints();
        labelColumn.setMinWidth(240);
        labelColumn.setPrefWidth(340);
        labelColumn.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().add(labelColumn);
        for (int i = 0; i < table.tiers().size(); i++) {
            ColumnConstraints tierColumn = new ColumnConstraints();
            tierColumn.setMinWidth(96);
            tierColumn.setPrefWidth(130);
            tierColumn.setHalignment(HPos.CENTER);
            grid.getColumnConstraints().add(tierColumn);
        }
        grid.add(cell(new Label(""), "tier-table-head"), 0, 0);
        for (int i = 0; i < table.tiers().size(); i++) {
            Label tier = new Label(table.tiers().get(i));
            tier.setWrapText(true);
            tier.getStyleClass().add(Styles.TEXT_BOLD);
            grid.add(cell(tier, "tier-table-head"), i + 1, 0);
        }
        int rowIndex = 1;
        boolean odd = false;
        for (TierTable.Row row : table.rows()) {
            if (row.section()) {
                Label section = new Label(row.label());
                section.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.TEXT_SMALL);
                grid.add(cell(section, "tier-table-section"), 0, rowIndex, table.tiers().size() + 1, 1);
                odd = false;
            } else {
                String stripe = odd ? "tier-table-odd" : "tier-table-even";
                grid.add(cell(ruleLabel(row), stripe), 0, rowIndex);
                for (int i = 0; i < row.cells().size(); i++) {
                    Label value = new Label(row.cells().get(i));
                    value.setWrapText(true);
                    if (TierTableLayout.YES.equals(row.cells().get(i))) {
                        value.getStyleClass().add("tier-table-yes");
                    }
                    grid.add(cell(value, stripe), i + 1, rowIndex);
                }
                odd = !odd;
            }
            rowIndex++;
        }
        return grid;
    }

    private static Node ruleLabel(TierTable.Row row) {
        Label label = new Label(row.label());
        label.setWrapText(true);
        VBox box = new VBox(2, label);
        if (!row.note().isBlank()) {
            Label note = new Label(row.note());
            note.setWrapText(true);
            note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            box.getChildren().add(note);
        }
        return box;
    }

    private static StackPane cell(Node content, String styleClass) {
        StackPane cell = new StackPane(content);
        cell.getStyleClass().addAll("tier-table-cell", styleClass);
        StackPane.setAlignment(content, content instanceof VBox ? Pos.CENTER_LEFT : Pos.CENTER);
        if (styleClass.equals("tier-table-section")) {
            StackPane.setAlignment(content, Pos.CENTER_LEFT);
        }
        cell.setMaxWidth(Double.MAX_VALUE);
        cell.setMaxHeight(Double.MAX_VALUE);
        return cell;
    }

    private static Node noteCard(ProgramNote note) {
        Label title = new Label(note.title());
        title.getStyleClass().add(Styles.TITLE_4);
        Label text = new Label(note.text());
        text.setWrapText(true);
        VBox card = new VBox(6, title, text);
        card.getStyleClass().add("note-card");
        return card;
    }

}
