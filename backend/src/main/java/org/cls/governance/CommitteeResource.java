package org.cls.governance;

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

@Path("/api/v1/committees")
@Tag(name = "Governance", description = "Committees (COPIL, COTECH, working groups…), their meetings with agenda, attendance and "
        + "minutes, decisions and their follow-up, documents and calendars. Readers of a contract read them; its coordinators write.")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class CommitteeResource {

    @Inject
    CommitteeService service;

    @Inject
    MeetingService meetings;

    @GET
    @Path("{id}")
    @Operation(operationId = "getCommittee", summary = "Read a committee")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), description = "The committee; `ETag` carries its version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommitteeDto.class)))
    public RestResponse<CommitteeDto> get(@PathParam("id") UUID id) {
        return withETag(service.get(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CurrentUser.COORDINATOR)
    @Operation(operationId = "replaceCommittee", summary = "Replace a committee (If-Match required)")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), description = "The updated committee.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommitteeDto.class)))
    public RestResponse<CommitteeDto> replace(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid CommitteeInput input) {
        return withETag(service.replace(id, ifMatch, input));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(CurrentUser.COORDINATOR)
    @Operation(operationId = "patchCommittee", summary = "Change some fields of a committee (JSON merge patch, If-Match required)")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = CommitteeInput.class, description = "Any subset of CommitteeInput; null removes a value.")))
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), description = "The updated committee.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommitteeDto.class)))
    public RestResponse<CommitteeDto> patch(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            JsonNode patch) {
        return withETag(service.patch(id, ifMatch, patch));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(CurrentUser.COORDINATOR)
    @Operation(operationId = "deleteCommittee", summary = "Delete a committee (If-Match required)",
            description = "409 when it has meetings, unless `cascade=true`: then its meetings, their decisions and documents go too.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "Also delete its meetings.") @QueryParam("cascade") @DefaultValue("false") boolean cascade) {
        service.delete(id, ifMatch, cascade);
    }

    @GET
    @Path("{id}/meetings")
    @Operation(operationId = "listCommitteeMeetings", summary = "List the meetings of a committee, in time order")
    @APIResponse(responseCode = "200", description = "A page of meetings.")
    public PageDto<MeetingDto> meetings(@PathParam("id") UUID id,
            @Parameter(description = "Zero-based page.") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 200.") @QueryParam("size") @DefaultValue(PageRequest.DEFAULT_SIZE) int size) {
        return meetings.list(id, page, size);
    }

    @POST
    @Path("{id}/meetings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CurrentUser.COORDINATOR)
    @Operation(operationId = "createMeeting", summary = "Plan a meeting of a committee",
            description = "Times carry their offset; they are returned with the Europe/Paris offset. endsAt must follow startsAt. "
                    + "Presenters and invitees are contacts; linked actions belong to the committee's contract. Invitees start INVITED.")
    @APIResponse(responseCode = "201", headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")}, description = "Created; `Location` and `ETag` headers are set.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingDto.class)))
    public RestResponse<MeetingDto> createMeeting(@PathParam("id") UUID id, @NotNull @Valid MeetingInput input, UriInfo uri) {
        MeetingDto created = meetings.create(id, input);
        return ETags.created(uri, "api/v1/meetings", created.id(), created.version(), created);
    }

    private static RestResponse<CommitteeDto> withETag(CommitteeDto dto) {
        return RestResponse.ResponseBuilder.ok(dto).header(HttpHeaders.ETAG, ETags.of(dto.version())).build();
    }
}
