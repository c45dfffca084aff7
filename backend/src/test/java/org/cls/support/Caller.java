package org.cls.support;

import java.util.List;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/** The demo people of the realm, as signed tokens from the test OIDC server. */
public enum Caller {
    COORDINATOR("coordinator", "coordinator@example.org", "coordinator", List.of(), List.of()),
    COORDINATOR2("coordinator2", "coordinator2@example.org", "coordinator", List.of(), List.of()),
    PILOT("pilot", "pilot@example.org", "pilot", List.of(), List.of()),
    PILOT2("pilot2", "pilot2@example.org", "pilot", List.of(), List.of()),
    ARS("ars", "ars@example.org", "ars", List.of("76"), List.of("46")),
    ARS2("ars2", "ars2@example.org", "ars", List.of("44"), List.of("54")),
    ARS_REGION("ars-occitanie", "ars-occitanie@example.org", "ars", List.of("76"), List.of()),
    /** The ARS reporting tools: a Keycloak client-credentials token of client {@code ars-reporting}, scoped to the Lot. */
    SERVICE_ACCOUNT("service-account-ars-reporting", "ars-reporting@example.org", "ars", List.of("76"), List.of("46")),
    ANONYMOUS(null, null, null, List.of(), List.of());

    public static final String SERVICE_ACCOUNT_CLIENT = "ars-reporting";

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "cls-backend";

    public final String username;
    public final String email;
    final String role;
    final List<String> regions;
    final List<String> departements;

    Caller(String username, String email, String role, List<String> regions, List<String> departements) {
        this.username = username;
        this.email = email;
        this.role = role;
        this.regions = regions;
        this.departements = departements;
    }

    public String token() {
        return claims(AUDIENCE, ISSUER).expiresIn(300).jws().keyId("1").sign("privateKey.jwk");
    }

    /** A token otherwise valid but for another audience, issuer or already expired. */
    public String token(String audience, String issuer, long expiresAt) {
        return claims(audience, issuer).expiresAt(expiresAt).jws().keyId("1").sign("privateKey.jwk");
    }

    private JwtClaimsBuilder claims(String audience, String issuer) {
        JwtClaimsBuilder b = Jwt.preferredUserName(username)
                .issuer(issuer)
                .audience(audience)
                .subject("sub-" + username)
                .claim("email", email)
                .claim("name", username + " Demo")
                .claim("realm_access", java.util.Map.of("roles", List.of(role)))
                .groups(Set.of());
        if (this == SERVICE_ACCOUNT) {
            // what Keycloak puts in a client-credentials token
            b.claim("azp", SERVICE_ACCOUNT_CLIENT).claim("client_id", SERVICE_ACCOUNT_CLIENT).claim("name", "ARS Reporting");
        } else {
            b.claim("azp", "cls-spa");
        }
        if (!regions.isEmpty()) {
            b.claim("region_codes", regions);
        }
        if (!departements.isEmpty()) {
            b.claim("departement_codes", departements);
        }
        return b;
    }
}
