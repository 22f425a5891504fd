package org.tierdesk.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.slf4j.Logger;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.slf4j.LoggerFactory;

import org.tierdesk.ui.downgrade.DowngradeView;
import org.tierdesk.ui.downgrade.DowngradeViewModel;
import org.tierdesk.ui.export.PdfExport;
import org.tierdesk.ui.export.PdfExportModel;
import org.tierdesk.ui.export.PdfExportSeams;
import org.tierdesk.ui.form.FormDialog;
import org.tierdesk.ui.partner.PartnerForm;
import org.tierdesk.ui.partner.PartnerView;
import org.tierdesk.ui.partner.PartnerViewModel;
import org.tierdesk.ui.portfolio.PortfolioRows;
import org.tierdesk.ui.portfolio.PortfolioView;
import org.tierdesk.ui.portfolio.PortfolioViewModel;
import org.tierdesk.ui.programs.ProgramsView;
import org.tierdesk.ui.programs.ProgramsViewModel;
import org.tierdesk.ui.meeting.MeetingMode;
import org.tierdesk.ui.settings.SettingsView;
import org.tierdesk.ui.settings.SettingsViewModel;
import org.tierdesk.ui.shell.ScreenContent;
import org.tierdesk.ui.simulator.SimulatorScreen;
import org.tierdesk.ui.simulator.StoredPartner;
import org.tierdesk.ui.shell.Screen;
import org.tierdesk.ui.shell.ShellView;
import org.tierdesk.ui.shell.ShellViewModel;

/**
 * The one main window: builds the shell in the chosen language and theme, remembers where the window was, and
 * rebuilds the scene when the language changes (every label is read again from the bundle).
 */
public final class MainWindow {
    /** Packaging tests wait for this logger's "main window shown" line. */
    private static final Logger LIFECYCLE = LoggerFactory.getLogger("org.tierdesk.lifecycle");
    static final String STYLESHEET = MainWindow.class.getResource("tierdesk.css").toExternalForm();

    private final Stage stage;
    private final Session session;
    private final ShellViewModel shell = new ShellViewModel();
    private final List<FileCommand> fileCommands = new ArrayList<>();
    private final PdfExportSeams exportSeams = new PdfExportSeams();
    private boolean shownOnce;
    private ShellView shellView;
    private javafx.beans.value.ChangeListener<Long> partnerListener;
    private FilePicker files = FilePicker.system();
    private PortfolioRows readAhead;
    private final javafx.event.EventHandler<WindowEvent> shown = e -> {
        if (!shownOnce) {
            shownOnce = true;
            LIFECYCLE.info("main window shown at {}", Instant.now());
        }
    };
    private final javafx.event.EventHandler<WindowEvent> closing = e -> rememberPlacement();

    public MainWindow(Stage stage, Session session) {
        this.stage = stage;
        this.session = session;
        addFileCommand(new org.tierdesk.ui.scenario.ScenarioMenu(session, session.store().clock(), () -> files,
                () -> stage, shell.partnerIdProperty(), shell::openPartner));
    }

    /**
     * Rows read before the window was built (see {@code org.tierdesk.ui.startup.HeadStart}): the portfolio's first
     * showing uses them instead of reading the store again, if they are still today's and in the window's language.
     */
    public void startWith(PortfolioRows rows) {
        readAhead = rows;
    }

    /** Where the window asks for files to import and export; tests answer with prepared files. */
    public void useFilePicker(FilePicker picker) {
        this.files = picker;
    }

