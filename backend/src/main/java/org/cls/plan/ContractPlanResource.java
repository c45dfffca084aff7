package org.cls.plan;

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

import org.cls.action.PlanDto;
import org.cls.action.PlanTreeService;
import org.cls.common.ETags;
import org.cls.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;

@Path("/api/v1/contracts")
@Tag(name = "Plan")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ContractPlanResource {

    @Inject
    PlanService service;

    @Inject
    PlanTreeService planTree;

    @GET
    @Path("{id}/axes")
    @Operation(operationId = "listContractAxes", summary = "List the axes of a contract, in order")
    @APIResponse(responseCode = "200", description = "The axes, by position.")
    public List<AxisDto> listAxes(@PathParam("id") UUID id) {
        return service.listAxes(id);
    }

    @POST
    @Path("{id}/axes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CurrentUser.COORDINATOR)
    @Operation(operationId = "createAxis", summary = "Add an axis to a contract; the siblings after its position are renumbered")
    @APIResponse(responseCode = "201", headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")}, description = "Created; `Location` and `ETag` headers are set.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AxisDto.class)))
    public RestResponse<AxisDto> createAxis(@PathParam("id") UUID id, @NotNull @Valid AxisInput input, UriInfo uri) {
        AxisDto created = service.createAxis(id, input);
        return ETags.created(uri, "api/v1/axes", created.id(), created.version(), created);
    }

    @GET
    @Path("{id}/plan")
    @Operation(operationId = "getContractPlan", summary = "Read the whole plan of a contract: axes, objectives and action summaries, in order")
    @APIResponse(responseCode = "200", description = "The plan.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanDto.class)))
    public PlanDto plan(@PathParam("id") UUID id) {
        return planTree.plan(id);
    }
}
