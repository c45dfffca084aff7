package org.cls.action;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Priority of an action: LOW, MEDIUM, HIGH.")
public enum Priority {
    LOW, MEDIUM, HIGH
}
