package org.cls.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a change did to the object.")
public enum HistoryOperation {
    CREATED, UPDATED, DELETED
}
