package org.cls.governance;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.cls.common.ApiException;
import org.cls.common.ETags;
import org.cls.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.security.Authenticated;

@jakarta.ws.rs.Path("/api/v1/documents")
@Tag(name = "Governance")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class DocumentResource {

    @Inject
    DocumentService service;

    @GET
    @jakarta.ws.rs.Path("{id}")
    @Operation(operationId = "getDocument", summary = "Read what describes a document")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), description = "The document's metadata; `ETag` carries its version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentDto.class)))
    public RestResponse<DocumentDto> get(@jakarta.ws.rs.PathParam("id") UUID id) {
        DocumentDto dto = service.get(id);
        return RestResponse.ResponseBuilder.ok(dto).header(HttpHeaders.ETAG, ETags.of(dto.version())).build();
    }

    @GET
    @jakarta.ws.rs.Path("{id}/content")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(operationId = "downloadDocumentContent", summary = "Download a document", description = "Sent as an attachment with its detected type; `Digest`-like header "
            + "`X-Checksum-SHA256` carries its SHA-256.")
    @APIResponse(responseCode = "200", headers = @Header(name = "X-Checksum-SHA256", ref = "X-Checksum-SHA256"), description = "The file.",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public jakarta.ws.rs.core.Response content(@jakarta.ws.rs.PathParam("id") UUID id) {
        DocumentService.Content c = service.content(id);
        String encoded = URLEncoder.encode(c.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        String ascii = c.fileName().replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_");
        return jakarta.ws.rs.core.Response.ok(c.body(), c.contentType())
                .header(HttpHeaders.CONTENT_LENGTH, c.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("X-Checksum-SHA256", c.sha256())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }

    @DELETE
    @jakarta.ws.rs.Path("{id}")
    @RolesAllowed(CurrentUser.COORDINATOR)
    @Operation(operationId = "deleteDocument", summary = "Delete a document and its content (If-Match required)")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@jakarta.ws.rs.PathParam("id") UUID id,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }

    static Path required(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw ApiException.badParameter("file", "a file is required (multipart field 'file')");
        }
        return file.uploadedFile();
    }

    static RestResponse<DocumentDto> created(DocumentDto dto, UriInfo uri) {
        return ETags.created(uri, "api/v1/documents", dto.id(), dto.version(), dto);
    }
}
