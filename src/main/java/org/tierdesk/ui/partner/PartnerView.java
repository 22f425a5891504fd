package org.tierdesk.ui.partner;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.geometry.Orientation;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import org.tierdesk.engine.facts.Activity;
import org.tierdesk.engine.facts.Sale;
import org.tierdesk.engine.facts.SalesPlan;
import org.tierdesk.engine.facts.StaffMember;
import org.tierdesk.store.Contact;
import org.tierdesk.store.Partner;
import org.tierdesk.store.TierHistoryEntry;
import org.tierdesk.ui.Formats;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.form.FormDialog;
import org.tierdesk.ui.form.FactTable;
import org.tierdesk.ui.form.FormModel;
import org.tierdesk.ui.standing.StandingView;
import org.tierdesk.ui.standing.TierBadge;

/**
 * The Partner screen: a header with the partner's program and held tier, the standing tab first (selected each
 * time another partner opens), and a tab per kind of fact.
 */
public final class PartnerView {
    private final PartnerViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final StackPane root = new StackPane();
    private final BorderPane page = new BorderPane();
    private final Label name = new Label();
    private final Label subtitle = new Label();
    private final Label tierBadge = new Label();
    private final GridPane company = new GridPane();
    private final Runnable changed;
    private final TabPane tabs = new TabPane();
    private Long shownPartner;
    private java.util.function.Supplier<org.tierdesk.ui.FilePicker> files = org.tierdesk.ui.FilePicker::system;
    private HBox headerBar;

    public PartnerView(PartnerViewModel model, Messages messages, Runnable showPortfolio, Runnable changed) {
        this.model = model;
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        this.changed = changed;
        root.setId("partner-screen");
        page.setTop(header(showPortfolio));
        page.setCenter(tabs());
        Label none = new Label(messages.get("partner.none"));
        none.getStyleClass().add(Styles.TITLE_4);
        Button toPortfolio = new Button(messages.get("partner.toPortfolio"), new FontIcon(Feather.GRID));
        toPortfolio.setId("partner-to-portfolio");
        toPortfolio.setOnAction(e -> showPortfolio.run());
        VBox empty = new VBox(12, none, toPortfolio);
        empty.setAlignment(Pos.CENTER);
        empty.setId("partner-none");
        model.partnerProperty().addListener((obs, old, partner) -> show(partner, empty));
        // a tier change recorded on the standing tab changes the header's tier
        model.standing().revisionProperty().addListener((obs, old, loads) -> {
            if (model.partnerProperty().get() != null) {
                show(model.partnerProperty().get(), empty);
            }
        });
        show(model.partnerProperty().get(), empty);
    }

    public Node node() {
        return root;
    }

    /** Where the screen asks for files to import (the system's chooser unless a test puts in its own). */
    public void filePicker(java.util.function.Supplier<org.tierdesk.ui.FilePicker> picker) {
        this.files = picker;
    }

