package org.cls.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How often a value is expected; a value refers to the last day of its period. */
@Schema(description = "How often a value is expected. Periods end on the last day of each month (MONTHLY), of March, June, "
        + "September and December (QUARTERLY), of June and December (SEMIANNUAL), of December (YEARLY).")
public enum Frequency {
    MONTHLY(1), QUARTERLY(3), SEMIANNUAL(6), YEARLY(12);

    public final int months;

    Frequency(int months) {
        this.months = months;
    }
}
