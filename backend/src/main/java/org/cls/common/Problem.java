package org.cls.common;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "An RFC 9457 problem detail (`application/problem+json`).")
public record Problem(
        @Schema(description = "URI identifying the kind of problem.", examples = "https://cls.example.org/problems/validation")
        String type,
        @Schema(description = "Short summary of the kind of problem.")
        String title,
        @Schema(description = "HTTP status code.")
        int status,
        @Schema(description = "Explanation specific to this occurrence.")
        String detail,
        @Schema(description = "The request path that caused the problem.")
        String instance,
        @Schema(description = "For validation problems: every invalid field.")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://cls.example.org/problems/";
}
