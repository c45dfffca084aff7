package org.cls.security;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/client-config")
@Tag(name = "Me")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ClientConfigResource {

    @Schema(name = "ClientConfig", description = "Where the SPA logs in.")
    public record ClientConfigDto(
            @Schema(required = true, description = "Keycloak base URL as seen by the browser.") String authServerUrl,
            @Schema(required = true, description = "Keycloak realm.") String realm,
            @Schema(required = true, description = "Public OIDC client of the SPA.") String clientId) {
    }

    @Inject
    ClientConfig config;

    @GET
    @Operation(operationId = "getClientConfig", summary = "Login settings for the SPA (public)")
    public ClientConfigDto get() {
        return new ClientConfigDto(config.authServerUrl(), config.realm(), config.clientId());
    }
}
