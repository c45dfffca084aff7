package org.cls.security;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the caller may do with an object, computed by {@link Policy}: the SPA shows its controls from it, never from roles. */
@Schema(name = "Permissions", description = "What the caller may do with this object (false where it does not apply).")
public record Permissions(
        @Schema(required = true, description = "Change or delete it, and create what it contains (the contract's coordinators).") boolean write,
        @Schema(required = true, description = "Change an action's status, progress and steps (coordinators and the action's pilot).") boolean editProgress,
        @Schema(required = true, description = "Record indicator values (coordinators and the action's pilot).") boolean recordValues,
        @Schema(required = true, description = "Add a follow-up note to an action (coordinators, the action's pilot, ARS officers in scope).") boolean addNote,
        @Schema(required = true, description = "Review a submitted report (ARS officers whose territory covers the contract and who do not coordinate it).") boolean review) {

    public static final Permissions NONE = new Permissions(false, false, false, false, false);
}
