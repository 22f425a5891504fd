package org.tierdesk.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The mistakes found so far in one scenario file; all are reported together, first line first. */
final class Problems {
    private final String file;
    private final List<ScenarioProblem> found = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void add(int line, String reason) {
        found.add(new ScenarioProblem(file, line, reason));
    }

    void add(ScenarioProblem problem) {
        found.add(problem);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** Throws every problem found, sorted by line (a stable sort keeps same-line problems in finding order). */
    void throwIfAny() throws ScenarioException {
        if (!found.isEmpty()) {
            List<ScenarioProblem> sorted = new ArrayList<>(found);
            sorted.sort(Comparator.comparing((ScenarioProblem p) -> !p.file().equals(file))
                    .thenComparingInt(ScenarioProblem::line));
            throw new ScenarioException(sorted);
        }
    }
}
