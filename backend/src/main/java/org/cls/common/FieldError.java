package org.cls.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One invalid field of a request.")
public record FieldError(
        @Schema(description = "Dotted path of the field in the request body or the query parameter name, e.g. `territory.departementCodes[0]`.", examples = "endDate")
        String field,
        @Schema(description = "What is wrong, in the language asked by Accept-Language (French by default).")
        String message) {
}