    public void show() {
        applyTheme(session.settings().theme());
        rebuild();
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        session.settings().windowPlacement().ifPresentOrElse(this::place, () -> {
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.centerOnScreen();
        });
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown);
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, closing);
        stage.show();
    }

    /** Lets go of the stage, so that a window on another database (a restored one) can take it over. */
    public void dispose() {
        stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, shown);
        stage.removeEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, closing);
        if (partnerListener != null) {
            shell.partnerIdProperty().removeListener(partnerListener);
        }
        if (shellView != null) {
            shellView.dispose();
        }
    }

    public ShellViewModel shell() {
        return shell;
    }

    /** The save dialog, viewer and message box the PDF exports use (tests put their own in). */
    public PdfExportSeams exportSeams() {
        return exportSeams;
    }

    private void rebuild() {
        Messages messages = new Messages(session.settings().language());
        Clock clock = session.store().clock();
        PortfolioViewModel portfolioModel = new PortfolioViewModel(session, messages, clock);
        if (readAhead != null) {
            portfolioModel.startWith(readAhead);
            readAhead = null;
        }
        PortfolioView portfolio = new PortfolioView(portfolioModel, messages, shell::openPartner,
                () -> newPartner(messages));
        portfolio.onSelect(id -> shell.partnerIdProperty().set(id));
        PartnerViewModel partnerModel = new PartnerViewModel(session, messages, clock);
        PdfExport export = new PdfExport(new PdfExportModel(session, messages, clock), messages, exportSeams);
        portfolio.addHeaderAction(export.portfolioButton(portfolio::shownPartnerIds, portfolio::filterSummary));
        Map<Screen, Supplier<ScreenContent>> screens = new LinkedHashMap<>();
        screens.put(Screen.PORTFOLIO, () -> ScreenContent.of(portfolio.node(), portfolioModel::refreshShown));
        // built on first use, like every screen but the portfolio: start-up builds only what the window shows
        screens.put(Screen.PARTNER, () -> {
            PartnerView partner = new PartnerView(partnerModel, messages, () -> shell.show(Screen.PORTFOLIO),
                    () -> { });
            partner.filePicker(() -> files);
            partner.addHeaderAction(export.partnerButton(shell.partnerIdProperty()::get));
            return ScreenContent.of(partner.node(), () -> partnerModel.load(shell.partnerIdProperty().get()));
        });
        screens.put(Screen.SIMULATOR, () -> {
            SimulatorScreen simulator = new SimulatorScreen(shell.partnerIdProperty()::get,
                    id -> new StoredPartner(session.store(), id), () -> LocalDate.now(clock), messages,
                    new MeetingMode(stage, messages), () -> shell.show(Screen.PORTFOLIO),
                    () -> partnerChoices(messages), id -> shell.partnerIdProperty().set(id));
            return ScreenContent.of(simulator.node(), simulator::refresh);
        });
        screens.put(Screen.PROGRAMS, () -> {
            ProgramsView view = new ProgramsView(new ProgramsViewModel(session.programs(), messages), messages);
            return ScreenContent.of(view.node(), () -> { });
        });
        screens.put(Screen.DOWNGRADES, () -> {
            DowngradeViewModel model = new DowngradeViewModel(session.store(), messages, clock);
            return ScreenContent.of(new DowngradeView(model, messages, shell::openPartner).node(), model::refresh);
        });
        portfolio.onShowDowngrades(() -> shell.show(Screen.DOWNGRADES));
        screens.put(Screen.SETTINGS, () -> {
            SettingsViewModel model = new SettingsViewModel(session, messages,
                    language -> Platform.runLater(this::rebuild), this::applyTheme);
            return ScreenContent.of(new SettingsView(model, messages).node(), model::refresh);
        });
        if (partnerListener != null) {
            shell.partnerIdProperty().removeListener(partnerListener);
        }
        partnerListener = (obs, old, id) -> {
            if (shell.screenProperty().get() == Screen.PARTNER) {
                partnerModel.load(id);
            }
        };
        shell.partnerIdProperty().addListener(partnerListener);
        if (shellView != null) {
            shellView.dispose();
        }
        ShellView view = new ShellView(shell, messages, screens);
        shellView = view;
        view.onExit(() -> {
            rememberPlacement();
            stage.close();
        });
        MenuItem find = new MenuItem(messages.get("menu.view.find"), new FontIcon(Feather.SEARCH));
        find.setId("menu-find");
        find.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        find.setOnAction(e -> {
            shell.show(Screen.PORTFOLIO);
            portfolio.focusSearch();
        });
        MenuItem add = new MenuItem(messages.get("menu.view.newPartner"), new FontIcon(Feather.USER_PLUS));
        add.setId("menu-new-partner");
        add.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        add.setOnAction(e -> newPartner(messages));
        view.addViewCommand(find);
        view.addViewCommand(add);
        fileCommands.forEach(command -> command.contribute(view, messages));
        Scene scene = stage.getScene();
        if (scene == null) {
            scene = new Scene(new StackPane());
            scene.getStylesheets().add(STYLESHEET);
            stage.setScene(scene);
        }
        scene.setRoot((Parent) view.node());
        stage.setTitle(messages.get("app.title"));
    }

    /** Every partner as the simulator's picker lists it: name · program. */
    private List<org.tierdesk.ui.form.Choice> partnerChoices(Messages messages) {
        return session.store().partners().portfolio(LocalDate.now(session.store().clock())).stream()
                .map(p -> new org.tierdesk.ui.form.Choice(String.valueOf(p.id()), p.name() + " \u00b7 "
                        + session.programName(p.programId(), messages.locale()))).toList();
    }

    private void newPartner(Messages messages) {
        PartnerForm form = new PartnerForm(session, messages, null, LocalDate.now(session.store().clock()));
        if (new FormDialog(form, messages, stage).showAndWait()) {
            shell.openPartner(form.savedId());
        }
    }

    /** A File-menu command that is rebuilt with the window (imports and exports add themselves here). */
    public interface FileCommand {
        void contribute(ShellView view, Messages messages);
    }

    public void addFileCommand(FileCommand command) {
        fileCommands.add(command);
    }

    private void applyTheme(Theme theme) {
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
    }

    private void place(WindowPlacement placement) {
        stage.setX(placement.x());
        stage.setY(placement.y());
        stage.setWidth(placement.width());
        stage.setHeight(placement.height());
        stage.setMaximized(placement.maximized());
    }

    private void rememberPlacement() {
        if (stage.isIconified()) {
            return;
        }
        session.settings().windowPlacement(new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized()));
    }
}
