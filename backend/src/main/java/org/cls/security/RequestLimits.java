package org.cls.security;

import jakarta.enterprise.event.Observes;

import org.cls.common.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

/**
 * A request to the API announcing a body over {@code quarkus.http.limits.max-body-size} is refused before it is read,
 * with a 413 problem (Quarkus itself still cuts chunked bodies at the same limit).
 */
public class RequestLimits {

    void install(@Observes Router router, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        long limit = maxBodySize.asLongValue();
        router.route("/api/*").order(-10).handler(rc -> {
            String length = rc.request().getHeader("Content-Length");
            long announced;
            try {
                announced = length == null ? -1 : Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                announced = -1;
            }
            if (announced > limit) {
                JsonObject problem = new JsonObject().put("type", Problem.TYPE_BASE + "payload-too-large")
                        .put("title", "Payload Too Large").put("status", 413)
                        .put("detail", "The request body is larger than " + limit + " bytes.")
                        .put("instance", rc.normalizedPath());
                rc.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE).putHeader("Connection", "close")
                        .end(problem.encode());
                return;
            }
            rc.next();
        });
    }
}
