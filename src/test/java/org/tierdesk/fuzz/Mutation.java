package org.tierdesk.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One change to a valid file's text. {@code at} and {@code other} pick a line or a character (taken modulo the
 * text's size, so any number is a place), {@code payload} is what gets written there.
 */
public record Mutation(MutationKind kind, int at, int other, String payload) {
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public String applyTo(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int line = Math.floorMod(at, lines.size());
        int otherLine = Math.floorMod(other, lines.size());
        switch (kind) {
            case DELETE_LINE -> lines.remove(line);
            case DUPLICATE_LINE -> lines.add(line, lines.get(line));
            case SWAP_LINES -> {
                String swapped = lines.get(line);
                lines.set(line, lines.get(otherLine));
                lines.set(otherLine, swapped);
            }
            case REPLACE_LINE -> lines.set(line, payload);
            case REPLACE_VALUE -> lines.set(line, replaceValue(lines.get(line)));
            case INSERT_TEXT -> {
                return insert(text, payload);
            }
            case TRUNCATE -> {
                return text.substring(0, Math.floorMod(at, text.length() + 1));
            }
            case BOM -> {
                return other % 2 == 0 ? "\uFEFF" + text : insert(text, "\uFEFF");
            }
            case CHANGE_SEPARATOR -> lines.set(line, changeSeparator(lines.get(line)));
            case INDENT -> lines.set(line, other % 2 == 0 ? "  ".repeat(1 + Math.floorMod(other, 5)) + lines.get(line)
                    : lines.get(line).stripLeading());
            case HUGE_NUMBER -> lines.set(line, replaceFirst(NUMBER, lines.get(line),
                    List.of("99999999999999999999999999999999999999", "1e999", "-0", "-1", "NaN", "Infinity",
                            "0x7fffffff", "2147483648", "1_000", "1,5", "١٢٣").get(Math.floorMod(other, 11))));
            case BAD_DATE -> lines.set(line, replaceFirst(DATE, lines.get(line),
                    List.of("2026-02-30", "2026-13-01", "0000-00-00", "26-01-01", "01.02.2026", "2026/01/01",
                            "99999-01-01", "yesterday").get(Math.floorMod(other, 8))));
            case BINARY_JUNK -> {
                StringBuilder junk = new StringBuilder();
                for (char c : payload.toCharArray()) {
                    junk.append((char) (c % 0x20 == 0 ? 0 : c % 0x20));
                }
                return insert(text, junk.toString());
            }
            case LINE_ENDINGS -> {
                return String.join(List.of("\r\n", "\r", "\u2028", "\n\n").get(Math.floorMod(other, 4)), lines);
            }
        }
        return String.join("\n", lines);
    }

    private String insert(String text, String inserted) {
        int position = Math.floorMod(at, text.length() + 1);
        return text.substring(0, position) + inserted + text.substring(position);
    }

    private String replaceValue(String line) {
        int colon = line.indexOf(':');
        int comma = line.indexOf(',');
        int cut = colon >= 0 ? colon + 1 : comma >= 0 ? comma + 1 : 0;
        return line.substring(0, cut) + " " + payload;
    }

    private String changeSeparator(String line) {
        String separator = List.of(";", "\t", "|", ",", " ", "=").get(Math.floorMod(other, 6));
        return line.replace(":", separator).replace(",", separator);
    }

    private static String replaceFirst(Pattern pattern, String line, String replacement) {
        Matcher m = pattern.matcher(line);
        return m.find() ? line.substring(0, m.start()) + replacement + line.substring(m.end()) : line;
    }
}
