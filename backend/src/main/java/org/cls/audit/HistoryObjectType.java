package org.cls.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Kind of object in a history entry.")
public enum HistoryObjectType {
    CONTRACT, AXIS, OBJECTIVE, ACTION, NOTE
}
