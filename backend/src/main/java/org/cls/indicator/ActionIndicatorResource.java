package org.cls.indicator;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.cls.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;

@Path("/api/v1/actions")
@Tag(name = "Indicators")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ActionIndicatorResource {

    @Inject
    IndicatorService service;

    @GET
    @Path("{id}/indicators")
    @Operation(operationId = "listActionIndicators", summary = "List the indicators of an action with their latest value, achievement and status",
            description = IndicatorProgress.RULES)
    @APIResponse(responseCode = "200", description = "The indicators, in creation order.")
    public List<IndicatorDto> list(@PathParam("id") UUID id) {
        return service.listOfAction(id);
    }

    @POST
    @Path("{id}/indicators")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CurrentUser.COORDINATOR)
    @Operation(operationId = "createActionIndicator", summary = "Create an indicator of an action (coordinators of the contract)")
    @APIResponse(responseCode = "201", headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")}, description = "Created; `Location` and `ETag` headers are set.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorDto.class)))
    public RestResponse<IndicatorDto> create(@PathParam("id") UUID id, @NotNull @Valid IndicatorInput input, UriInfo uri) {
        return ObjectiveIndicatorResource.created(service.createForAction(id, input), uri);
    }

    @GET
    @Path("{id}/measurements.csv")
    @Produces(MeasurementCsv.MEDIA_TYPE)
    @Operation(operationId = "downloadActionMeasurementsCsv", summary = "Export the values of an action's indicators as CSV",
            description = "RFC 4180, comma-separated, UTF-8, one header line; one line per value, by indicator then date.")
    @APIResponse(responseCode = "200", description = "The CSV file.", content = @Content(mediaType = MeasurementCsv.MEDIA_TYPE))
    public RestResponse<String> csv(@PathParam("id") UUID id) {
        return ContractIndicatorResource.csv(MeasurementCsv.write(service.exportOfAction(id)), "indicateurs-action-" + id + ".csv");
    }
}
