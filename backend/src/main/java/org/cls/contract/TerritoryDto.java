package org.cls.contract;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.cls.contract.geo.CommuneCode;
import org.cls.contract.geo.ConsistentTerritory;
import org.cls.contract.geo.DepartementCode;
import org.cls.contract.geo.RegionCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@ConsistentTerritory
@Schema(name = "Territory", description = "The territory a contract covers, with INSEE/COG codes.")
public record TerritoryDto(
        @NotBlank @Size(max = 200)
        @Schema(description = "Name of the territory or of the authority carrying the contract.", examples = "PETR Grand Quercy")
        String name,
        @NotNull
        @Schema(description = "Kind of local authority.")
        TerritoryKind kind,
        @NotBlank @RegionCode
        @Schema(description = "INSEE code of the région (2 digits).", examples = "76")
        String regionCode,
        @NotEmpty @Size(max = 20)
        @Schema(description = "INSEE codes of the département(s) covered, all in the région.", examples = "[\"46\"]")
        List<@NotNull @DepartementCode String> departementCodes,
        @Size(max = 5000)
        @Schema(description = "INSEE (COG) codes of the communes covered, each in one of the départements.", examples = "[\"46042\"]")
        List<@NotNull @CommuneCode String> communeCodes,
        @PositiveOrZero
        @Schema(description = "Population of the territory.", examples = "93928")
        Integer population) {
}
