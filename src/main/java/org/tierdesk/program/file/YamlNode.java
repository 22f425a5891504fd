package org.tierdesk.program.file;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * A YAML value with the line it starts on. Jackson's tree nodes carry no locations, so the reader builds these
 * from the parser's token stream and every later check can point at the line to fix.
 */
sealed interface YamlNode permits YamlMap, YamlList, YamlScalar {
    Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    int line();

    /** How the node is described in a "found ..." message. */
    String describe();

    default YamlMap asMap(String what) {
        if (this instanceof YamlMap map) {
            return map;
        }
        throw new ProblemAt(line(), what + " must be a map of keys, found " + describe());
    }

    default YamlList asList(String what) {
        if (this instanceof YamlList list) {
            return list;
        }
        throw new ProblemAt(line(), what + " must be a list (lines starting with '- '), found " + describe());
    }

    default String asText(String what) {
        if (this instanceof YamlScalar s && s.kind() != YamlScalar.Kind.NULL) {
            return s.text();
        }
        throw new ProblemAt(line(), what + " must be a text, found " + describe());
    }

    default String asId(String what) {
        String text = asText(what);
        if (!ID.matcher(text).matches()) {
            throw new ProblemAt(line(), what + " '" + text
                    + "' is not a valid id: use lowercase letters, digits and single '-' (e.g. gold, bitrix-engineer)");
        }
        return text;
    }

    default BigDecimal asDecimal(String what) {
        if (this instanceof YamlScalar s && s.number() != null) {
            return s.number();
        }
        throw new ProblemAt(line(), what + " must be a number, found " + describe());
    }

    default BigDecimal asNonNegative(String what) {
        BigDecimal value = asDecimal(what);
        if (value.signum() < 0) {
            throw new ProblemAt(line(), what + " must not be negative, found " + value.toPlainString());
        }
        return value;
    }

    default BigDecimal asPercent(String what) {
        BigDecimal value = asDecimal(what);
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new ProblemAt(line(), what + " must be a percentage from 0 to 100, found " + value.toPlainString());
        }
        return value;
    }

    default long asWholeNumber(String what) {
        BigDecimal value = asDecimal(what);
        try {
            BigInteger whole = value.toBigIntegerExact();
            return whole.longValueExact();
        } catch (ArithmeticException e) {
            throw new ProblemAt(line(), what + " must be a whole number, found " + value.toPlainString());
        }
    }

    default int asCount(String what) {
        long value = asWholeNumber(what);
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw new ProblemAt(line(), what + " must be a whole number of at least 0, found " + value);
        }
        return (int) value;
    }

    default boolean asFlag(String what) {
        if (this instanceof YamlScalar s && s.kind() == YamlScalar.Kind.BOOLEAN) {
            return Boolean.parseBoolean(s.text());
        }
        throw new ProblemAt(line(), what + " must be true or false, found " + describe());
    }

    default LocalDate asDate(String what) {
        String text = asText(what);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ProblemAt(line(), what + " must be a date like 2026-01-31, found '" + text + "'");
        }
    }
}
