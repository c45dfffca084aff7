package org.cls.indicator;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;

@Path("/api/v1/contracts")
@Tag(name = "Indicators")
@Authenticated
public class ContractIndicatorResource {

    @Inject
    IndicatorService service;

    @GET
    @Path("{id}/measurements.csv")
    @Produces(MeasurementCsv.MEDIA_TYPE)
    @Operation(operationId = "downloadContractMeasurementsCsv", summary = "Export the values of every indicator of a contract (actions' and objectives') as CSV",
            description = "RFC 4180, comma-separated, UTF-8, one header line; one line per value, in the plan's order then by date.")
    @APIResponse(responseCode = "200", description = "The CSV file.", content = @Content(mediaType = MeasurementCsv.MEDIA_TYPE))
    public RestResponse<String> csv(@PathParam("id") UUID id) {
        return csv(MeasurementCsv.write(service.exportOfContract(id)), "indicateurs-contrat-" + id + ".csv");
    }

    static RestResponse<String> csv(String body, String filename) {
        return RestResponse.ResponseBuilder.ok(body, MeasurementCsv.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }
}
