package org.cls.amendment;

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
@Tag(name = "Amendments")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ContractAmendmentResource {

    @Inject
    AmendmentService service;

    @GET
    @Path("{id}/amendments")
    @Operation(operationId = "listContractAmendments", summary = "List the amendments of a contract, in signing order")
    @APIResponse(responseCode = "200", description = "The amendments, by number.")
    public List<AmendmentDto> list(@PathParam("id") UUID id) {
        return service.list(id);
    }

    @POST
    @Path("{id}/amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CurrentUser.COORDINATOR)
    @Operation(operationId = "createAmendment", summary = "Record an amendment of a contract; a newEndDate is applied to the contract's end date",
            description = "Only the contract's coordinators. The amendment takes the next number. signedOn is required, not in the "
                    + "future (Europe/Paris), not before the contract's start date nor the previous amendment's signature, so numbers "
                    + "follow the signing order. A newEndDate (after the contract's start date) replaces the contract's endDate in the "
                    + "same transaction: the contract's version increases and the replaced date is kept as previousEndDate.")
    @APIResponse(responseCode = "201", headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")}, description = "Created with the next number; `Location` and `ETag` headers are set.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AmendmentDto.class)))
    public RestResponse<AmendmentDto> create(@PathParam("id") UUID id, @NotNull @Valid AmendmentInput input, UriInfo uri) {
        AmendmentDto created = service.create(id, input);
        return ETags.created(uri, "api/v1/amendments", created.id(), created.version(), created);
    }
}
