package org.cls.contract;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
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

import org.cls.audit.HistoryEntryDto;
import org.cls.audit.HistoryService;
import org.cls.common.ApiException;
import org.cls.common.ETags;
import org.cls.common.MergePatch;
import org.cls.common.PageDto;
import org.cls.common.PageRequest;
import org.cls.security.CurrentUser;
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

@Path("/api/v1/contracts")
@Tag(name = "Contracts", description = "Contrats locaux de santé (CLS) and conseils locaux de santé mentale (CLSM).")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ContractResource {

    @Inject
    ContractService service;

    @Inject
    HistoryService history;

    @GET
    @Operation(operationId = "listContracts", summary = "List the contracts the caller may read",
            description = "Coordinators see the contracts they coordinate; the ARS sees the contracts of its territory.")
    @APIResponse(responseCode = "200", description = "A page of contracts.")
    public PageDto<ContractDto> list(
            @Parameter(description = "Zero-based page number.") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 200.") @QueryParam("size") @DefaultValue(PageRequest.DEFAULT_SIZE) int size,
            @Parameter(description = "Sort field, `-` prefix for descending: name, kind, generation, status, startDate, endDate, createdAt, updatedAt.")
            @QueryParam("sort") String sort,
            @Parameter(description = "Text searched in the contract and territory names.") @QueryParam("q") String q,
            @Parameter(description = "Only contracts with this status.", schema = @Schema(implementation = ContractStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "Only contracts of this kind.", schema = @Schema(implementation = ContractKind.class))
            @QueryParam("kind") String kind,
            @Parameter(description = "Only contracts of this région (INSEE code).") @QueryParam("regionCode") String regionCode,
            @Parameter(description = "Only contracts covering this département (INSEE code).") @QueryParam("departementCode") String departementCode) {
        PageRequest pageRequest = PageRequest.of(page, size, sort, "name", ContractService.SORTS);
        return service.list(new ContractRepository.Filter(q, parse(ContractStatus.class, "status", status),
                parse(ContractKind.class, "kind", kind), regionCode, departementCode), pageRequest);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CurrentUser.COORDINATOR)
    @Operation(operationId = "createContract", summary = "Create a contract; the caller becomes one of its coordinators")
    @APIResponse(responseCode = "201", headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")}, description = "Created; `Location` and `ETag` headers are set.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContractDto.class)))
    public RestResponse<ContractDto> create(@NotNull @Valid ContractInput input, UriInfo uri) {
        ContractDto created = service.create(input);
        return ETags.created(uri, "api/v1/contracts", created.id(), created.version(), created);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getContract", summary = "Read a contract")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), description = "The contract; `ETag` carries its version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContractDto.class)))
    public RestResponse<ContractDto> get(@PathParam("id") UUID id) {
        return withETag(service.get(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceContract", summary = "Replace a contract (If-Match required)")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), description = "The updated contract.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContractDto.class)))
    public RestResponse<ContractDto> replace(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ContractInput input) {
        return withETag(service.replace(id, ifMatch, input));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchContract", summary = "Change some fields of a contract (JSON merge patch, If-Match required)")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = ContractInput.class, description = "Any subset of ContractInput; null removes a value.")))
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), description = "The updated contract.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContractDto.class)))
    public RestResponse<ContractDto> patch(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            JsonNode patch) {
        return withETag(service.patch(id, ifMatch, patch));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteContract", summary = "Delete a contract (If-Match required); a contract with a plan only with cascade=true")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "Also delete its plan (axes, objectives, actions).") @QueryParam("cascade") @DefaultValue("false") boolean cascade) {
        service.delete(id, ifMatch, cascade);
    }

    private static RestResponse<ContractDto> withETag(ContractDto dto) {
        return RestResponse.ResponseBuilder.ok(dto).header(HttpHeaders.ETAG, ETags.of(dto.version())).build();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(field, "unknown value '" + value + "'");
        }
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "getContractHistory", summary = "The audit trail of a contract and its plan: who changed what, when",
            description = "Changes of the contract, its axes, objectives, actions and notes, field by field, newest first; deleted objects keep their last state. Readers of the contract read it.")
    @APIResponse(responseCode = "200", description = "A page of history entries, newest first.")
    public PageDto<HistoryEntryDto> history(@PathParam("id") UUID id,
            @Parameter(description = "Zero-based page number.") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 200.") @QueryParam("size") @DefaultValue(PageRequest.DEFAULT_SIZE) int size) {
        return history.ofContract(id, page, size);
    }

}
