package org.cls.security;

import java.security.Principal;
import java.time.Instant;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every authorization failure (401, 403) leaves one security event on the {@code org.cls.security.events} logger:
 * who (token subject and username, or anonymous), what (method and path, the status) and when.
 */
public class SecurityEvents {

    public static final String LOGGER = "org.cls.security.events";
    private static final Logger LOG = Logger.getLogger(LOGGER);

    @ServerResponseFilter
    public void onDenied(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status != 401 && status != 403) {
            return;
        }
        LOG.warn(String.format("security event: %s at=%s who=%s what=%s %s", status == 401 ? "unauthenticated" : "forbidden",
                Instant.now(), who(request), request.getMethod(), request.getUriInfo().getRequestUri().getPath()));
    }

    private static String who(ContainerRequestContext request) {
        Principal principal = request.getSecurityContext() == null ? null : request.getSecurityContext().getUserPrincipal();
        if (principal == null || principal.getName() == null || principal.getName().isEmpty()) {
            return "anonymous";
        }
        if (principal instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject() + " (" + principal.getName() + ")";
        }
        return principal.getName();
    }
}
