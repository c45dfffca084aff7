package org.cls.governance;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.cls.common.ETags;
import org.cls.common.PageDto;
import org.cls.common.PageRequest;
import org.cls.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.security.Authenticated;

/** The governance of one contract: its committees, meetings, decisions, documents and calendar. */
@Path("/api/v1/contracts")
@Tag(name = "Governance")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ContractGovernanceResource {

    @Inject
    CommitteeService committees;

    @Inject
    MeetingService meetings;

    @Inject
    DecisionService decisions;

    @Inject
    DocumentService documents;

    @Inject
    CalendarService calendar;

    @GET
    @Path("{id}/committees")
    @Operation(operationId = "listContractCommittees", summary = "List the committees of a contract, by name")
    @APIResponse(responseCode = "200", description = "A page of committees.")
    public PageDto<CommitteeDto> committees(@PathParam("id") UUID id,
            @Parameter(description = "Zero-based page.") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 200.") @QueryParam("size") @DefaultValue(PageRequest.DEFAULT_SIZE) int size) {
        return committees.list(id, page, size);
    }

    @POST
    @Path("{id}/committees")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CurrentUser.COORDINATOR)
    @Operation(operationId = "createCommittee", summary = "Create a committee of a contract", description = "Only the contract's coordinators. Members are contacts of "
            + "the partners directory.")
    @APIResponse(responseCode = "201", headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")}, description = "Created; `Location` and `ETag` headers are set.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommitteeDto.class)))
    public RestResponse<CommitteeDto> createCommittee(@PathParam("id") UUID id, @NotNull @Valid CommitteeInput input, UriInfo uri) {
        CommitteeDto created = committees.create(id, input);
        return ETags.created(uri, "api/v1/committees", created.id(), created.version(), created);
    }

    @GET
    @Path("{id}/meetings")
    @Operation(operationId = "listContractMeetings", summary = "List the meetings of all committees of a contract, in time order",
            description = "`from` keeps the meetings not ended at that time (e.g. now, for the upcoming ones); `to` those starting before it.")
    @APIResponse(responseCode = "200", description = "A page of meetings.")
    public PageDto<MeetingDto> meetings(@PathParam("id") UUID id,
            @Parameter(description = "Keep meetings ending at or after this time (ISO-8601 with offset).") @QueryParam("from") String from,
            @Parameter(description = "Keep meetings starting before this time (ISO-8601 with offset).") @QueryParam("to") String to,
            @Parameter(description = "Zero-based page.") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 200.") @QueryParam("size") @DefaultValue(PageRequest.DEFAULT_SIZE) int size) {
        return meetings.listOfContract(id, time("from", from), time("to", to), page, size);
    }

    @GET
    @Path("{id}/decisions")
    @Operation(operationId = "listContractDecisions", summary = "The follow-up list of a contract's decisions",
            description = "Decisions of every meeting of the contract, by due date (none last), then meeting date.")
    @APIResponse(responseCode = "200", description = "A page of decisions.")
    public PageDto<DecisionDto> decisions(@PathParam("id") UUID id,
            @Parameter(description = "Only decisions with this status.", schema = @Schema(implementation = DecisionStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Zero-based page.") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 200.") @QueryParam("size") @DefaultValue(PageRequest.DEFAULT_SIZE) int size) {
        DecisionStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = DecisionStatus.valueOf(status.trim());
            } catch (IllegalArgumentException e) {
                throw org.cls.common.ApiException.badParameter("status", "one of OPEN, DONE, DROPPED");
            }
        }
        return decisions.listOfContract(id, wanted, page, size);
    }

    @GET
    @Path("{id}/documents")
    @Operation(operationId = "listContractDocuments", summary = "List every document of a contract (its own, its actions' and its meetings'), latest first")
    @APIResponse(responseCode = "200", description = "The documents.")
    public List<DocumentDto> documents(@PathParam("id") UUID id) {
        return documents.ofContract(id);
    }

    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(CurrentUser.COORDINATOR)
    @Operation(operationId = "uploadContractDocument", summary = "Upload a document attached to the contract",
            description = "Multipart form with `file` and an optional `title`. The type is detected from the content: PDF, office "
                    + "documents and images only (415 otherwise); above the size limit, 413.")
    @APIResponse(responseCode = "201", headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")}, description = "Stored; `Location` points to its metadata.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentDto.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than the limit.")
    @APIResponse(responseCode = "415", description = "The file's type is not accepted.")
    public RestResponse<DocumentDto> upload(@PathParam("id") UUID id, @RestForm("file") FileUpload file,
            @RestForm("title") String title, UriInfo uri) {
        return DocumentResource.created(documents.uploadToContract(id, DocumentResource.required(file), file.fileName(), title), uri);
    }

    @GET
    @Path("{id}/calendar.ics")
    @Produces(CalendarResource.TEXT_CALENDAR)
    @Operation(operationId = "downloadContractCalendar", summary = "The calendar feed of a contract: every meeting of its committees (iCalendar)")
    @APIResponse(responseCode = "200", description = "An iCalendar file.",
            content = @Content(mediaType = CalendarResource.TEXT_CALENDAR, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public RestResponse<String> calendar(@PathParam("id") UUID id) {
        return CalendarResource.ics(calendar.contract(id), "contract-" + id + ".ics");
    }

    private static OffsetDateTime time(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw org.cls.common.ApiException.badParameter(field, "an ISO-8601 date-time with offset, e.g. 2025-12-11T14:00:00+01:00");
        }
    }
}
