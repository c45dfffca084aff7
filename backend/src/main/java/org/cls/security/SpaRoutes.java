package org.cls.security;

import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/** Deep links of the SPA (history mode) get its index.html; the API and /q keep their own 404s. */
public class SpaRoutes {

    void install(@Observes Router router) {
        router.getWithRegex("^/(?!api/|q/)[^.]*$").order(-1).handler(rc -> {
            if (rc.normalizedPath().equals("/")) {
                rc.next();
            } else {
                rc.reroute("/index.html");
            }
        });
    }
}
