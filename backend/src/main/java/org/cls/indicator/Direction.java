package org.cls.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Which way is better: INCREASE (higher is better) or DECREASE (lower is better).")
public enum Direction {
    INCREASE, DECREASE
}
