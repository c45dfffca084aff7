package org.cls.governance;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.cls.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.security.Authenticated;

/** What the governance says about one action. */
@Path("/api/v1/actions")
@Tag(name = "Governance")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ActionGovernanceResource {

    @Inject
    MeetingService meetings;

    @Inject
    DecisionService decisions;

    @Inject
    DocumentService documents;

    @GET
    @Path("{id}/meetings")
    @Operation(operationId = "listActionMeetings", summary = "The meetings whose agenda or decisions concern an action, latest first")
    @APIResponse(responseCode = "200", description = "The meetings.")
    public List<MeetingDto> meetings(@PathParam("id") UUID id) {
        return meetings.ofAction(id);
    }

    @GET
    @Path("{id}/decisions")
    @Operation(operationId = "listActionDecisions", summary = "The decisions concerning an action, latest meeting first")
    @APIResponse(responseCode = "200", description = "The decisions.")
    public List<DecisionDto> decisions(@PathParam("id") UUID id) {
        return decisions.ofAction(id);
    }

    @GET
    @Path("{id}/documents")
    @Operation(operationId = "listActionDocuments", summary = "List the documents attached to an action, latest first")
    @APIResponse(responseCode = "200", description = "The documents.")
    public List<DocumentDto> documents(@PathParam("id") UUID id) {
        return documents.ofAction(id);
    }

    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(CurrentUser.COORDINATOR)
    @Operation(operationId = "uploadActionDocument", summary = "Upload a document attached to an action",
            description = "Multipart form with `file` and an optional `title`. PDF, office documents and images only (415); size limit (413).")
    @APIResponse(responseCode = "201", headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")}, description = "Stored; `Location` points to its metadata.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentDto.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than the limit.")
    @APIResponse(responseCode = "415", description = "The file's type is not accepted.")
    public RestResponse<DocumentDto> upload(@PathParam("id") UUID id, @RestForm("file") FileUpload file,
            @RestForm("title") String title, UriInfo uri) {
        return DocumentResource.created(documents.uploadToAction(id, DocumentResource.required(file), file.fileName(), title), uri);
    }
}
