package org.cls.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What the SPA needs to log in, served at runtime so one build fits every deployment. */
@ConfigMapping(prefix = "cls.spa")
public interface ClientConfig {

    /** Keycloak base URL as the browser sees it. */
    @WithDefault("http://localhost:8180")
    String authServerUrl();

    @WithDefault("cls")
    String realm();

    @WithDefault("cls-spa")
    String clientId();
}
