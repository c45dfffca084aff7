package org.cls.governance;

public enum MeetingStatus {
    PLANNED, HELD, CANCELLED
}
