package org.cls.reporting;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.cls.common.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

@Path("/api/v1/contracts")
@Tag(name = "Reporting", description = "Dashboards, plan workbooks and semiannual reports.")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@APIResponse(responseCode = "401", description = "No or invalid bearer token.",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DashboardResource {

    @Inject
    DashboardService service;

    @GET
    @Path("{id}/dashboard")
    @Operation(operationId = "getContractDashboard", summary = "Read a contract's dashboard",
            description = "Actions by status overall and per axis, mean progress, late actions, and funding planned, granted"
                    + " and paid per funder and year. Anyone who reads the contract reads its dashboard.")
    @APIResponse(responseCode = "200", description = "The dashboard.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DashboardDto.class)))
    public DashboardDto dashboard(@PathParam("id") UUID id) {
        return service.dashboard(id);
    }
}
