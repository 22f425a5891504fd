package org.tierdesk.store.standing;

/** Where a pending downgrade stands; see the pending_downgrades table. */
public enum DowngradeStatus {
    /** Waiting for the manager: the partner still misses its held tier. */
    PENDING,
    /** The manager decided to keep the tier; stays in effect until the partner meets its tier again. */
    WAIVED,
    /** The manager moved the partner down (a tier-history row was written). */
    CONFIRMED,
    /** The partner meets its held tier again. */
    RECOVERED,
    /** Another tier was recorded for the partner meanwhile. */
    SUPERSEDED
}
