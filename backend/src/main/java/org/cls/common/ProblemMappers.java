package org.cls.common;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Every error leaves as {@code application/problem+json}, without stack trace, class name or SQL. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        return problem(e.status(), e.type(), e.title(), e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, UriInfo uri) {
        return problem(400, "validation", "Invalid request", "The request has invalid fields.", uri,
                Violations.toFieldErrors(e.getConstraintViolations()));
    }

    @ServerExceptionMapper(priority = 1)
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        return problem(400, "validation", "Invalid request", "Unknown property '" + e.getPropertyName() + "'.", uri,
                List.of(new FieldError(jsonPath(e), "unknown property")));
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return badJson(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return badJson(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mapping(JsonMappingException e, UriInfo uri) {
        return badJson(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response malformed(JsonParseException e, UriInfo uri) {
        return problem(400, "malformed-json", "Malformed JSON", "The request body is not valid JSON.", uri, null);
    }

    @ServerExceptionMapper(priority = 1)
    public Response json(JsonProcessingException e, UriInfo uri) {
        return problem(400, "malformed-json", "Malformed JSON", "The request body is not valid JSON.", uri, null);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return stale(uri);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, UriInfo uri) {
        return stale(uri);
    }

    /** A unique or foreign key refused a change another request made first (checked earlier in the services). */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        LOG.warnf("constraint refused a change on %s: %s", uri.getPath(), e.getConstraintName());
        return problem(409, "conflict", "Conflict", "The change conflicts with existing data: read it again, then retry.", uri, null);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "forbidden", "Forbidden", "Your role does not allow this operation.", uri, null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
        String detail = switch (status) {
            case 404 -> "No resource at this address.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "No acceptable representation.";
            case 415 -> "Unsupported content type.";
            default -> status >= 500 ? "An unexpected error occurred." : "The request could not be processed.";
        };
        Response.ResponseBuilder builder = Response.fromResponse(problem(status, slug(title), title, detail, uri, null));
        e.getResponse().getHeaders().forEach((k, v) -> {
            if (k.equalsIgnoreCase(HttpHeaders.ALLOW)) {
                builder.header(k, v.get(0));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", id, uri.getPath());
        return problem(500, "internal", "Internal Server Error",
                "An unexpected error occurred (reference " + id + ").", uri, null);
    }

    private Response badJson(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e);
        return problem(400, "validation", "Invalid request",
                "The request body does not match the expected shape.", uri,
                List.of(new FieldError(field.isEmpty() ? "body" : field, "invalid value or type")));
    }

    private Response stale(UriInfo uri) {
        ApiException e = ApiException.preconditionFailed();
        return problem(412, e.type(), e.title(), e.getMessage(), uri, null);
    }

    private Response unauthenticated(UriInfo uri) {
        return Response.fromResponse(problem(401, "unauthorized", "Unauthorized",
                "A valid bearer token is required.", uri, null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    public static String jsonPath(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String slug(String title) {
        return title.toLowerCase().chars().mapToObj(c -> Character.isLetterOrDigit(c) ? String.valueOf((char) c) : "-")
                .collect(Collectors.joining());
    }

    static Response problem(int status, String type, String title, String detail, UriInfo uri, List<FieldError> errors) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.TYPE_BASE + type, title, status, detail,
                        uri == null ? null : uri.getPath(), errors))
                .build();
    }
}
