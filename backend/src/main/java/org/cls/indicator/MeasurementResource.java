package org.cls.indicator;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
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

@Path("/api/v1/measurements")
@Tag(name = "Indicators")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MeasurementResource {

    @Inject
    IndicatorService service;

    @POST
    @Path("batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordMeasurementBatch", summary = "Save the values of a reporting round at once: all or nothing",
            description = "Each line names its indicator; the caller must be allowed to record each one (coordinators of the contract, "
                    + "the action's pilot). A line whose date already has a value replaces it only with that value's `version`. When any "
                    + "line is rejected nothing is saved and one 400 problem lists the errors of every rejected line, with fields named "
                    + "`measurements[i].field` (i from 0).")
    @APIResponse(responseCode = "200", description = "Every value saved, in the order sent.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasurementBatchDto.class)))
    public MeasurementBatchDto batch(@NotNull MeasurementBatchInput input) {
        return service.batch(input);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getMeasurement", summary = "Read a value of an indicator")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), description = "The value; `ETag` carries its version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasurementDto.class)))
    public RestResponse<MeasurementDto> get(@PathParam("id") UUID id) {
        return withETag(service.getMeasurement(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceMeasurement", summary = "Replace a value (If-Match required; coordinators and the action's pilot)",
            description = "Moving it to a date that already has a value is a 409.")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), description = "The updated value.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasurementDto.class)))
    public RestResponse<MeasurementDto> replace(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid MeasurementInput input) {
        return withETag(service.replaceMeasurement(id, ifMatch, input));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchMeasurement", summary = "Change some fields of a value (JSON merge patch, If-Match required)")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = MeasurementInput.class, description = "Any subset of MeasurementInput; null removes a value.")))
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), description = "The updated value.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasurementDto.class)))
    public RestResponse<MeasurementDto> patch(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            JsonNode patch) {
        return withETag(service.patchMeasurement(id, ifMatch, patch));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteMeasurement", summary = "Delete a value (If-Match required; coordinators and the action's pilot)")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.deleteMeasurement(id, ifMatch);
    }

    static RestResponse<MeasurementDto> withETag(MeasurementDto dto) {
        return RestResponse.ResponseBuilder.ok(dto).header(HttpHeaders.ETAG, ETags.of(dto.version())).build();
    }
}
