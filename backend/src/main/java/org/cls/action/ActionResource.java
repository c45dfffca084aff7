package org.cls.action;

import java.util.List;
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

@Path("/api/v1/actions")
@Tag(name = "Actions", description = "Fiches actions of the plans: coordinators write them, pilots update status, progress, steps and notes of their own, the ARS reads them and adds notes.")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ActionResource {

    @Inject
    ActionService service;

    @Inject
    HistoryService history;

    @GET
    @Operation(operationId = "listActions", summary = "List the actions the caller may read",
            description = "Actions of the contracts the caller reads: coordinated ones, the ARS's territory, the contracts where a pilot pilots an action.")
    @APIResponse(responseCode = "200", description = "A page of actions.")
    public PageDto<ActionDto> list(
            @Parameter(description = "Zero-based page number.") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 200.") @QueryParam("size") @DefaultValue(PageRequest.DEFAULT_SIZE) int size,
            @Parameter(description = "Sort field, `-` prefix for descending: code (the plan's order), title, endDate, status, progress.")
            @QueryParam("sort") String sort,
            @Parameter(description = "Only the actions of this contract.") @QueryParam("contractId") UUID contractId,
            @Parameter(description = "Only the actions of this axis.") @QueryParam("axisId") UUID axisId,
            @Parameter(description = "Only the actions of this objective.") @QueryParam("objectiveId") UUID objectiveId,
            @Parameter(description = "Only actions with this status.", schema = @Schema(implementation = ActionStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "Only actions with this theme.", schema = @Schema(implementation = ActionTheme.class))
            @QueryParam("theme") String theme,
            @Parameter(description = "Only actions piloted by this partner.") @QueryParam("pilotPartnerId") UUID pilotPartnerId,
            @Parameter(description = "Only actions this partner pilots, supports (co-pilot, contributor, funder) or funds.")
            @QueryParam("partnerId") UUID partnerId,
            @Parameter(description = "true: only late actions (end date passed, not DONE); false: only the others.") @QueryParam("late") Boolean late,
            @Parameter(description = "Text searched in the code and the title.") @QueryParam("q") String q) {
        PageRequest.of(page, size, sort, "code", ActionService.SORTS);
        String s = sort == null || sort.isBlank() ? "code" : sort.trim();
        boolean descending = s.startsWith("-");
        return service.list(new ActionService.Filter(contractId, axisId, objectiveId, parse(ActionStatus.class, "status", status),
                parse(ActionTheme.class, "theme", theme), pilotPartnerId, partnerId, late, q), page, size,
                descending ? s.substring(1) : s, descending);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CurrentUser.COORDINATOR)
    @Operation(operationId = "createAction", summary = "Create an action in an objective; its code is derived from the tree unless set")
    @APIResponse(responseCode = "201", headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")}, description = "Created; `Location` and `ETag` headers are set.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionDto.class)))
    public RestResponse<ActionDto> create(@NotNull @Valid ActionInput input, UriInfo uri) {
        ActionDto created = service.create(input);
        return ETags.created(uri, "api/v1/actions", created.id(), created.version(), created);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getAction", summary = "Read an action")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), description = "The action with its fundings' totals; `ETag` carries its version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionDto.class)))
    public RestResponse<ActionDto> get(@PathParam("id") UUID id) {
        return withETag(service.get(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceAction", summary = "Replace an action (If-Match required; coordinators only)")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), description = "The updated action.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionDto.class)))
    public RestResponse<ActionDto> replace(@PathParam("id") UUID id, @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ActionInput input) {
        return withETag(service.replace(id, ifMatch, input));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchAction", summary = "Change some fields of an action (JSON merge patch, If-Match required)",
            description = "Coordinators of the contract may change any field; the action's pilot only status, progress and steps.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = ActionInput.class, description = "Any subset of ActionInput; null removes a value.")))
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), description = "The updated action.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionDto.class)))
    public RestResponse<ActionDto> patch(@PathParam("id") UUID id, @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            JsonNode patch) {
        return withETag(service.patch(id, ifMatch, patch));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteAction", summary = "Delete an action with its steps, fundings and notes (If-Match required; coordinators only)")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("id") UUID id, @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }

    @GET
    @Path("{id}/notes")
    @Operation(operationId = "listActionNotes", summary = "List the follow-up notes of an action, oldest first")
    @APIResponse(responseCode = "200", description = "The notes, in the order they were written.")
    public List<NoteDto> notes(@PathParam("id") UUID id) {
        return service.notes(id);
    }

    @POST
    @Path("{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createActionNote", summary = "Add a follow-up note to an action; its date and author come from the token",
            description = "Allowed to the coordinators of the contract, the action's pilot and the ARS in scope.")
    @APIResponse(responseCode = "201", headers = @Header(name = "Location", ref = "Location"), description = "Created.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoteDto.class)))
    public RestResponse<NoteDto> addNote(@PathParam("id") UUID id, @NotNull @Valid NoteInput input, UriInfo uri) {
        NoteDto note = service.addNote(id, input);
        return RestResponse.ResponseBuilder.<NoteDto>created(uri.getAbsolutePathBuilder().build()).entity(note).build();
    }

    private static RestResponse<ActionDto> withETag(ActionDto dto) {
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
    @Operation(operationId = "getActionHistory", summary = "The audit trail of an action and its notes: who changed what, when",
            description = "Every change, field by field with the value before and after, newest first. Readers of the action read it.")
    @APIResponse(responseCode = "200", description = "A page of history entries, newest first.")
    public PageDto<HistoryEntryDto> history(@PathParam("id") UUID id,
            @Parameter(description = "Zero-based page number.") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 200.") @QueryParam("size") @DefaultValue(PageRequest.DEFAULT_SIZE) int size) {
        return history.ofAction(id, page, size);
    }

}
