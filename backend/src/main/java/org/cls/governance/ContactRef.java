package org.cls.governance;

import java.util.UUID;

import org.cls.partner.Contact;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContactRef", description = "A contact of the partners directory, as named in governance documents.")
public record ContactRef(
        @Schema(required = true, description = "The contact's identifier.") UUID id,
        @Schema(required = true, description = "First name.") String firstName,
        @Schema(required = true, description = "Last name.") String lastName,
        @Schema(description = "Job function.") String function,
        @Schema(required = true, description = "The partner organisation's name.") String organisation) {

    static ContactRef of(Contact c) {
        return c == null ? null : new ContactRef(c.id, c.firstName, c.lastName, c.function, c.partner.name);
    }
}
