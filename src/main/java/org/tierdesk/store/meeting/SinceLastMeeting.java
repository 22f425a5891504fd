package org.tierdesk.store.meeting;

import java.time.LocalDate;
import java.util.Optional;

import org.tierdesk.engine.StandingEvaluator;
import org.tierdesk.engine.standing.Standing;
import org.tierdesk.program.Program;
import org.tierdesk.store.Meeting;
import org.tierdesk.store.Workspace;

/**
 * "Since the last meeting": the partner's standing on the date of the latest meeting before today, evaluated from
 * the store's facts summary as of that date (facts dated later do not count then), compared with today's.
 */
public final class SinceLastMeeting {
    private final Workspace workspace;
    private final StandingEvaluator evaluator = new StandingEvaluator();

    public SinceLastMeeting(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Empty when no meeting is recorded before {@code today}. */
    public Optional<StandingChange> of(long partnerId, Program program, Standing now, LocalDate today) {
        Optional<Meeting> last = workspace.meetings().lastBefore(partnerId, today);
        return last.map(meeting -> StandingChange.between(meeting.date(),
                evaluator.evaluate(program, workspace.summaries().of(partnerId, meeting.date())), now));
    }
}
