package org.tierdesk.scenario;

import java.time.LocalDate;
import java.util.Objects;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.program.Program;

/**
 * One partner's facts under one program, as a scenario file holds them. {@code programReference} is what the file
 * wrote (an id or a program file's path), {@code program} what it resolved to; {@code asOf} is the file's
 * evaluation date (today when it gave none).
 */
public record Scenario(String programReference, Program program, LocalDate asOf, PartnerFacts facts) {
    public Scenario {
        Objects.requireNonNull(programReference, "programReference");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(facts, "facts");
    }

    public Scenario withAsOf(LocalDate date) {
        return new Scenario(programReference, program, date, facts);
    }
}
