package org.cls.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cls.action.PlanDto;
import org.cls.common.Problem;
import org.cls.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

@Path("/api/v1/contracts")
@Tag(name = "Reporting", description = "Dashboards, plan workbooks and semiannual reports.")
@Authenticated
@APIResponse(responseCode = "401", description = "No or invalid bearer token.",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PlanWorkbookResource {

    static final String TEMPLATE = " Template (version 1), row 1 = column names, data from row 2: sheet `axes_objectives`"
            + " (axis_number, axis_title, axis_description, objective_number, objective_title, objective_description; one row per"
            + " objective), `actions` (code, axis_number, objective_number, title, rationale, goals, description, target_public,"
            + " themes, commune_codes, start_date, end_date, status, progress, priority, pilot_partner_id, pilot_partner_name),"
            + " `partners` (action_code, partner_id, partner_name, role), `fundings` (action_code, funder_id, funder_name, year,"
            + " amount, kind, status), `steps` (action_code, title, due_date, done). The export adds `indicators` and `measurements`"
            + " (the actions' indicators and their values) for reading only: an import ignores them. Lists are comma-separated, dates are date cells"
            + " or `YYYY-MM-DD`, enums take the API's values, partners are named by their identifier (names are informative)."
            + " Text starting with = + - @ is written with a leading apostrophe (formula injection), which the import removes.";

    @Inject
    PlanWorkbookExporter exporter;

    @Inject
    PlanWorkbookImporter importer;

    @GET
    @Path("{id}/plan.xlsx")
    @Produces(PlanWorkbook.MEDIA_TYPE)
    @Operation(operationId = "exportPlanWorkbook", summary = "Download a contract's plan as an Excel workbook", description = "Anyone who reads the contract." + TEMPLATE)
    @APIResponse(responseCode = "200", description = "The workbook.",
            content = @Content(mediaType = PlanWorkbook.MEDIA_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    public Response export(@PathParam("id") UUID id) {
        return Response.ok(exporter.export(id), PlanWorkbook.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"plan-" + id + ".xlsx\"").build();
    }

    @POST
    @Path("{id}/plan.xlsx")
    @Consumes({ PlanWorkbook.MEDIA_TYPE, MediaType.APPLICATION_OCTET_STREAM })
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(CurrentUser.COORDINATOR)
    @Operation(operationId = "importPlanWorkbook", summary = "Import a plan from an Excel workbook into a contract without a plan",
            description = "Coordinators of the contract. All or nothing: every error is listed in one problem (400) with the"
                    + " cell (`actions!L5`) as `field`; nothing is written when there is one. 409 when the contract already has"
                    + " axes, 413 above 1 MiB. Formula cells are refused." + TEMPLATE)
    @RequestBody(content = @Content(mediaType = PlanWorkbook.MEDIA_TYPE,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "The plan imported.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanDto.class)))
    @APIResponse(responseCode = "413", description = "The workbook is larger than 1 MiB.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PlanDto importPlan(@PathParam("id") UUID id, InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(PlanWorkbookImporter.MAX_BYTES + 1);
        if (bytes.length > PlanWorkbookImporter.MAX_BYTES) {
            throw PlanWorkbookImporter.tooLarge();
        }
        return importer.importPlan(id, bytes);
    }
}
