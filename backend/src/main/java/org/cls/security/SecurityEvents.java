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
 * <p>
 * So does every 404 of {@code /api/} answered to a signed-in caller (INFO): outside the read scope is a 404, like an
 * unknown id, so this is how probing for other people's objects shows. That event names the caller by the token's
 * subject only, and the path without its query.
 */
public class SecurityEvents {

    public static final String LOGGER = "org.cls.security.events";
    private static final Logger LOG = Logger.getLogger(LOGGER);

    @ServerResponseFilter
    public void onDenied(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        String path = request.getUriInfo().getRequestUri().getPath();
        if (status == 404) {
            String subject = subject(request);
            if (subject != null && path.startsWith("/api/")) {
                LOG.info(String.format("security event: not-found at=%s who=%s what=%s %s status=%d", Instant.now(), subject,
                        request.getMethod(), path, status));
            }
            return;
        }
        if (status != 401 && status != 403) {
            return;
        }
        LOG.warn(String.format("security event: %s at=%s who=%s what=%s %s status=%d", status == 401 ? "unauthenticated" : "forbidden",
                Instant.now(), who(request), request.getMethod(), path, status));
    }

    private static String who(ContainerRequestContext request) {
        Principal principal = principal(request);
        if (principal == null || principal.getName() == null || principal.getName().isEmpty()) {
            return "anonymous";
        }
        if (principal instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject() + " (" + principal.getName() + ")";
        }
        return principal.getName();
    }

    /** The token's subject of a signed-in caller; null when anonymous or without one. */
    private static String subject(ContainerRequestContext request) {
        return principal(request) instanceof JsonWebToken jwt && jwt.getSubject() != null && !jwt.getSubject().isEmpty()
                ? jwt.getSubject() : null;
    }

    private static Principal principal(ContainerRequestContext request) {
        return request.getSecurityContext() == null ? null : request.getSecurityContext().getUserPrincipal();
    }
}
