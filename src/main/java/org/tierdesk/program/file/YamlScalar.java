package org.tierdesk.program.file;

import java.math.BigDecimal;

/** A single YAML value; {@code number} is set for numeric values only. */
record YamlScalar(int line, Kind kind, String text, BigDecimal number) implements YamlNode {
    enum Kind { TEXT, NUMBER, BOOLEAN, NULL }

    @Override
    public String describe() {
        return switch (kind) {
            case NULL -> "nothing";
            case TEXT -> "the text '" + text + "'";
            case NUMBER -> "the number " + text;
            case BOOLEAN -> "the value " + text;
        };
    }
}
