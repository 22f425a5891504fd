package org.tierdesk.program.file;

import org.tierdesk.program.Accumulation;
import org.tierdesk.program.LocalizedText;
import org.tierdesk.program.Window;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads {@code accumulation:}: a window and rate brackets, which must start at 0 and rise. */
final class AccumulationBinder {
    private static final Set<String> KEYS = Set.of("window", "brackets", "note");
    private static final Set<String> BRACKET_KEYS = Set.of("above", "percent");

    private AccumulationBinder() {
    }

    static Accumulation bind(YamlMap map) {
        map.allowOnly("'accumulation'", KEYS);
        Window window = RequirementBinder.window(map.required("window", "'accumulation'"));
        YamlList list = map.required("brackets", "'accumulation'").asList("'brackets'");
        if (list.items().isEmpty()) {
            throw new ProblemAt(list.line(), "'brackets' is empty; give at least {above: 0, percent: ...}");
        }
        List<Accumulation.Bracket> brackets = new ArrayList<>();
        for (YamlNode node : list.items()) {
            YamlMap bracket = node.asMap("a bracket");
            bracket.allowOnly("a bracket", BRACKET_KEYS);
            YamlNode aboveNode = bracket.required("above", "the bracket at line " + bracket.line());
            BigDecimal above = aboveNode.asNonNegative("'above'");
            BigDecimal percent = bracket.required("percent", "the bracket at line " + bracket.line())
                    .asPercent("'percent'");
            if (brackets.isEmpty() && above.signum() != 0) {
                throw new ProblemAt(aboveNode.line(), "the first bracket must start at 'above: 0', found "
                        + above.toPlainString());
            }
            if (!brackets.isEmpty() && above.compareTo(brackets.get(brackets.size() - 1).above()) <= 0) {
                throw new ProblemAt(aboveNode.line(), "brackets out of order: 'above: " + above.toPlainString()
                        + "' must be more than the previous bracket's " + brackets.get(brackets.size() - 1).above()
                        .toPlainString() + "; list brackets from the lowest amount up");
            }
            brackets.add(new Accumulation.Bracket(above, percent));
        }
        LocalizedText note = TextBinder.optional(map, "note", "'note'");
        return new Accumulation(window, brackets, note);
    }
}
