package org.cls.governance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.cls.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/markdown/preview")
@Tag(name = "Governance")
@Produces(MediaType.APPLICATION_JSON)
public class MinutesResource {

    @Inject
    Minutes minutes;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CurrentUser.COORDINATOR)
    @Operation(operationId = "previewMarkdown", summary = "Render Markdown (minutes being written) to sanitised HTML, as meetings show it")
    @APIResponse(responseCode = "200", description = "The HTML.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HtmlDto.class)))
    public HtmlDto preview(@NotNull @Valid MarkdownInput input) {
        return new HtmlDto(minutes.toHtml(input.markdown()));
    }
}
