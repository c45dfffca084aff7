package org.cls.security;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Me", description = "The caller as the platform sees them.")
public record MeDto(
        @Schema(required = true, description = "Token subject (stable user id in Keycloak).") String subject,
        @Schema(required = true, description = "Login name.") String username,
        @Schema(required = true, description = "Full name.") String name,
        @Schema(description = "Verified email, lower-cased.") String email,
        @Schema(required = true, description = "Platform roles: coordinator, pilot, ars.") List<String> roles,
        @Schema(required = true, description = "Territorial scope carried by the token (ARS).") Scope scope) {

    @Schema(name = "MeScope", description = "Territorial scope from the token claims `region_codes` and `departement_codes`.")
    public record Scope(
            @Schema(required = true, description = "INSEE codes of the régions in scope.") List<String> regionCodes,
            @Schema(required = true, description = "INSEE codes of the départements in scope.") List<String> departementCodes) {
    }
}
