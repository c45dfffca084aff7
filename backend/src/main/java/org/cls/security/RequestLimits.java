package org.cls.security;

import jakarta.enterprise.event.Observes;

import org.cls.common.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

/**
 * A request to the API announcing a body over its limit is refused before it is read, with a 413 problem: uploads
 * (multipart) up to {@code quarkus.http.limits.max-body-size}, every other body (JSON, workbooks) up to
 * {@code cls.http.max-data-body-size}. A body without a length (chunked) is counted as it is read by {@link BodyLimit}.
 */
public class RequestLimits {

    void install(@Observes Router router, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            @ConfigProperty(name = "cls.http.max-data-body-size", defaultValue = "2M") MemorySize maxDataBodySize) {
        long uploadLimit = maxBodySize.asLongValue();
        long dataLimit = Math.min(uploadLimit, maxDataBodySize.asLongValue());
        router.route("/api/*").order(-10).handler(rc -> {
            String type = rc.request().getHeader("Content-Type");
            long limit = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/") ? uploadLimit : dataLimit;
            String length = rc.request().getHeader("Content-Length");
            long announced;
            try {
                announced = length == null ? -1 : Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                announced = -1;
            }
            if (announced > limit) {
                JsonObject problem = payloadTooLarge(limit, rc.normalizedPath());
                rc.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE).putHeader("Connection", "close")
                        .end(problem.encode());
                return;
            }
            rc.next();
        });
    }

    static JsonObject payloadTooLarge(long limit, String path) {
        return new JsonObject().put("type", Problem.TYPE_BASE + "payload-too-large").put("title", "Payload Too Large")
                .put("status", 413).put("detail", "The request body is larger than " + limit + " bytes.").put("instance", path);
    }
}
