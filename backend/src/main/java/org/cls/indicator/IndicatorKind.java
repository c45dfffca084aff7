package org.cls.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "PROCESS: réalisation (what was done); RESULT: immediate effect; IMPACT: long-term effect on health.")
public enum IndicatorKind {
    PROCESS, RESULT, IMPACT
}
