package org.cls.reporting;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.cls.common.ETags;
import org.cls.common.Problem;
import org.cls.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;

@Path("/api/v1/contracts")
@Tag(name = "Reports", description = "Semiannual and annual reports (bilans) of a contract.")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@APIResponse(responseCode = "401", description = "No or invalid bearer token.",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ContractReportResource {

    @Inject
    ReportService service;

    @GET
    @Path("{id}/reports")
    @Operation(operationId = "listContractReports", summary = "List a contract's reports, the latest period first (without their snapshots)")
    @APIResponse(responseCode = "200", description = "The reports.")
    public List<ReportDto> list(@PathParam("id") UUID contractId) {
        return service.list(contractId);
    }

    @POST
    @Path("{id}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CurrentUser.COORDINATOR)
    @Operation(operationId = "createReport", summary = "Start the report of a period (DRAFT)",
            description = "Period `2025-S1`, `2025-S2` or `2025` (annual COPIL review), one report per period (409). The"
                    + " snapshot of the plan and dashboard is taken now and retaken on each save until submission.")
    @APIResponse(responseCode = "201", headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")}, description = "Created; `Location` and `ETag` are set.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportDto.class)))
    public RestResponse<ReportDto> create(@PathParam("id") UUID contractId, @NotNull @Valid ReportInput input, UriInfo uri) {
        ReportDto dto = service.create(contractId, input);
        return ETags.created(uri, "api/v1/reports", dto.id(), dto.version(), dto);
    }

}
