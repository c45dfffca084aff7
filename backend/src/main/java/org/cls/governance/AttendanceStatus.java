package org.cls.governance;

public enum AttendanceStatus {
    INVITED, PRESENT, EXCUSED, ABSENT
}
