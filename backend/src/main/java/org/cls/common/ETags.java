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

    /**
     * Checks an If-Match header against the current version: every change must carry the version it read.
     * <ul>
     * <li>missing, blank, or {@code *} (which names no version) → 428;</li>
     * <li>anything but exactly one tag naming the current version → 412: another version, an unquoted {@code 3}, a list,
     * a malformed value.</li>
     * </ul>
     * This API sends only strong tags ({@code "3"}); a weak {@code W/"3"} is accepted as naming version 3, since a proxy
     * that compresses responses (nginx with gzip) turns {@code "3"} into {@code W/"3"} on the way to the client, and the
     * version it names is the same.
     */
    public static void require(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiException.preconditionRequired();
        }
        String value = ifMatch.trim();
        if (value.equals("*")) {
            throw ApiException.preconditionRequired("If-Match: * names no version: send the ETag of the version you read.");
        }
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (!value.equals(of(currentVersion))) {
            throw ApiException.preconditionFailed();
        }
    }
}
