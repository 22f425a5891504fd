package org.tierdesk.program.file;

import org.tierdesk.program.Requirement;

/** A requirement with the line it was written on, kept until every cross-reference has been checked. */
record LocatedRequirement(Requirement requirement, int line) {
}
