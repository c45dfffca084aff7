package org.cls.plan;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.cls.common.ETags;
import org.cls.common.MergePatch;
import org.cls.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.security.Authenticated;

@Path("/api/v1/objectives")
@Tag(name = "Plan")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ObjectiveResource {

    @Inject
    PlanService service;

    @GET
    @Path("{id}")
    @Operation(operationId = "getObjective", summary = "Read an objective")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), description = "The objective; `ETag` carries its version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObjectiveDto.class)))
    public RestResponse<ObjectiveDto> get(@PathParam("id") UUID id) {
        return withETag(service.getObjective(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceObjective", summary = "Replace an objective (If-Match required); a new position renumbers its siblings")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), description = "The updated objective.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObjectiveDto.class)))
    public RestResponse<ObjectiveDto> replace(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid AxisInput input) {
        return withETag(service.replaceObjective(id, ifMatch, input));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchObjective", summary = "Change some fields of an objective (JSON merge patch, If-Match required)")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = AxisInput.class, description = "Any subset of AxisInput; null removes a value.")))
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), description = "The updated objective.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObjectiveDto.class)))
    public RestResponse<ObjectiveDto> patch(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            JsonNode patch) {
        return withETag(service.patchObjective(id, ifMatch, patch));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteObjective", summary = "Delete an objective (If-Match required); its siblings are renumbered")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "Also delete what depends on it.") @QueryParam("cascade") @DefaultValue("false") boolean cascade) {
        service.deleteObjective(id, ifMatch, cascade);
    }

    private static RestResponse<ObjectiveDto> withETag(ObjectiveDto dto) {
        return RestResponse.ResponseBuilder.ok(dto).header(HttpHeaders.ETAG, ETags.of(dto.version())).build();
    }
}
