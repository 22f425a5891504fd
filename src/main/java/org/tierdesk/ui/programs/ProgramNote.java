package org.tierdesk.ui.programs;

/** One program-wide rule or term shown under the tier table (points, accumulation, downgrades, membership...). */
public record ProgramNote(String title, String text) {
}
