package org.cls.common;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The envelope of every list. */
public record PageDto<T>(
        @Schema(required = true, description = "The items of this page, only those the caller may read.")
        List<T> items,
        @Schema(required = true, description = "Zero-based page number.")
        int page,
        @Schema(required = true, description = "Page size asked (1 to 200).")
        int size,
        @Schema(required = true, description = "Number of items the caller may read across all pages.")
        long totalItems) {
}
