package org.cls.reporting;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.cls.common.ApiException;
import org.cls.common.Problem;
import org.cls.contract.ContractScope;
import org.cls.contract.geo.InseeCodes;
import org.cls.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/ars/contracts")
@Tag(name = "ARS pull", description = "Bulk, incremental export of the contracts in an ARS scope for its reporting tools.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.ARS)
@APIResponse(responseCode = "401", description = "No or invalid bearer token.",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ArsPullResource {

    @Inject
    ArsPullService service;

    @Inject
    CurrentUser user;

    @Inject
    ArsOverviewService overview;

    @GET
    @Path("overview")
    @Operation(operationId = "getArsOverview", summary = "Overview of the contracts in the caller's ARS scope",
            description = "Each contract with its action count, mean progress, late actions and latest report, by name.")
    @APIResponse(responseCode = "200", description = "The contracts.")
    public List<ArsOverviewDto> overview() {
        return overview.overview(ContractScope.of(user).arsOnly());
    }

    @GET
    @Operation(operationId = "pullArsContracts", summary = "Pull every contract in the caller's ARS scope with its plan and fundings",
            description = "For ARS users and the `ars-reporting` service account (client-credentials grant): the contracts of"
                    + " the régions (and délégations départementales) of the token, streamed (constant memory whatever the"
                    + " size). Other roles get 403: coordinators and pilots read their contracts through the contract API."
                    + " With `updatedSince`, only the contracts changed since then (the contract, its axes, objectives or"
                    + " actions, sent whole) and `deleted` lists the contracts and actions deleted since then: pass the"
                    + " previous answer's `generatedAt`. Send the previous `ETag` in `If-None-Match` to get 304 when nothing"
                    + " changed.")
    @APIResponse(responseCode = "200", description = "The contracts, by identifier.",
            headers = @Header(name = "ETag", description = "Validator for `If-None-Match`.",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 64, pattern = "^W/\"[0-9a-f]{32}\"$")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArsPullDto.class)))
    @APIResponse(responseCode = "304", headers = @Header(name = "ETag", description = "The same validator.",
            schema = @Schema(type = SchemaType.STRING, maxLength = 64, pattern = "^W/\"[0-9a-f]{32}\"$")), description = "Nothing changed since the `ETag` sent in `If-None-Match`.")
    public Response pull(
            @Parameter(description = "Only this région (INSEE code), within the caller's scope.", example = "76")
            @QueryParam("regionCode") String regionCode,
            @Parameter(description = "Only the contracts covering this département (INSEE code), within the caller's scope.", example = "46")
            @QueryParam("departementCode") String departementCode,
            @Parameter(description = "ISO-8601 instant: only what changed after it (use the last answer's `generatedAt`).",
                    example = "2025-07-01T00:00:00Z")
            @QueryParam("updatedSince") String updatedSince,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        if (regionCode != null && !InseeCodes.isRegion(regionCode)) {
            throw ApiException.badParameter("regionCode", "Code région INSEE inconnu : " + regionCode);
        }
        if (departementCode != null && !InseeCodes.isDepartement(departementCode)) {
            throw ApiException.badParameter("departementCode", "Code département INSEE inconnu : " + departementCode);
        }
        ArsPullService.Query query = new ArsPullService.Query(ContractScope.of(user).arsOnly(), regionCode, departementCode, parse(updatedSince));
        String etag = service.etag(query);
        if (ifNoneMatch != null && List.of(ifNoneMatch.split(",")).stream().map(String::trim)
                .anyMatch(t -> t.equals(etag) || t.equals("*") || ("W/" + t).equals(etag))) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).build();
        }
        StreamingOutput body = out -> service.write(query, out);
        return Response.ok(body, MediaType.APPLICATION_JSON).header(HttpHeaders.ETAG, etag).build();
    }

    private static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter("updatedSince", "Date-heure ISO-8601 attendue, par exemple 2025-07-01T00:00:00Z.");
        }
    }
}
