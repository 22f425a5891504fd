package org.tierdesk.scenario;

import java.nio.file.Path;
import org.tierdesk.program.Program;

/** How a scenario's {@code program:} value becomes a program: a shipped id, or a program file's path. */
@FunctionalInterface
interface ProgramResolution {
    /**
     * @param reference     what the scenario wrote
     * @param relativeTo    the scenario file's folder, for a relative path (null when read from a stream)
     * @param referenceLine the line of the {@code program:} value, where an unknown id or missing file is reported
     * @return the program, or null after adding to {@code problems} what is wrong (in the program file, or here)
     */
    Program resolve(String reference, Path relativeTo, Problems problems, int referenceLine);
}
