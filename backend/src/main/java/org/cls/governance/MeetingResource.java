package org.cls.governance;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.security.Authenticated;

@Path("/api/v1/meetings")
@Tag(name = "Governance")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MeetingResource {

    @Inject
    MeetingService service;

    @Inject
    DecisionService decisions;

    @Inject
    DocumentService documents;

    @Inject
    CalendarService calendar;

    @GET
    @Path("{id}")
    @Operation(operationId = "getMeeting", summary = "Read a meeting with its agenda, invitees and minutes (Markdown and sanitised HTML)")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), description = "The meeting; `ETag` carries its version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingDto.class)))
    public RestResponse<MeetingDto> get(@PathParam("id") UUID id) {
        return withETag(service.get(id));
    }

    @GET
    @Path("{id}.ics")
    @Produces(CalendarResource.TEXT_CALENDAR)
    @Operation(operationId = "downloadMeetingCalendar", summary = "The meeting as an iCalendar file (invitation to import in a calendar)")
    @APIResponse(responseCode = "200", description = "An iCalendar file with one event.",
            content = @Content(mediaType = CalendarResource.TEXT_CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<String> ics(@PathParam("id") UUID id) {
        return CalendarResource.ics(calendar.meeting(id), "meeting-" + id + ".ics");
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CurrentUser.COORDINATOR)
    @Operation(operationId = "replaceMeeting", summary = "Replace a meeting (If-Match required)", description = "The agenda is replaced; invitees still invited keep "
            + "their attendance, new ones start INVITED.")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), description = "The updated meeting.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingDto.class)))
    public RestResponse<MeetingDto> replace(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid MeetingInput input) {
        return withETag(service.replace(id, ifMatch, input));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(CurrentUser.COORDINATOR)
    @Operation(operationId = "patchMeeting", summary = "Change some fields of a meeting, e.g. its minutes or status (JSON merge patch, If-Match required)")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = MeetingInput.class, description = "Any subset of MeetingInput; null removes a value.")))
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), description = "The updated meeting.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingDto.class)))
    public RestResponse<MeetingDto> patch(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            JsonNode patch) {
        return withETag(service.patch(id, ifMatch, patch));
    }

    @PUT
    @Path("{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CurrentUser.COORDINATOR)
    @Operation(operationId = "recordMeetingAttendance", summary = "Record the attendance of invitees (If-Match required)",
            description = "Each entry names an invited contact and their status; invitees not listed keep theirs.")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), description = "The updated meeting.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingDto.class)))
    public RestResponse<MeetingDto> attendance(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Size(max = 500) List<@NotNull @Valid AttendanceInput> input) {
        return withETag(service.attendance(id, ifMatch, input));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(CurrentUser.COORDINATOR)
    @Operation(operationId = "deleteMeeting", summary = "Delete a meeting with its decisions and documents (If-Match required)")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }

    @GET
    @Path("{id}/decisions")
    @Operation(operationId = "listMeetingDecisions", summary = "List the decisions of a meeting, in the order taken")
    @APIResponse(responseCode = "200", description = "A page of decisions.")
    public PageDto<DecisionDto> decisions(@PathParam("id") UUID id,
            @Parameter(description = "Zero-based page.") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 200.") @QueryParam("size") @DefaultValue(PageRequest.DEFAULT_SIZE) int size) {
        return decisions.listOfMeeting(id, page, size);
    }

    @POST
    @Path("{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CurrentUser.COORDINATOR)
    @Operation(operationId = "createDecision", summary = "Record a decision taken in a meeting", description = "Status OPEN unless given; the linked action must belong "
            + "to the meeting's contract.")
    @APIResponse(responseCode = "201", headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")}, description = "Created; `Location` and `ETag` headers are set.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionDto.class)))
    public RestResponse<DecisionDto> createDecision(@PathParam("id") UUID id, @NotNull @Valid DecisionInput input, UriInfo uri) {
        DecisionDto created = decisions.create(id, input);
        return ETags.created(uri, "api/v1/decisions", created.id(), created.version(), created);
    }

    @GET
    @Path("{id}/documents")
    @Operation(operationId = "listMeetingDocuments", summary = "List the documents attached to a meeting, latest first")
    @APIResponse(responseCode = "200", description = "The documents.")
    public List<DocumentDto> documents(@PathParam("id") UUID id) {
        return documents.ofMeeting(id);
    }

    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(CurrentUser.COORDINATOR)
    @Operation(operationId = "uploadMeetingDocument", summary = "Upload a document attached to a meeting (invitation, minutes, slides…)",
            description = "Multipart form with `file` and an optional `title`. PDF, office documents and images only (415); size limit (413).")
    @APIResponse(responseCode = "201", headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")}, description = "Stored; `Location` points to its metadata.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentDto.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than the limit.")
    @APIResponse(responseCode = "415", description = "The file's type is not accepted.")
    public RestResponse<DocumentDto> upload(@PathParam("id") UUID id, @RestForm("file") FileUpload file,
            @RestForm("title") String title, UriInfo uri) {
        return DocumentResource.created(documents.uploadToMeeting(id, DocumentResource.required(file), file.fileName(), title), uri);
    }

    private static RestResponse<MeetingDto> withETag(MeetingDto dto) {
        return RestResponse.ResponseBuilder.ok(dto).header(HttpHeaders.ETAG, ETags.of(dto.version())).build();
    }
}
