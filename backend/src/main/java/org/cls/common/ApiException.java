package org.cls.common;

import java.util.List;

/** A failure with an HTTP status and a problem body; thrown by services, mapped once in {@link ProblemMappers}. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;

    public ApiException(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors;
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, "not-found", "Not Found", what + " not found.", null);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, "forbidden", "Forbidden", detail, null);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "conflict", "Conflict", detail, null);
    }

    public static ApiException preconditionRequired() {
        return preconditionRequired("This request must carry an If-Match header with the version (ETag) last read.");
    }

    public static ApiException preconditionRequired(String detail) {
        return new ApiException(428, "precondition-required", "Precondition Required", detail, null);
    }

    public static ApiException preconditionFailed() {
        return new ApiException(412, "precondition-failed", "Precondition Failed",
                "The resource was changed by someone else since you read it: read it again, then retry.", null);
    }

    public static ApiException validation(List<FieldError> errors) {
        return new ApiException(400, "validation", "Invalid request", "The request has invalid fields.", errors);
    }

    public static ApiException badParameter(String field, String message) {
        return validation(List.of(new FieldError(field, message)));
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
