package org.cls.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where the indicator stands against the expected path: ON_TRACK, AT_RISK, OFF_TRACK, or NO_DATA when no value was recorded.")
public enum TrackStatus {
    ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA
}
