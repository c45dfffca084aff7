package org.cls.governance;

import java.util.UUID;

import org.cls.action.Action;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActionRef", description = "An action of the contract's plan, as named in governance documents.")
public record ActionRef(
        @Schema(required = true, description = "The action's identifier.") UUID id,
        @Schema(description = "Its code (e.g. 1.2.3).") String code,
        @Schema(required = true, description = "Its title.") String title) {

    static ActionRef of(Action a) {
        return a == null ? null : new ActionRef(a.id, a.code, a.title);
    }
}
