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
    /** Holds both roles: a coordinator (once invited) who is also an ARS officer of Meurthe-et-Moselle. */
    COORDINATOR_AND_ARS("coordinator-ars", "coordinator-ars@example.org", List.of("coordinator", "ars"), List.of("44"), List.of("54")),
    /** The demo pilot's account after they changed their email: same {@code sub}, new verified email. */
    PILOT_NEW_EMAIL("pilot", "sub-pilot", "pilot.renamed@example.org", true, List.of("pilot"), List.of(), List.of()),
    /** Another account that set the demo pilot's email as its own (and got it verified). */
    EMAIL_HIJACKER("intruder", "sub-intruder", PILOT.email, true, List.of("pilot"), List.of(), List.of()),
    /** An account whose email ({@link #INVITED_PILOT_EMAIL}, a pilot contact not yet claimed) is not verified. */
    UNVERIFIED_PILOT("unverified", "sub-unverified", "invited.pilot@example.org", false, List.of("pilot"), List.of(), List.of()),
    /** An account whose email ({@link #INVITED_COORDINATOR_EMAIL}, a seat not yet claimed) is not verified. */
    UNVERIFIED_COORDINATOR("unverified-coordinator", "sub-unverified-coordinator", "invited.coordinator@example.org", false,
            List.of("coordinator"), List.of(), List.of()),
    ANONYMOUS(null, null, null, false, List.of(), List.of(), List.of());

    public static final String SERVICE_ACCOUNT_CLIENT = "ars-reporting";
    public static final String INVITED_PILOT_EMAIL = "invited.pilot@example.org";
    public static final String INVITED_COORDINATOR_EMAIL = "invited.coordinator@example.org";

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "cls-backend";

    public final String username;
    public final String subject;
    public final String email;
    public final boolean emailVerified;
    final List<String> roles;
    final List<String> regions;
    final List<String> departements;

    Caller(String username, String email, String role, List<String> regions, List<String> departements) {
        this(username, "sub-" + username, email, true, List.of(role), regions, departements);
    }

    Caller(String username, String email, List<String> roles, List<String> regions, List<String> departements) {
        this(username, "sub-" + username, email, true, roles, regions, departements);
    }

    Caller(String username, String subject, String email, boolean emailVerified, List<String> roles, List<String> regions,
            List<String> departements) {
        this.username = username;
        this.subject = subject;
        this.email = email;
        this.emailVerified = emailVerified;
        this.roles = roles;
        this.regions = regions;
        this.departements = departements;
    }

    /** A token of this account with other claims: another email, verified or not (an account whose email was changed). */
    public String tokenWithEmail(String otherEmail, boolean verified) {
        return claims(AUDIENCE, ISSUER).claim("email", otherEmail).claim("email_verified", verified).expiresIn(300).jws().keyId("1")
                .sign("privateKey.jwk");
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
                .subject(subject)
                .claim("email", email)
                .claim("email_verified", emailVerified)
                .claim("name", username + " Demo")
                .claim("realm_access", java.util.Map.of("roles", roles))
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
