package org.cls.action;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Status of an action: NOT_STARTED, IN_PROGRESS, DONE, POSTPONED (reportée), ABANDONED.")
public enum ActionStatus {
    NOT_STARTED, IN_PROGRESS, DONE, POSTPONED, ABANDONED
}
