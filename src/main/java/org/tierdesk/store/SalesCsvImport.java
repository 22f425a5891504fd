package org.tierdesk.store;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jooq.DSLContext;
import org.tierdesk.engine.facts.Money;
import org.tierdesk.engine.facts.Sale;
import org.tierdesk.program.Program;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A partner's sales from a CSV file with the header {@code date,amount,currency,category,licenses,product,returned}
 * (dates YYYY-MM-DD; category, product and returned may be empty). Every line is read and checked first; one bad
 * line stores nothing, and each problem names the file and line. The good file goes in one transaction.
 */
public final class SalesCsvImport {
    static final List<String> COLUMNS = List.of("date", "amount", "currency", "category", "licenses", "product",
            "returned");

    private final Workspace workspace;

    public SalesCsvImport(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Adds the file's sales to the partner; returns how many. */
    public int importFile(long partnerId, Path file) throws IOException {
        List<Sale> sales = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        int reached = 1;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            if (!parser.getHeaderNames().equals(COLUMNS)) {
                problems.add(file + ":1: the header must be " + String.join(",", COLUMNS) + ", not "
                        + String.join(",", parser.getHeaderNames()));
                throw new SalesCsvException(problems);
            }
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber() + 1;
                reached = line;
                try {
                    sales.add(sale(record));
                    lines.add(line);
                } catch (IllegalArgumentException e) {
                    problems.add(file + ":" + line + ": " + e.getMessage());
                }
            }
        } catch (CharacterCodingException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // what Commons CSV or the decoder say of a file that is not CSV text: a refusal naming where it stopped
            Throwable cause = e instanceof UncheckedIOException io ? io.getCause() : e;
            problems.add(file + ":" + reached + ": " + (cause instanceof CharacterCodingException
                    ? "not UTF-8 text: save the file as CSV UTF-8" : "not readable as CSV: " + cause.getMessage()));
            throw new SalesCsvException(problems);
        }
        if (!problems.isEmpty()) {
            throw new SalesCsvException(problems);
        }
        return workspace.database().inTransactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Program program = workspace.programOf(tx, partnerId);
            ProgramAmounts amounts = ProgramAmounts.load(tx);
            for (int i = 0; i < sales.size(); i++) {
                List<Problem> found = FactValidation.sale(program, sales.get(i), amounts.converter());
                if (!found.isEmpty()) {
                    problems.add(file + ":" + lines.get(i) + ": " + Problem.describe(found, Locale.ENGLISH));
                }
            }
            if (!problems.isEmpty()) {
                throw new SalesCsvException(problems);
            }
            Sales.insertAll(tx, partnerId, program, amounts, sales);
            return sales.size();
        });
    }

    private static Sale sale(CSVRecord record) {
        if (record.size() != COLUMNS.size()) {
            throw new IllegalArgumentException(COLUMNS.size() + " columns expected, found " + record.size());
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(record.get("amount"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("amount: not a number: " + record.get("amount"));
        }
        int licenses;
        try {
            licenses = Integer.parseInt(record.get("licenses"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("licenses: not a whole number: " + record.get("licenses"));
        }
        String returned = record.get("returned");
        return new Sale(0, date("date", record.get("date")), new Money(amount, record.get("currency")),
                blankToNull(record.get("category")), licenses, blankToNull(record.get("product")),
                returned.isEmpty() ? null : date("returned", returned));
    }

    private static LocalDate date(String column, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(column + ": not a date (YYYY-MM-DD): " + text);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
