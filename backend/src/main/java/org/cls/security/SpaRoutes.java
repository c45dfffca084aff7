package org.cls.security;

import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * Deep links of the SPA (history mode) get its index.html; the API and /q keep their own 404s. The static API reference
 * (META-INF/resources/api/docs, scripts/api-docs.sh) is also found without its trailing slash.
 */
public class SpaRoutes {

    void install(@Observes Router router) {
        // a Vert.x path matches with or without its trailing slash
        router.get("/api/docs").order(-1).handler(rc -> {
            if (rc.request().path().endsWith("/")) {
                rc.next();
            } else {
                rc.redirect("/api/docs/");
            }
        });
        router.getWithRegex("^/(?!api/|q/)[^.]*$").order(-1).handler(rc -> {
            if (rc.normalizedPath().equals("/")) {
                rc.next();
            } else {
                rc.reroute("/index.html");
            }
        });
    }
}
