package org.cls.partner;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.cls.contract.geo.DepartementCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContactInput", description = "A contact as clients send it (create, replace).")
public record ContactInput(
        @NotBlank @Size(max = 100)
        @Schema(description = "First name.", examples = "Anne")
        String firstName,
        @NotBlank @Size(max = 100)
        @Schema(description = "Last name.", examples = "Martin")
        String lastName,
        @Size(max = 200)
        @Schema(description = "Function in the organisation.", examples = "Coordinatrice")
        String function,
        @Email @Size(max = 320)
        @Schema(description = "Professional email; a pilot signs in with it.", examples = "anne@example.org")
        String email,
        @Size(max = 30) @Pattern(regexp = "\\+?[0-9 .()-]{6,30}", message = "{org.cls.partner.Phone.message}")
        @Schema(description = "Professional phone.", examples = "05 65 00 00 00")
        String phone,
        @DepartementCode
        @Schema(description = "INSEE code of the département whose directory keeps the contact; one of the départements of the contracts"
                + " the caller coordinates. Optional when they all lie in one département (that one); on replace, absent keeps the"
                + " current one.", examples = "46")
        String departementCode) {
}
