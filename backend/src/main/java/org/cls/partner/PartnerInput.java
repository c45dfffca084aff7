package org.cls.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.cls.contract.geo.CommuneCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerInput", description = "A partner organisation as clients send it (create, replace, merge-patch).")
public record PartnerInput(
        @NotBlank @Size(max = 200)
        @Schema(description = "Name of the organisation.", examples = "CPTS du Grand Cahors")
        String name,
        @NotNull
        @Schema(description = "Kind of organisation.")
        PartnerType type,
        @Siret
        @Schema(description = "SIRET: 14 digits, Luhn-checked; unique in the directory.", examples = "73282932000074")
        String siret,
        @CommuneCode
        @Schema(description = "INSEE code of the commune of its seat.", examples = "46042")
        String communeCode,
        @Size(max = 300) @Pattern(regexp = "https?://\\S+", message = "{org.cls.partner.Website.message}")
        @Schema(description = "Web site (http or https URL).", examples = "https://www.cpts-grand-cahors.fr")
        String website) {
}
