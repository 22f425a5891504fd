package org.tierdesk.ui.portfolio;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.tierdesk.store.PortfolioEntry;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.Session;
import org.tierdesk.ui.form.Choice;

/**
 * All partners with their program, held tier and territory; a search over names and territories and filters by
 * program, tier and territory narrow what the table shows. The "all" choice of a filter has the id "".
 */
public final class PortfolioViewModel {
    private final Session session;
    private final Messages messages;
    private final Clock clock;
    private final ObservableList<PortfolioRow> rows = FXCollections.observableArrayList();
    private final FilteredList<PortfolioRow> visible = new FilteredList<>(rows);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Choice> programChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> tierChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> territoryChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> program = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> tier = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> territory = new SimpleObjectProperty<>();

    public PortfolioViewModel(Session session, Messages messages, Clock clock) {
        this.session = session;
        this.messages = messages;
        this.clock = clock;
        search.addListener((obs, old, now) -> applyFilter());
        program.addListener((obs, old, now) -> {
            fillTierChoices();
            applyFilter();
        });
        tier.addListener((obs, old, now) -> applyFilter());
        territory.addListener((obs, old, now) -> applyFilter());
    }

    public ObservableList<PortfolioRow> visibleRows() {
        return visible;
    }

    public int total() {
        return rows.size();
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Choice> programFilterProperty() {
        return program;
    }

    public ObjectProperty<Choice> tierFilterProperty() {
        return tier;
    }

    public ObjectProperty<Choice> territoryFilterProperty() {
        return territory;
    }

    public ObservableList<Choice> programChoices() {
        return programChoices;
    }

    public ObservableList<Choice> tierChoices() {
        return tierChoices;
    }

    public ObservableList<Choice> territoryChoices() {
        return territoryChoices;
    }

    /** Reads the portfolio again (after an edit elsewhere), keeping the filters the manager set. */
    public void refresh() {
        Locale locale = messages.locale();
        List<PortfolioRow> loaded = new ArrayList<>();
        for (PortfolioEntry entry : session.store().partners().portfolio(LocalDate.now(clock))) {
            loaded.add(new PortfolioRow(entry.id(), entry.name(), entry.programId(),
                    session.programName(entry.programId(), locale), entry.heldTier(),
                    session.tierLabel(entry.programId(), entry.heldTier(), locale),
                    entry.territory() == null ? "" : entry.territory()));
        }
        rows.setAll(loaded);
        String programId = idOf(program.get());
        String territoryName = idOf(territory.get());
        programChoices.setAll(all("portfolio.filter.allPrograms"));
        session.programs().forEach(p -> programChoices.add(new Choice(p.id(), p.name().in(locale))));
        territoryChoices.setAll(all("portfolio.filter.allTerritories"));
        new TreeSet<>(loaded.stream().map(PortfolioRow::territory).filter(t -> !t.isBlank()).toList())
                .forEach(t -> territoryChoices.add(new Choice(t, t)));
        program.set(find(programChoices, programId));
        territory.set(find(territoryChoices, territoryName));
        fillTierChoices();
        applyFilter();
    }

    public void clearFilters() {
        search.set("");
        program.set(programChoices.isEmpty() ? null : programChoices.get(0));
        territory.set(territoryChoices.isEmpty() ? null : territoryChoices.get(0));
        tier.set(tierChoices.isEmpty() ? null : tierChoices.get(0));
    }

    /** Tiers are a program's own: with a program chosen, its tiers; otherwise each tier name once. */
    private void fillTierChoices() {
        String chosen = idOf(tier.get());
        List<Choice> choices = new ArrayList<>(List.of(all("portfolio.filter.allTiers")));
        String programId = idOf(program.get());
        if (!programId.isEmpty()) {
            session.program(programId).ifPresent(p -> p.tiers().forEach(t ->
                    choices.add(new Choice(t.label().in(messages.locale()), t.label().in(messages.locale())))));
        } else {
            new TreeSet<>(rows.stream().map(PortfolioRow::tier).filter(t -> !t.isBlank()).toList())
                    .forEach(t -> choices.add(new Choice(t, t)));
        }
        tierChoices.setAll(choices);
        tier.set(find(tierChoices, chosen));
    }

    private void applyFilter() {
        String text = search.get() == null ? "" : search.get().trim().toLowerCase(messages.locale());
        String programId = idOf(program.get());
        String tierLabel = idOf(tier.get());
        String territoryName = idOf(territory.get());
        visible.setPredicate(row -> (text.isEmpty()
                || row.name().toLowerCase(messages.locale()).contains(text)
                || row.territory().toLowerCase(messages.locale()).contains(text))
                && (programId.isEmpty() || row.programId().equals(programId))
                && (tierLabel.isEmpty() || row.tier().equals(tierLabel))
                && (territoryName.isEmpty() || row.territory().equals(territoryName)));
    }

    private Choice all(String key) {
        return new Choice("", messages.get(key));
    }

    private static String idOf(Choice choice) {
        return choice == null ? "" : choice.id();
    }

    private static Choice find(List<Choice> choices, String id) {
        return choices.stream().filter(c -> Objects.equals(c.id(), id)).findFirst()
                .orElse(choices.isEmpty() ? null : choices.get(0));
    }
}
