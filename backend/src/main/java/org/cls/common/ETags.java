package org.cls.common;

import java.util.UUID;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;

/** Entity versions on the wire: {@code ETag: "3"}, {@code If-Match: "3"}. */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** 201 Created, with {@code Location: <base>/<path>/<id>} and the ETag of the new object's version. */
    public static <T> RestResponse<T> created(UriInfo uri, String path, UUID id, long version, T entity) {
        return RestResponse.ResponseBuilder.<T>created(uri.getBaseUriBuilder().path(path).path(id.toString()).build()).entity(entity)
                .header(HttpHeaders.ETAG, of(version)).build();
    }

    /** Checks an If-Match header against the current version: missing → 428, other → 412. */
    public static void require(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiException.preconditionRequired();
        }
        String value = ifMatch.trim();
        if (value.equals("*")) {
            return;
        }
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "").trim();
        if (!value.equals(Long.toString(currentVersion))) {
            throw ApiException.preconditionFailed();
        }
    }
}
