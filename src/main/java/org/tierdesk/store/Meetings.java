package org.tierdesk.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.tierdesk.store.jooq.Tables.MEETINGS;

/** The manager's meetings with a partner: "since the last meeting" compares with the last one's date. */
public final class Meetings {
    private final Workspace workspace;

    Meetings(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Newest first. */
    public List<Meeting> of(long partnerId) {
        return workspace.database().dsl().selectFrom(MEETINGS).where(MEETINGS.PARTNER_ID.eq(partnerId))
                .orderBy(MEETINGS.MEETING_DATE.desc(), MEETINGS.ID.desc())
                .fetch(r -> new Meeting(r.getId(), r.getMeetingDate(), r.getNotes()));
    }

    /** The latest meeting dated before {@code day}, if any. */
    public Optional<Meeting> lastBefore(long partnerId, LocalDate day) {
        return workspace.database().dsl().selectFrom(MEETINGS)
                .where(MEETINGS.PARTNER_ID.eq(partnerId).and(MEETINGS.MEETING_DATE.lt(day)))
                .orderBy(MEETINGS.MEETING_DATE.desc(), MEETINGS.ID.desc())
                .limit(1)
                .fetchOptional(r -> new Meeting(r.getId(), r.getMeetingDate(), r.getNotes()));
    }

    public long add(long partnerId, Meeting meeting) {
        Workspace.refuseIf(FactValidation.meeting(meeting));
        return workspace.database().inTransactionResult(cfg -> cfg.dsl().insertInto(MEETINGS)
                .set(MEETINGS.PARTNER_ID, partnerId)
                .set(MEETINGS.MEETING_DATE, meeting.date())
                .set(MEETINGS.NOTES, Partners.blankToNull(meeting.notes()))
                .returning(MEETINGS.ID).fetchOne(MEETINGS.ID));
    }

    public void update(Meeting meeting) {
        Workspace.refuseIf(FactValidation.meeting(meeting));
        workspace.database().inTransaction(cfg -> Rows.requireOne(cfg.dsl().update(MEETINGS)
                .set(MEETINGS.MEETING_DATE, meeting.date())
                .set(MEETINGS.NOTES, Partners.blankToNull(meeting.notes()))
                .where(MEETINGS.ID.eq(meeting.id())).execute()));
    }

    public boolean delete(long meetingId) {
        return workspace.database().inTransactionResult(cfg ->
                cfg.dsl().deleteFrom(MEETINGS).where(MEETINGS.ID.eq(meetingId)).execute() > 0);
    }
}
