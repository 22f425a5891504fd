package org.tierdesk.store;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A sales CSV file as read, before any column means anything: the separator found (comma or semicolon, from the
 * header line), the header cells and every further row with its line in the file. UTF-8 with or without a BOM;
 * anything else is refused, so that Russian names do not turn into question marks.
 */
public final class SalesCsvFile {
    /** One data row: the file line it starts on and its cells, trimmed. */
    public record Row(int line, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }

    private final String name;
    private final char separator;
    private final List<String> header;
    private final List<Row> rows;
    private final List<SalesCsvProblem> problems;

    private SalesCsvFile(String name, char separator, List<String> header, List<Row> rows,
                         List<SalesCsvProblem> problems) {
        this.name = name;
        this.separator = separator;
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
        this.problems = List.copyOf(problems);
    }

    public static SalesCsvFile read(Path file) throws IOException {
        return read(file.getFileName().toString(), Files.readAllBytes(file));
    }

    public static SalesCsvFile read(String name, byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return refused(name, ',', "csv.notUtf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char separator = separatorOf(firstLine(text));
        int[] lineStarts = lineStarts(text);
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (header == null) {
                    header = cells;
                } else if (!(cells.size() == 1 && cells.get(0).isEmpty())) {
                    rows.add(new Row(lineOf(lineStarts, record.getCharacterPosition()), cells));
                }
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            // Commons CSV reports an unclosed quote this way, with the line it reached in the message
            return refused(name, separator, "csv.unreadable", String.valueOf(e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (header == null) {
            return refused(name, separator, "csv.empty");
        }
        List<SalesCsvProblem> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            problems.add(new SalesCsvProblem(0, Problem.of("file", "csv.noRows")));
        }
        return new SalesCsvFile(name, separator, header, rows, problems);
    }

    private static SalesCsvFile refused(String name, char separator, String key, Object... arguments) {
        return new SalesCsvFile(name, separator, List.of(), List.of(),
                List.of(new SalesCsvProblem(0, Problem.of("file", key, arguments))));
    }

    /** A semicolon where the header line has more of them than commas (Russian Excel's CSV), else a comma. */
    private static char separatorOf(String headerLine) {
        long semicolons = headerLine.chars().filter(c -> c == ';').count();
        long commas = headerLine.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    private static String firstLine(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(0, end);
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[64];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    private static int lineOf(int[] lineStarts, long position) {
        int found = Arrays.binarySearch(lineStarts, (int) position);
        return (found >= 0 ? found : -found - 2) + 1;
    }

    public String name() {
        return name;
    }

    public char separator() {
        return separator;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Problems of the file as a whole (not UTF-8, empty, unreadable): nothing of it can be imported. */
    public List<SalesCsvProblem> problems() {
        return problems;
    }

    /** The date format of the mapped date column's first filled cell; null when none is recognised. */
    public SalesCsvDate dateFormat(SalesCsvMapping mapping) {
        Integer index = mapping.indexOf(SalesColumn.DATE).orElse(null);
        if (index == null) {
            return null;
        }
        for (Row row : rows) {
            String cell = row.cell(index);
            if (!cell.isEmpty()) {
                return SalesCsvDate.of(cell).orElse(null);
            }
        }
        return null;
    }
}
