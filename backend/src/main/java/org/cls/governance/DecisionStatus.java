package org.cls.governance;

public enum DecisionStatus {
    OPEN, DONE, DROPPED
}
