package org.cls.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

@Path("/api/v1/me")
@Tag(name = "Me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MeResource {

    @Inject
    CurrentUser user;

    @Inject
    AccountLinks links;

    @GET
    @Operation(operationId = "getMe", summary = "Who am I: identity, roles and territorial scope of the caller")
    public MeDto me() {
        links.claimOnce(user); // the SPA asks at each login: the invitations to a verified email are claimed here
        return new MeDto(user.subject(), user.username(), user.displayName(), user.email(),
                user.roles().stream().filter(r -> r.equals(CurrentUser.COORDINATOR) || r.equals(CurrentUser.PILOT)
                        || r.equals(CurrentUser.ARS)).sorted().toList(),
                new MeDto.Scope(user.regionCodes(), user.departementCodes()));
    }
}
