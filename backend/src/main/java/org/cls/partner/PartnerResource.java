package org.cls.partner;

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

@Path("/api/v1/partners")
@Tag(name = "Partners", description = "Partner organisations, shared by every territory: everyone signed in reads them, coordinators write them."
        + " Their contacts are filed in the directory of a territory (a département): its coordinators read and write them, the readers of a"
        + " contract that uses a contact read it, nobody else sees it (404); service accounts read no contact.")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class PartnerResource {

    @Inject
    PartnerService service;

    @GET
    @Operation(operationId = "listPartners", summary = "List or search the partner organisations")
    @APIResponse(responseCode = "200", description = "A page of partners.")
    public PageDto<PartnerDto> list(
            @Parameter(description = "Zero-based page number.") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 200.") @QueryParam("size") @DefaultValue(PageRequest.DEFAULT_SIZE) int size,
            @Parameter(description = "Sort field, `-` prefix for descending: name, type, createdAt, updatedAt.") @QueryParam("sort") String sort,
            @Parameter(description = "Text searched in the name.") @QueryParam("q") String q,
            @Parameter(description = "Only partners of this type.", schema = @Schema(implementation = PartnerType.class))
            @QueryParam("type") String type) {
        PageRequest pageRequest = PageRequest.of(page, size, sort, "name", PartnerService.SORTS);
        PartnerType t = null;
        if (type != null && !type.isBlank()) {
            try {
                t = PartnerType.valueOf(type.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiException.badParameter("type", "unknown value '" + type + "'");
            }
        }
        return service.list(q, t, pageRequest);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CurrentUser.COORDINATOR)
    @Operation(operationId = "createPartner", summary = "Add a partner organisation to the directory")
    @APIResponse(responseCode = "201", headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")}, description = "Created; `Location` and `ETag` headers are set.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerDto.class)))
    public RestResponse<PartnerDto> create(@NotNull @Valid PartnerInput input, UriInfo uri) {
        PartnerDto created = service.create(input);
        return ETags.created(uri, "api/v1/partners", created.id(), created.version(), created);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPartner", summary = "Read a partner organisation")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), description = "The partner; `ETag` carries its version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerDto.class)))
    public RestResponse<PartnerDto> get(@PathParam("id") UUID id) {
        return withETag(service.get(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CurrentUser.COORDINATOR)
    @Operation(operationId = "replacePartner", summary = "Replace a partner organisation (If-Match required)")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), description = "The updated partner.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerDto.class)))
    public RestResponse<PartnerDto> replace(@PathParam("id") UUID id, @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid PartnerInput input) {
        return withETag(service.replace(id, ifMatch, input));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(CurrentUser.COORDINATOR)
    @Operation(operationId = "patchPartner", summary = "Change some fields of a partner organisation (JSON merge patch, If-Match required)")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = PartnerInput.class, description = "Any subset of PartnerInput; null removes a value.")))
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), description = "The updated partner.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerDto.class)))
    public RestResponse<PartnerDto> patch(@PathParam("id") UUID id, @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            JsonNode patch) {
        return withETag(service.patch(id, ifMatch, patch));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(CurrentUser.COORDINATOR)
    @Operation(operationId = "deletePartner", summary = "Delete a partner organisation (If-Match required)", description = "409 while actions name it or it has contacts;"
            + " with `cascade=true` its contacts go too, provided the caller keeps all of them (contacts of other territories: 409) and none"
            + " is in use (409 naming the uses).")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("id") UUID id, @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "Also delete its contacts.") @QueryParam("cascade") @DefaultValue("false") boolean cascade) {
        service.delete(id, ifMatch, cascade);
    }

    @GET
    @Path("{id}/contacts")
    @Operation(operationId = "listPartnerContacts", summary = "List the contacts of a partner organisation", description = "Only the contacts the caller reads: those of the"
            + " territories they coordinate and those used by the contracts they read (none for service accounts).")
    @APIResponse(responseCode = "200", description = "The contacts the caller reads, by name.")
    public List<ContactDto> listContacts(@PathParam("id") UUID id) {
        return service.listContacts(id);
    }

    @POST
    @Path("{id}/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CurrentUser.COORDINATOR)
    @Operation(operationId = "createContact", summary = "Add a contact to a partner organisation", description = "The contact is filed in the directory of `departementCode`,"
            + " a département of a contract the caller coordinates; absent, the only one they coordinate (400 naming `departementCode` when"
            + " they coordinate none or several).")
    @APIResponse(responseCode = "201", headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")}, description = "Created; `Location` and `ETag` headers are set.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactDto.class)))
    public RestResponse<ContactDto> createContact(@PathParam("id") UUID id, @NotNull @Valid ContactInput input, UriInfo uri) {
        ContactDto created = service.createContact(id, input);
        return ETags.created(uri, "api/v1/contacts", created.id(), created.version(), created);
    }

    private static RestResponse<PartnerDto> withETag(PartnerDto dto) {
        return RestResponse.ResponseBuilder.ok(dto).header(HttpHeaders.ETAG, ETags.of(dto.version())).build();
    }
}
