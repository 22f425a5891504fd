package org.tierdesk.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import org.tierdesk.ui.Messages;

/**
 * The main window's frame: menu bar, left navigation and the current screen. Screens are built on first visit and
 * kept, so switching back is instant and keeps their state.
 */
public final class ShellView {
    private static final KeyCode[] SCREEN_KEYS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
            KeyCode.DIGIT5, KeyCode.DIGIT6};

    private final ShellViewModel model;
    private final Messages messages;
    private final Map<Screen, Supplier<ScreenContent>> factories;
    private final Map<Screen, ScreenContent> built = new EnumMap<>(Screen.class);
    private final Map<Screen, ToggleButton> navButtons = new EnumMap<>(Screen.class);
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final Menu fileMenu;
    private final Menu viewMenu;
    private final javafx.beans.value.ChangeListener<Screen> screenListener = (obs, old, screen) -> show(screen);

    public ShellView(ShellViewModel model, Messages messages, Map<Screen, Supplier<ScreenContent>> factories) {
        this.model = model;
        this.messages = messages;
        this.factories = new EnumMap<>(factories);
        root.setId("main-root");
        fileMenu = new Menu(messages.get("menu.file"));
        fileMenu.setId("menu-file");
        viewMenu = new Menu(messages.get("menu.view"));
        viewMenu.setId("menu-view");
        root.setTop(menuBar());
        root.setLeft(navigation());
        content.getStyleClass().add("screen-content");
        root.setCenter(content);
        model.screenProperty().addListener(screenListener);
        show(model.screenProperty().get());
    }

    public Node node() {
        return root;
    }

    /** Stops following the shell's state: the window was rebuilt (another language) and this view is gone. */
    public void dispose() {
        model.screenProperty().removeListener(screenListener);
    }

    /** File-menu commands other screens contribute (imports, exports), above Exit. */
    public void addFileCommand(MenuItem item) {
        fileMenu.getItems().add(fileMenu.getItems().size() - 2, item);
    }

    public void onExit(Runnable exit) {
        MenuItem item = fileMenu.getItems().get(fileMenu.getItems().size() - 1);
        item.setOnAction(e -> exit.run());
    }

    private MenuBar menuBar() {
        MenuItem exit = new MenuItem(messages.get("menu.file.exit"));
        exit.setId("menu-exit");
        exit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        fileMenu.getItems().addAll(new SeparatorMenuItem(), exit);
        int index = 0;
        for (Screen screen : factories.keySet()) {
            MenuItem item = new MenuItem(messages.get("screen." + screen.key()), new FontIcon(screen.icon()));
            item.setId("menu-" + screen.key());
            item.setAccelerator(new KeyCodeCombination(SCREEN_KEYS[index++], KeyCombination.SHORTCUT_DOWN));
            item.setOnAction(e -> model.show(screen));
            viewMenu.getItems().add(item);
        }
        MenuBar bar = new MenuBar(fileMenu, viewMenu);
        bar.setId("menu-bar");
        return bar;
    }

    /** Adds a command to the View menu under the screens (search, new partner...). */
    public void addViewCommand(MenuItem item) {
        if (viewMenu.getItems().stream().noneMatch(i -> i instanceof SeparatorMenuItem)) {
            viewMenu.getItems().add(new SeparatorMenuItem());
        }
        viewMenu.getItems().add(item);
    }

    private Node navigation() {
        Label brand = new Label(messages.get("app.name"), new FontIcon(Feather.TRENDING_UP));
        brand.getStyleClass().addAll(Styles.TITLE_3, "brand");
        Label tagline = new Label(messages.get("app.tagline"));
        tagline.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        tagline.setWrapText(true);
        VBox header = new VBox(2, brand, tagline);
        header.setPadding(new Insets(18, 16, 18, 16));

        VBox items = new VBox(4);
        items.setPadding(new Insets(0, 10, 10, 10));
        ToggleGroup group = new ToggleGroup();
        for (Screen screen : factories.keySet()) {
            ToggleButton button = new ToggleButton(messages.get("screen." + screen.key()), new FontIcon(screen.icon()));
            button.setId("nav-" + screen.key());
            button.getStyleClass().add("nav-item");
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setGraphicTextGap(12);
            button.setOnAction(e -> {
                // a toggle group lets a click deselect; the navigation always has one screen selected
                button.setSelected(true);
                model.show(screen);
            });
            navButtons.put(screen, button);
            items.getChildren().add(button);
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        VBox nav = new VBox(header, items, spacer);
        nav.setId("navigation");
        nav.getStyleClass().add("navigation");
        nav.setPrefWidth(220);
        nav.setMinWidth(200);
        return nav;
    }

    private void show(Screen screen) {
        Supplier<ScreenContent> factory = factories.get(screen);
        if (factory == null) {
            return;
        }
        ScreenContent shown = built.computeIfAbsent(screen, s -> factory.get());
        content.getChildren().setAll(shown.node());
        shown.refresh();
        ToggleButton button = navButtons.get(screen);
        if (button != null) {
            button.setSelected(true);
        }
    }
}
