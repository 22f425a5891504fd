package org.tierdesk.ui.partner;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.tierdesk.store.SalesColumn;
import org.tierdesk.store.SalesCsvCheck;
import org.tierdesk.store.SalesCsvDate;
import org.tierdesk.store.SalesCsvException;
import org.tierdesk.store.SalesCsvFile;
import org.tierdesk.store.SalesCsvImport;
import org.tierdesk.store.SalesCsvMapping;
import org.tierdesk.store.SalesCsvProblem;
import org.tierdesk.ui.Messages;

/**
 * The sales CSV import dialog's state: the file as read, the column mapping (guessed, then the manager's), the
 * first rows, and every problem of the whole file with its line, checked again on each change of the mapping.
 * Import is possible only while there is no problem, and adds every sale or none.
 */
public final class SalesCsvModel {
    public static final int PREVIEW_ROWS = 10;
    /** The mapping choice for a field no file column fills (its default applies). */
    public static final int NOT_READ = -1;

    private final SalesCsvImport csv;
    private final Messages messages;
    private final long partnerId;
    private final SalesCsvFile file;
    private final ReadOnlyObjectWrapper<SalesCsvMapping> mapping = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper importable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private int imported;

    public SalesCsvModel(SalesCsvImport csv, Messages messages, long partnerId, SalesCsvFile file) {
        this.csv = csv;
        this.messages = messages;
        this.partnerId = partnerId;
        this.file = file;
        mapping.set(SalesCsvMapping.guess(file.header()));
        check();
    }

    public SalesCsvFile file() {
        return file;
    }

    /** The file's header cells, the columns of the preview. */
    public List<String> header() {
        return file.header();
    }

    public List<List<String>> preview() {
        return file.rows().stream().limit(PREVIEW_ROWS).map(SalesCsvFile.Row::cells).toList();
    }

    /** The choices of a mapping combo: {@link #NOT_READ}, then each file column's index. */
    public List<Integer> columnChoices() {
        List<Integer> choices = new ArrayList<>();
        choices.add(NOT_READ);
        for (int i = 0; i < file.header().size(); i++) {
            choices.add(i);
        }
        return choices;
    }

    public String choiceLabel(Integer index) {
        if (index == null || index == NOT_READ) {
            return messages.get("csv.column.none");
        }
        String header = index < file.header().size() ? file.header().get(index) : "";
        return messages.format("csv.column.choice", index + 1, header);
    }

    public String fieldLabel(SalesColumn column) {
        return messages.get("csv.field." + column.name()) + (column.required() ? " *" : "");
    }

    /** The file column a field is read from now, or {@link #NOT_READ}. */
    public int columnOf(SalesColumn column) {
        return mapping.get().indexOf(column).orElse(NOT_READ);
    }

    public ReadOnlyObjectProperty<SalesCsvMapping> mappingProperty() {
        return mapping.getReadOnlyProperty();
    }

    /** Reads {@code column} from file column {@code index} ({@link #NOT_READ}: from none). */
    public void map(SalesColumn column, int index) {
        SalesCsvMapping changed = mapping.get().with(column, index == NOT_READ ? null : index);
        if (!changed.equals(mapping.get())) {
            mapping.set(changed);
            check();
        }
    }

    public String separatorText() {
        return messages.get(file.separator() == ';' ? "csv.separator.semicolon" : "csv.separator.comma");
    }

    public String dateFormatText() {
        SalesCsvDate format = file.dateFormat(mapping.get());
        return format == null ? messages.get("csv.dateFormat.unknown") : format.pattern();
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyBooleanProperty importableProperty() {
        return importable.getReadOnlyProperty();
    }

    /** "1,234 sales in 1,235 lines, separator ..., dates ..." or the count of problems. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Adds the sales; false (with the problems shown) when the store refused the file. */
    public boolean importSales() {
        try {
            imported = csv.importSales(partnerId, file, mapping.get());
            return true;
        } catch (SalesCsvException e) {
            show(e.problems());
            return false;
        }
    }

    public int imported() {
        return imported;
    }

    private void check() {
        SalesCsvCheck check = csv.check(partnerId, file, mapping.get());
        show(check.problems());
        if (check.problems().isEmpty()) {
            summary.set(messages.format("csv.summary.ready", check.sales().size(), file.name()));
        }
        importable.set(check.importable());
    }

    private void show(List<SalesCsvProblem> found) {
        problems.setAll(found.stream().map(p -> p.message(messages.locale())).toList());
        if (!found.isEmpty()) {
            importable.set(false);
            summary.set(messages.format("csv.summary.problems", found.size(), file.name()));
        }
    }
}
