package org.cls.security;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only endpoint that declares no security rule: it must be denied ({@code deny-unannotated-endpoints}). */
@Path(UnannotatedProbeResource.PATH)
public class UnannotatedProbeResource {

    static final String PATH = "/api/v1/test-probe/unannotated";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public String probe() {
        return "\"reached\"";
    }
}
