package org.cls.reporting;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.cls.common.ETags;
import org.cls.common.Problem;
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

import io.quarkus.security.Authenticated;

@Path("/api/v1/reports")
@Tag(name = "Reports", description = "Semiannual and annual reports (bilans) of a contract.")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@APIResponse(responseCode = "401", description = "No or invalid bearer token.",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ReportResource {

    static final String PDF = "application/pdf";

    @Inject
    ReportService service;

    @Inject
    ReportRenderer renderer;

    @Inject
    ReportRenditions renditions;

    private static RestResponse<ReportDto> withEtag(ReportDto dto) {
        return RestResponse.ResponseBuilder.ok(dto).header(HttpHeaders.ETAG, ETags.of(dto.version())).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getReport", summary = "Read a report with its snapshot")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), description = "The report; `ETag` is set.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportDto.class)))
    public RestResponse<ReportDto> get(@PathParam("id") UUID id) {
        return withEtag(service.get(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CurrentUser.COORDINATOR)
    @Operation(operationId = "updateReport", summary = "Save the narrative of a draft (If-Match); its snapshot is retaken")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), description = "The report.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportDto.class)))
    public RestResponse<ReportDto> update(@PathParam("id") UUID id, @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ReportInput input) {
        return withEtag(service.update(id, ifMatch, input));
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed(CurrentUser.COORDINATOR)
    @Operation(operationId = "submitReport", summary = "Submit a draft to the ARS (If-Match): its snapshot is retaken one last time and frozen")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), description = "The report, SUBMITTED.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportDto.class)))
    public RestResponse<ReportDto> submit(@PathParam("id") UUID id, @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(service.submit(id, ifMatch));
    }

    @POST
    @Path("{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CurrentUser.ARS)
    @Operation(operationId = "reviewReport", summary = "Review a submitted report (ARS of the contract's territory, If-Match)")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), description = "The report, REVIEWED.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportDto.class)))
    public RestResponse<ReportDto> review(@PathParam("id") UUID id, @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ReviewInput input) {
        return withEtag(service.review(id, ifMatch, input));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(CurrentUser.COORDINATOR)
    @Operation(operationId = "deleteReport", summary = "Delete a draft (If-Match)")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("id") UUID id, @Parameter(description = "The ETag last read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }

    @GET
    @Path("{id}/report.pdf")
    @Produces(PDF)
    @Operation(operationId = "downloadReportPdf", summary = "Download a report as PDF", description = "A draft is rendered at each request; a submitted report is "
            + "rendered once (per version: its review makes another) and then sent as stored.")
    @APIResponse(responseCode = "200", description = "The PDF.",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response pdf(@PathParam("id") UUID id) {
        ReportDto report = service.get(id);
        Response.ResponseBuilder response;
        if (report.status() == ReportStatus.DRAFT) {
            response = Response.ok(renderer.pdf(report), PDF);
        } else {
            ReportRenditions.Pdf pdf = renditions.pdf(report);
            response = Response.ok(pdf.body(), PDF).header(HttpHeaders.CONTENT_LENGTH, pdf.size());
        }
        return response
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"bilan-" + report.period() + ".pdf\"").build();
    }

    @GET
    @Path("{id}/report.xlsx")
    @Produces(PlanWorkbook.MEDIA_TYPE)
    @Operation(operationId = "downloadReportXlsx", summary = "Download a report as an Excel workbook (sheets report, actions, budget)")
    @APIResponse(responseCode = "200", description = "The workbook.",
            content = @Content(mediaType = PlanWorkbook.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response xlsx(@PathParam("id") UUID id) {
        ReportDto report = service.get(id);
        return Response.ok(renderer.xlsx(report), PlanWorkbook.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"bilan-" + report.period() + ".xlsx\"").build();
    }
}
