package org.tierdesk.program;

/** How membership runs and renews, as the seed says it (e.g. per calendar year, renewal conditions). */
public record Membership(LocalizedText term, LocalizedText renewal) {
}
