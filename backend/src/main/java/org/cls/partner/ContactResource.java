package org.cls.partner;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.cls.common.ETags;
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

@Path("/api/v1/contacts")
@Tag(name = "Partners", description = "Partner organisations, shared by every territory: everyone signed in reads them, coordinators write them."
        + " Their contacts are filed in the directory of a territory (a département): its coordinators read and write them, the readers of a"
        + " contract that uses a contact read it, nobody else sees it (404); service accounts read no contact.")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ContactResource {

    @Inject
    PartnerService service;

    @Inject
    ContactPrivacy privacy;

    @GET
    @Path("{id}")
    @Operation(operationId = "getContact", summary = "Read a contact", description = "The coordinators of the contact's territory and the readers of a contract that uses it;"
            + " 404 for anyone else and for service accounts.")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), description = "The contact; `ETag` carries its version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactDto.class)))
    public RestResponse<ContactDto> get(@PathParam("id") UUID id) {
        return withETag(service.getContact(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CurrentUser.COORDINATOR)
    @Operation(operationId = "replaceContact", summary = "Replace a contact (If-Match required)", description = "Only the coordinators of the contact's territory (403 for"
            + " those who read it through a contract, 404 for others). `departementCode` absent keeps the contact's directory; given, it must"
            + " be a département of a contract the caller coordinates (400 otherwise).")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), description = "The updated contact.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactDto.class)))
    public RestResponse<ContactDto> replace(@PathParam("id") UUID id, @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ContactInput input) {
        return withETag(service.replaceContact(id, ifMatch, input));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(CurrentUser.COORDINATOR)
    @Operation(operationId = "deleteContact", summary = "Delete a contact (If-Match required)", description = "Only the coordinators of the contact's territory. A contact"
            + " in use (pilot of an action, committee member, meeting invitee or presenter, decision owner) is a 409 naming the uses in the"
            + " contracts the caller reads, and saying that others exist elsewhere. The audit trail keeps its last state: erase it first to"
            + " remove the person's data.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("id") UUID id, @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.deleteContact(id, ifMatch);
    }

    @GET
    @Path("{id}/export")
    @RolesAllowed(CurrentUser.COORDINATOR)
    @Operation(operationId = "exportContact", summary = "Export everything held on a contact (GDPR right of access)", description = "For the coordinators of the contact's"
            + " territory, who answer the person's requests (403 for those who read it through a contract, 404 for others): the contact,"
            + " its organisation, its uses in the contracts the caller reads (`usedInOtherContracts` tells whether there are others) and every"
            + " state it took in the audit trail with when and by whom. Sent as an attachment.")
    @APIResponse(responseCode = "200", description = "The export.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactExportDto.class)))
    public RestResponse<ContactExportDto> export(@PathParam("id") UUID id) {
        return RestResponse.ResponseBuilder.ok(privacy.export(id))
                .header("Content-Disposition", "attachment; filename=\"contact-" + id + ".json\"").build();
    }

    @POST
    @Path("{id}/erase")
    @RolesAllowed(CurrentUser.COORDINATOR)
    @Operation(operationId = "eraseContact", summary = "Erase a contact's personal data (GDPR right to erasure, If-Match required)", description = "A POST rather than a"
            + " DELETE: the contact stays, pseudonymised. For the coordinators of the contact's territory (403 for those who read it through a contract, 404 for others). In one transaction the contact is"
            + " pseudonymised in the live table and in every state of its audit trail: first and last name become `Contact` / `effacé`,"
            + " function, email and phone are removed. It keeps its id, organisation and directory, so the actions, committees, meetings and"
            + " decisions that reference it show \"Contact effacé\". A new audit revision records who erased it. Free texts (minutes, notes,"
            + " documents) are not searched: the coordinator reviews them.")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), description = "The erased contact; `ETag` carries its new version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactDto.class)))
    public RestResponse<ContactDto> erase(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(privacy.erase(id, ifMatch));
    }

    private static RestResponse<ContactDto> withETag(ContactDto dto) {
        return RestResponse.ResponseBuilder.ok(dto).header(HttpHeaders.ETAG, ETags.of(dto.version())).build();
    }
}
