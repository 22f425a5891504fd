package org.tierdesk.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.List;

/** Arbitraries of {@link Mutation}s, with payloads that are wrong in the ways parsers get wrong. */
public final class Mutations {
    private static final List<String> NASTY = List.of("", "~", "null", "[", "]", "{", "}", "{}", "[]", "\"", "'",
            "&a", "*a", "!!binary", "!!java.lang.Object", "<<: *a", "- ", "---", "...", "#", "%YAML 1.1", "? ",
            "true", "yes", "NaN", "-", "0", "-1", "1e999", "99999999999999999999999999", "2026-02-30", "\t",
            "\"unterminated", "a: b: c", ": :", "—", "\u0000", "\uFFFF", "\uD800", "Ω≈ç√", "😀", ";;;", ",,,",
            "\"\"\"", "=cmd|' /C calc'!A0", "<script>", "\\", "%s%n", "\r");

    private Mutations() {
    }

    public static Arbitrary<Mutation> any() {
        Arbitrary<String> payload = Arbitraries.oneOf(
                Arbitraries.of(NASTY),
                Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(30),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(40));
        return Combinators.combine(Arbitraries.of(MutationKind.class), Arbitraries.integers().between(0, 100_000),
                Arbitraries.integers().between(0, 100_000), payload).as(Mutation::new);
    }

    /** One to four mutations applied in turn. */
    public static Arbitrary<List<Mutation>> several() {
        return any().list().ofMinSize(1).ofMaxSize(4);
    }

    public static String apply(String text, List<Mutation> mutations) {
        String result = text;
        for (Mutation mutation : mutations) {
            result = mutation.applyTo(result);
        }
        return result;
    }
}
