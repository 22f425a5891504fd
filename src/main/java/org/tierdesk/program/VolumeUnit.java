package org.tierdesk.program;

/** What a sales-volume requirement adds up: money in the program's currency, or licenses. */
public enum VolumeUnit {
    AMOUNT, LICENSES
}