    /**
     * Puts a command (Export PDF) in the header, before Edit. The header's buttons then keep their whole labels
     * and the subtitle gives way first (a long Russian subtitle would otherwise cut "Edit" and "Delete").
     */
    public void addHeaderAction(Node action) {
        headerBar.getChildren().add(headerBar.getChildren().size() - 2, action);
        headerBar.getChildren().stream().filter(Button.class::isInstance).map(Button.class::cast)
                .forEach(b -> b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
    }

    private void show(Partner partner, Node empty) {
        if (partner == null) {
            root.getChildren().setAll(empty);
            return;
        }
        if (!Long.valueOf(partner.id()).equals(shownPartner)) {
            shownPartner = partner.id();
            tabs.getSelectionModel().select(0);
        }
        name.setText(partner.name());
        subtitle.setText(String.join(" \u00b7 ", model.programName(),
                partner.territory() == null ? messages.get("partner.noTerritory") : partner.territory(),
                messages.format("partner.joinedOn", formats.date(partner.joined()))));
        tierBadge.setText(model.heldTierLabel());
        tierBadge.getStyleClass().removeIf(c -> c.startsWith("tier-rank-"));
        tierBadge.getStyleClass().add(TierBadge.style(model.program(), model.heldTierId()));
        fillCompany(partner);
        root.getChildren().setAll(page);
    }

    private Node header(Runnable showPortfolio) {
        name.setId("partner-name");
        name.getStyleClass().add(Styles.TITLE_2);
        tierBadge.setId("partner-tier");
        tierBadge.getStyleClass().add("tier-badge");
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        HBox titleLine = new HBox(12, name, tierBadge);
        titleLine.setAlignment(Pos.CENTER_LEFT);
        Button back = new Button(null, new FontIcon(Feather.ARROW_LEFT));
        back.setId("partner-back");
        back.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        back.setOnAction(e -> showPortfolio.run());
        Button edit = new Button(messages.get("partner.editCompany"), new FontIcon(Feather.EDIT_2));
        edit.setId("edit-company");
        edit.setOnAction(e -> open(model.editCompany()));
        Button delete = new Button(messages.get("partner.delete"), new FontIcon(Feather.TRASH_2));
        delete.setId("delete-partner");
        delete.getStyleClass().addAll(Styles.DANGER, Styles.BUTTON_OUTLINED);
        delete.setOnAction(e -> {
            javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                    javafx.scene.control.Alert.AlertType.CONFIRMATION);
            alert.initOwner(window());
            alert.setTitle(messages.get("partner.delete"));
            alert.setHeaderText(messages.format("partner.delete.confirm", name.getText()));
            alert.getButtonTypes().setAll(
                    new javafx.scene.control.ButtonType(messages.get("action.delete"),
                            javafx.scene.control.ButtonBar.ButtonData.OK_DONE),
                    new javafx.scene.control.ButtonType(messages.get("dialog.cancel"),
                            javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
            alert.getDialogPane().getStylesheets().addAll(root.getScene().getStylesheets());
            if (alert.showAndWait().map(b -> b.getButtonData()
                    == javafx.scene.control.ButtonBar.ButtonData.OK_DONE).orElse(false)) {
                model.deletePartner();
                changed.run();
                showPortfolio.run();
            }
        });
        edit.setMinWidth(Button.USE_PREF_SIZE);
        delete.setMinWidth(Button.USE_PREF_SIZE);
        subtitle.setWrapText(true);
        HBox header = new HBox(12, back, new VBox(4, titleLine, subtitle), new Spacer(), edit, delete);
        headerBar = header;
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("screen-header");
        return header;
    }

    private Node tabs() {
        tabs.setId("partner-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab standing = new Tab(messages.get("standing.tab"), new StandingView(model.standing(), messages).node());
        standing.setId("tab-standing");
        standing.setGraphic(new FontIcon(Feather.TRENDING_UP));
        tabs.getTabs().addAll(standing,
                tab("company", "partner.tab.company", Feather.HOME, companyTab()),
                tab("contacts", "partner.tab.contacts", Feather.USERS, contactsTab()),
                tab("staff", "partner.tab.staff", Feather.AWARD, staffTab()),
                tab("sales", "partner.tab.sales", Feather.SHOPPING_CART, salesTab()),
                tab("activities", "partner.tab.activities", Feather.CALENDAR, activitiesTab()),
                tab("checklist", "partner.tab.checklist", Feather.CHECK_SQUARE, checklistTab()),
                tab("plans", "partner.tab.plans", Feather.TARGET, plansTab()),
                tab("history", "partner.tab.history", Feather.CLOCK, historyTab()));
        return tabs;
    }

    private Tab tab(String id, String key, Feather icon, Node content) {
        Tab tab = new Tab(messages.get(key), content);
        tab.setId("tab-" + id);
        tab.setGraphic(new FontIcon(icon));
        if (content instanceof javafx.scene.layout.Region region) {
            region.setPadding(new Insets(14, 24, 20, 24));
        }
        return tab;
    }

    private Node companyTab() {
        company.setId("company-details");
        company.setHgap(24);
        company.setVgap(12);
        company.getStyleClass().add("note-card");
        company.setMaxWidth(760);
        VBox box = new VBox(company);
        return box;
    }

    private void fillCompany(Partner partner) {
        company.getChildren().clear();
        String[][] rows = {
                {"partner.field.name", partner.name()},
                {"partner.field.program", model.programName()},
                {"partner.field.heldTier", model.heldTierLabel()},
                {"partner.field.territory", partner.territory() == null ? "" : partner.territory()},
                {"partner.field.joined", formats.date(partner.joined())},
                {"partner.field.notes", partner.notes() == null ? "" : partner.notes()}};
        for (int i = 0; i < rows.length; i++) {
            Label key = new Label(messages.get(rows[i][0]));
            key.getStyleClass().add(Styles.TEXT_MUTED);
            key.setMinWidth(Label.USE_PREF_SIZE);
            Label value = new Label(rows[i][1]);
            value.setWrapText(true);
            value.setId("company-" + rows[i][0].substring("partner.field.".length()));
            company.addRow(i, key, value);
        }
    }

    private Node contactsTab() {
        FactTable<Contact> table = new FactTable<>("contact", messages, model.contacts(),
                () -> open(model.contactForm(null)), c -> open(model.contactForm(c)), after(model::delete));
        table.text("contact.field.name", Contact::name, 220);
        table.text("contact.field.position", c -> orEmpty(c.position()), 200);
        table.text("contact.field.email", c -> orEmpty(c.email()), 220);
        table.text("contact.field.phone", c -> orEmpty(c.phone()), 160);
        return table.node();
    }

    private Node staffTab() {
        FactTable<StaffMember> people = new FactTable<>("staff", messages, model.staff(),
                () -> open(model.staffForm(null)), s -> open(model.staffForm(s)), after(model::delete));
        people.text("staff.field.name", StaffMember::name, 240);
        people.text("staff.field.roles", s -> String.join(", ", s.roles()), 220);
        people.column("staff.column.certifications", s -> (long) s.certifications().size(), formats::integer, 140);

        FactTable<CertificationRow> certificates = new FactTable<>("certification", messages, model.certifications(),
                () -> open(model.certificationForm(null, selectedStaffId(people))),
                c -> open(model.certificationForm(c.entry(), null)), after(model::delete));
        certificates.text("certification.field.staff", CertificationRow::staffName, 200);
        certificates.text("certification.field.certification", CertificationRow::label, 220);
        certificates.column("certification.field.earned", c -> c.entry().certification().earned(), formats::date, 130);
        certificates.column("certification.field.expires", c -> c.entry().certification().expires(), formats::date,
                130);
        certificates.text("certification.column.status", c -> messages.get("expiry." + c.expiry().name()), 160);
        certificates.table().setRowFactory(v -> new TableRow<>() {
            @Override
            protected void updateItem(CertificationRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("expired", "expiring");
                if (!empty && item != null && item.expiry() == Expiry.EXPIRED) {
                    getStyleClass().add("expired");
                } else if (!empty && item != null && item.expiry() == Expiry.SOON) {
                    getStyleClass().add("expiring");
                }
            }
        });
        Label legend = new Label(messages.format("certification.legend", Expiry.SOON_DAYS));
        legend.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        certificates.toolbar().getChildren().add(legend);
        Label staffTitle = sectionTitle("staff.title");
        Label certificatesTitle = sectionTitle("certification.title");
        SplitPane split = new SplitPane(new VBox(8, staffTitle, people.node()),
                new VBox(8, certificatesTitle, certificates.node()));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        VBox.setVgrow(people.node(), javafx.scene.layout.Priority.ALWAYS);
        VBox.setVgrow(certificates.node(), javafx.scene.layout.Priority.ALWAYS);
        return new StackPane(split);
    }

    private Node salesTab() {
        FactTable<Sale> table = new FactTable<>("sale", messages, model.sales(),
                () -> open(model.saleForm(null)), s -> open(model.saleForm(s)), after(model::delete));
        table.column("sale.field.date", Sale::date, formats::date, 120);
        table.text("sale.field.product", s -> orEmpty(s.product()), 220);
        table.text("sale.field.category", s -> model.categoryLabel(s.category()), 180);
        table.column("sale.field.amount", s -> s.amount().amount(),
                (BigDecimal a) -> a.toPlainString(), 150).setCellFactory(c -> new javafx.scene.control.TableCell<>() {
                    @Override
                    protected void updateItem(BigDecimal item, boolean empty) {
                        super.updateItem(item, empty);
                        Sale sale = empty ? null : getTableRow().getItem();
                        setText(sale == null ? null : formats.money(item, sale.amount().currency()));
                        setAlignment(Pos.CENTER_RIGHT);
                    }
                });
        table.column("sale.field.licenses", s -> (long) s.licenses(), formats::integer, 90);
        table.column("sale.field.returned", s -> s.returned() == null ? LocalDate.MIN : s.returned(),
                d -> d.equals(LocalDate.MIN) ? "" : formats.date(d), 120);
        Button importCsv = new Button(messages.get("csv.importButton"), new FontIcon(Feather.DOWNLOAD));
        importCsv.setId("import-sales-csv");
        importCsv.setOnAction(e -> importSalesCsv());
        table.toolbar().getChildren().add(importCsv);
        return table.node();
    }

    private Node activitiesTab() {
        FactTable<Activity> table = new FactTable<>("activity", messages, model.activities(),
                () -> open(model.activityForm(null)), a -> open(model.activityForm(a)), after(model::delete));
        table.column("activity.field.date", Activity::date, formats::date, 120);
        table.text("activity.field.type", a -> model.activityLabel(a.type()), 220);
        table.text("activity.field.approved", a -> messages.get(a.approved() ? "common.yes" : "common.no"), 210);
        table.text("activity.field.cost", a -> a.cost() == null ? "" : formats.money(a.cost().amount(),
                a.cost().currency()), 150);
        table.text("activity.field.description", a -> orEmpty(a.description()), 260);
        return table.node();
    }

    private Node checklistTab() {
        FactTable<ChecklistRow> table = new FactTable<>("checklist", messages, model.checklist(),
                () -> { }, r -> open(model.checklistForm(r)), after(model::clear));
        // the program fixes the items: the list is edited, never added to
        table.toolbar().getChildren().remove(0);
        table.text("checklist.field.item", ChecklistRow::label, 560);
        table.text("checklist.field.done", r -> messages.get(r.done() ? "common.yes" : "common.no"), 110);
        table.text("checklist.field.since", r -> r.done() && r.mark().since() != null
                ? formats.date(r.mark().since()) : "", 160);
        return table.node();
    }

    private Node plansTab() {
        FactTable<SalesPlan> table = new FactTable<>("plan", messages, model.plans(),
                () -> open(model.planForm(null)), p -> open(model.planForm(p)), after(model::delete));
        table.column("plan.field.year", SalesPlan::year, String::valueOf, 120);
        table.text("plan.field.amount", p -> formats.money(p.amount().amount(), p.amount().currency()), 220);
        return table.node();
    }

    private Node historyTab() {
        FactTable<TierHistoryEntry> table = new FactTable<>("history", messages, model.history(),
                () -> open(model.tierChangeForm()), h -> { }, after(model::delete));
        // a recorded change is a fact of the past: it is deleted and recorded again, not edited
        table.toolbar().getChildren().remove(1);
        table.column("history.field.since", h -> h.change().since(), formats::date, 140);
        table.text("history.field.tier", h -> model.tierLabel(h.change().tier()), 180);
        table.text("history.field.reason", h -> orEmpty(h.change().reason()), 260);
        table.text("history.column.changedBy", h -> orEmpty(h.change().changedBy()), 160);
        // below the tier changes, every change to the partner's facts (the audit trail)
        SplitPane split = new SplitPane(new VBox(8, sectionTitle("history.tiers"), table.node()),
                new VBox(8, sectionTitle("audit.title"), new FactChangesTable(model.changes(), messages).node()));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.4);
        VBox.setVgrow(table.node(), javafx.scene.layout.Priority.ALWAYS);
        return new StackPane(split);
    }

    private void importSalesCsv() {
        files.get().open(window(), messages.get("csv.title"),
                new javafx.stage.FileChooser.ExtensionFilter(messages.get("csv.fileType"), "*.csv", "*.txt"))
                .ifPresent(path -> {
                    SalesCsvModel csv;
                    try {
                        csv = model.salesCsv(path);
                    } catch (java.io.IOException e) {
                        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                                javafx.scene.control.Alert.AlertType.ERROR,
                                messages.format("csv.readFailed", path, e.getMessage()));
                        alert.initOwner(window());
                        alert.showAndWait();
                        return;
                    }
                    if (new SalesCsvDialog(csv, messages, window()).showAndWait()) {
                        model.reload();
                        changed.run();
                    }
                });
    }

    private Long selectedStaffId(FactTable<StaffMember> people) {
        StaffMember selected = people.table().getSelectionModel().getSelectedItem();
        return selected == null ? null : selected.id();
    }

    private void open(FormModel form) {
        if (new FormDialog(form, messages, window()).showAndWait()) {
            model.reload();
            show(model.partnerProperty().get(), root.getChildren().isEmpty() ? null : root.getChildren().get(0));
            changed.run();
        }
    }

    private <T> Consumer<T> after(Consumer<T> delete) {
        return item -> {
            delete.accept(item);
            show(model.partnerProperty().get(), root.getChildren().get(0));
            changed.run();
        };
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private Label sectionTitle(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
