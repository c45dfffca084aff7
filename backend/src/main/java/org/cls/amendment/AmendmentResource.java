package org.cls.amendment;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.cls.common.ETags;
import org.cls.common.MergePatch;
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

@Path("/api/v1/amendments")
@Tag(name = "Amendments", description = "Amendments (avenants) of a contract: numbered in signing order; one may set the contract's end date.")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class AmendmentResource {

    @Inject
    AmendmentService service;

    @GET
    @Path("{id}")
    @Operation(operationId = "getAmendment", summary = "Read an amendment")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), description = "The amendment; `ETag` carries its version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AmendmentDto.class)))
    public RestResponse<AmendmentDto> get(@PathParam("id") UUID id) {
        return withETag(service.get(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceAmendment", summary = "Replace an amendment (If-Match required); only the latest one may change the contract's end date")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), description = "The updated amendment.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AmendmentDto.class)))
    public RestResponse<AmendmentDto> replace(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid AmendmentInput input) {
        return withETag(service.replace(id, ifMatch, input));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchAmendment", summary = "Change some fields of an amendment (JSON merge patch, If-Match required)",
            description = "Same rules as the replacement: the summary and signature date of any amendment may change; only the latest "
                    + "may change its newEndDate (409 otherwise). Setting it null gives the contract back its previousEndDate.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = AmendmentInput.class, description = "Any subset of AmendmentInput; null removes a value.")))
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), description = "The updated amendment.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AmendmentDto.class)))
    public RestResponse<AmendmentDto> patch(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            JsonNode patch) {
        return withETag(service.patch(id, ifMatch, patch));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteAmendment", summary = "Delete the latest amendment of a contract (If-Match required); the end date it set is restored",
            description = "Only the latest amendment (highest number) may be deleted: 409 otherwise, naming the later ones. When it "
                    + "had a newEndDate, the contract's endDate goes back to the amendment's previousEndDate.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }

    private static RestResponse<AmendmentDto> withETag(AmendmentDto dto) {
        return RestResponse.ResponseBuilder.ok(dto).header(HttpHeaders.ETAG, ETags.of(dto.version())).build();
    }
}
