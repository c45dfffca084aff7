package org.cls.indicator;

import java.util.List;
import java.util.UUID;

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

@Path("/api/v1/indicators")
@Tag(name = "Indicators", description = "Indicators of actions and objectives, with their values: coordinators define them, the action's "
        + "pilot records the values, the ARS reads them.")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class IndicatorResource {

    @Inject
    IndicatorService service;

    @GET
    @Path("{id}")
    @Operation(operationId = "getIndicator", summary = "Read an indicator with its latest value, achievement and status", description = IndicatorProgress.RULES)
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), description = "The indicator; `ETag` carries its version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorDto.class)))
    public RestResponse<IndicatorDto> get(@PathParam("id") UUID id) {
        return withETag(service.get(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceIndicator", summary = "Replace an indicator (If-Match required; coordinators of the contract)")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), description = "The updated indicator.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorDto.class)))
    public RestResponse<IndicatorDto> replace(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid IndicatorInput input) {
        return withETag(service.replace(id, ifMatch, input));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchIndicator", summary = "Change some fields of an indicator (JSON merge patch, If-Match required; coordinators of the contract)")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = IndicatorInput.class, description = "Any subset of IndicatorInput; null removes a value.")))
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), description = "The updated indicator.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorDto.class)))
    public RestResponse<IndicatorDto> patch(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            JsonNode patch) {
        return withETag(service.patch(id, ifMatch, patch));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteIndicator", summary = "Delete an indicator (If-Match required; coordinators); one with values only with cascade=true",
            description = "409 naming how many values it has and their dates unless cascade=true, which deletes them with it.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "Also delete its values.") @QueryParam("cascade") @DefaultValue("false") boolean cascade) {
        service.delete(id, ifMatch, cascade);
    }

    @GET
    @Path("{id}/measurements")
    @Operation(operationId = "listIndicatorMeasurements", summary = "List the values of an indicator, oldest date first")
    @APIResponse(responseCode = "200", description = "The values by date.")
    public List<MeasurementDto> measurements(@PathParam("id") UUID id) {
        return service.measurements(id);
    }

    @POST
    @Path("{id}/measurements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordMeasurement", summary = "Record a value of an indicator; author and time come from the token",
            description = "Coordinators of the contract and the pilot of the indicator's action. One value per indicator and date: when "
                    + "the date already has one, 409 unless If-Match carries that value's version, which replaces it (200).")
    @APIResponse(responseCode = "201", headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")}, description = "Recorded; `Location` and `ETag` headers are set.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasurementDto.class)))
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), description = "The value at that date was replaced (If-Match given).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasurementDto.class)))
    public RestResponse<MeasurementDto> record(@PathParam("id") UUID id,
            @Parameter(description = "To replace the value already at that date: its ETag.") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid MeasurementInput input, UriInfo uri) {
        IndicatorService.Recorded recorded = service.record(id, ifMatch, input);
        MeasurementDto m = recorded.measurement();
        if (!recorded.created()) {
            return MeasurementResource.withETag(m);
        }
        return ETags.created(uri, "api/v1/measurements", m.id(), m.version(), m);
    }

    static RestResponse<IndicatorDto> withETag(IndicatorDto dto) {
        return RestResponse.ResponseBuilder.ok(dto).header(HttpHeaders.ETAG, ETags.of(dto.version())).build();
    }
}
