package org.cls.plan;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.cls.action.PlanDto;
import org.cls.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;

@Path("/api/v1/contracts")
@Tag(name = "Plan")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class PlanCopyResource {

    @Inject
    PlanCopyService service;

    @POST
    @Path("{id}/plan/copy-from/{sourceId}")
    @RolesAllowed(CurrentUser.COORDINATOR)
    @Operation(operationId = "copyPlan", summary = "Start the plan of a contract as a copy of another contract's plan (usually its predecessor's)",
            description = "All or nothing, in one transaction. The caller coordinates the target contract and reads the source. "
                    + "Refused with 409 when the target already has a plan or the source has none. Axes and objectives keep their "
                    + "titles, descriptions and numbers. Actions keep their code (if set), title, rationale, goals, description, "
                    + "target public, themes, territory, priority, links, pilot, partners and step titles; they start NOT_STARTED "
                    + "with progress 0, without dates, fundings, evaluation or follow-up notes, and with steps not done and undated.")
    @APIResponse(responseCode = "201", headers = @Header(name = "Location", ref = "Location"), description = "Copied; the new plan of the target contract, `Location` is that plan.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanDto.class)))
    public RestResponse<PlanDto> copy(@Parameter(description = "The contract that receives the plan.") @PathParam("id") UUID id,
            @Parameter(description = "The contract whose plan is copied.") @PathParam("sourceId") UUID sourceId, UriInfo uri) {
        PlanDto plan = service.copy(id, sourceId);
        return RestResponse.ResponseBuilder.<PlanDto>created(uri.getBaseUriBuilder().path("api/v1/contracts")
                .path(id.toString()).path("plan").build()).entity(plan).build();
    }
}
