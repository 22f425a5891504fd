package org.tierdesk.store;

import org.jooq.DSLContext;
import org.tierdesk.engine.facts.Money;
import org.tierdesk.engine.facts.Sale;
import org.tierdesk.engine.money.CurrencyConverter;
import org.tierdesk.program.Program;
import org.tierdesk.program.RewardCategory;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A partner's sales from a CSV file ({@link SalesCsvFile}: comma or semicolon, UTF-8 with or without BOM), its
 * columns mapped to a sale's fields ({@link SalesCsvMapping}, guessed from English or Russian headers). Every line
 * is checked first (dates {@code yyyy-MM-dd} or {@code dd.MM.yyyy}, decimal comma, the program's categories by id
 * or label, a rate for every currency) and every problem is reported with its line; one problem stores nothing.
 * A good file goes in as batched inserts in one transaction.
 */
public final class SalesCsvImport {
    private final Workspace workspace;

    public SalesCsvImport(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Reads, checks and adds the file's sales with the mapping guessed from its header; returns how many. */
    public int importFile(long partnerId, Path file) throws IOException {
        SalesCsvFile csv = SalesCsvFile.read(file);
        return importSales(partnerId, csv, SalesCsvMapping.guess(csv.header()));
    }

    /** The file checked against the partner's program and the rates stored now; nothing is written. */
    public SalesCsvCheck check(long partnerId, SalesCsvFile file, SalesCsvMapping mapping) {
        DSLContext dsl = workspace.database().dsl();
        return check(workspace.programOf(dsl, partnerId), ProgramAmounts.load(dsl).converter(), file, mapping);
    }

    /** Adds the file's sales in one transaction, checked again inside it; any problem adds none. */
    public int importSales(long partnerId, SalesCsvFile file, SalesCsvMapping mapping) {
        return workspace.database().inTransactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Program program = workspace.programOf(tx, partnerId);
            ProgramAmounts amounts = ProgramAmounts.load(tx);
            SalesCsvCheck checked = check(program, amounts.converter(), file, mapping);
            if (!checked.problems().isEmpty()) {
                throw new SalesCsvException(checked.problems());
            }
            Sales.insertAll(tx, partnerId, program, amounts, checked.sales());
            return checked.sales().size();
        });
    }

    static SalesCsvCheck check(Program program, CurrencyConverter rates, SalesCsvFile file, SalesCsvMapping mapping) {
        List<SalesCsvProblem> problems = new ArrayList<>(file.problems());
        if (!problems.isEmpty()) {
            return new SalesCsvCheck(List.of(), problems);
        }
        mapping.problems(file.header()).forEach(p -> problems.add(new SalesCsvProblem(0, p)));
        if (!problems.isEmpty()) {
            return new SalesCsvCheck(List.of(), problems);
        }
        List<Sale> sales = new ArrayList<>(file.rows().size());
        for (SalesCsvFile.Row row : file.rows()) {
            List<Problem> found = new ArrayList<>();
            Sale sale = sale(program, mapping, file.header(), row, found);
            if (found.isEmpty()) {
                found.addAll(FactValidation.sale(program, sale, rates));
            }
            if (found.isEmpty()) {
                sales.add(sale);
            } else {
                found.forEach(p -> problems.add(new SalesCsvProblem(row.line(), p)));
            }
        }
        return new SalesCsvCheck(sales, problems);
    }

    private static Sale sale(Program program, SalesCsvMapping mapping, List<String> header, SalesCsvFile.Row row,
                             List<Problem> found) {
        LocalDate date = date(cell(mapping, row, SalesColumn.DATE), named(mapping, header, SalesColumn.DATE), true,
                found);
        String amountText = cell(mapping, row, SalesColumn.AMOUNT);
        BigDecimal amount = null;
        if (amountText.isEmpty()) {
            found.add(Problem.of("amount", "csv.cell.empty", named(mapping, header, SalesColumn.AMOUNT)));
        } else {
            amount = SalesCsvAmount.parse(amountText).orElse(null);
            if (amount == null) {
                found.add(Problem.of("amount", "csv.amount.invalid", amountText));
            }
        }
        String currency = cell(mapping, row, SalesColumn.CURRENCY).toUpperCase(Locale.ROOT);
        if (currency.isEmpty()) {
            currency = program.currency();
        }
        String licensesText = cell(mapping, row, SalesColumn.LICENSES);
        int licenses = 1;
        if (!licensesText.isEmpty()) {
            try {
                licenses = Integer.parseInt(licensesText.replaceAll("[\\s\\u00A0]", ""));
            } catch (NumberFormatException e) {
                found.add(Problem.of("licenses", "csv.licenses.invalid", licensesText));
            }
        }
        LocalDate returned = date(cell(mapping, row, SalesColumn.RETURNED), named(mapping, header, SalesColumn.RETURNED),
                false, found);
        String product = cell(mapping, row, SalesColumn.PRODUCT);
        return new Sale(0, date, amount == null ? null : new Money(amount, currency),
                category(program, cell(mapping, row, SalesColumn.CATEGORY)), licenses,
                product.isEmpty() ? null : product, returned);
    }

    private static String cell(SalesCsvMapping mapping, SalesCsvFile.Row row, SalesColumn column) {
        return mapping.indexOf(column).map(row::cell).orElse("");
    }

    /** The column as the file's header names it, so that a message speaks of what the manager sees. */
    private static String named(SalesCsvMapping mapping, List<String> header, SalesColumn column) {
        return mapping.indexOf(column).filter(i -> i < header.size() && !header.get(i).isEmpty()).map(header::get)
                .orElse(column.header());
    }

    private static LocalDate date(String text, String column, boolean required, List<Problem> found) {
        if (text.isEmpty()) {
            if (required) {
                found.add(Problem.of(column, "csv.cell.empty", column));
            }
            return null;
        }
        Optional<LocalDate> date = SalesCsvDate.parse(text);
        if (date.isEmpty()) {
            found.add(Problem.of(column, "csv.date.invalid", column, text));
        }
        return date.orElse(null);
    }

    /** A category cell as the program's category id: the id itself or its English or Russian label. */
    private static String category(Program program, String text) {
        if (text.isEmpty()) {
            return null;
        }
        for (RewardCategory category : program.rewardCategories()) {
            if (category.id().equalsIgnoreCase(text) || category.label().en().equalsIgnoreCase(text)
                    || category.label().ru() != null && category.label().ru().equalsIgnoreCase(text)) {
                return category.id();
            }
        }
        return text;
    }
}
