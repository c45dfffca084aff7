package org.cls.security;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** The caller, read from the verified access token. */
@RequestScoped
public class CurrentUser {

    public static final String COORDINATOR = "coordinator";
    public static final String PILOT = "pilot";
    public static final String ARS = "ars";

    /** Token claims carrying the ARS scope (multivalued). */
    public static final String REGION_CLAIM = "region_codes";
    public static final String DEPARTEMENT_CLAIM = "departement_codes";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    /**
     * A machine client (Keycloak client-credentials grant, e.g. {@code ars-reporting}): its token carries the
     * {@code client_id} claim and the username {@code service-account-<client>}. Service accounts only read and export.
     */
    public boolean isServiceAccount() {
        if (identity.isAnonymous()) {
            return false;
        }
        String username = jwt.getClaim("preferred_username");
        return jwt.getClaim("client_id") != null || jwt.getClaim("clientId") != null
                || username != null && username.startsWith("service-account-");
    }

    public String subject() {
        String sub = jwt.getSubject();
        return sub != null ? sub : identity.getPrincipal().getName();
    }

    /** The account of an identity resolved outside a request scope (the rate limiter, before JAX-RS): as {@link #subject()}. */
    public static String subjectOf(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    public String username() {
        String name = jwt.getClaim("preferred_username");
        return name != null ? name : identity.getPrincipal().getName();
    }

    public String displayName() {
        String name = jwt.getClaim("name");
        return name != null ? name : username();
    }

    /** The email, lower-cased, as the token says: shown to the caller, never a key to a right (see {@link #verifiedEmail()}). */
    public String email() {
        String email = jwt.getClaim("email");
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The email when the token says Keycloak verified it ({@code email_verified}), else null. Only a verified email claims an
     * invitation (a coordinator seat, a pilot contact); once claimed, rights follow {@link #subject()}.
     */
    public String verifiedEmail() {
        if (identity.isAnonymous() || isServiceAccount()) {
            return null;
        }
        Object verified = jwt.getClaim("email_verified");
        boolean yes = Boolean.TRUE.equals(verified) || verified instanceof jakarta.json.JsonValue v && v.getValueType() == jakarta.json.JsonValue.ValueType.TRUE
                || verified != null && "true".equals(verified.toString());
        return yes ? email() : null;
    }

    /** The token's identity ({@code jti}, else its issue time), to claim invitations once per token. */
    public String tokenId() {
        String jti = jwt.getTokenID();
        return jti != null ? jti : Long.toString(jwt.getIssuedAtTime());
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public List<String> regionCodes() {
        return stringList(REGION_CLAIM);
    }

    public List<String> departementCodes() {
        return stringList(DEPARTEMENT_CLAIM);
    }

    private List<String> stringList(String claim) {
        Object value = jwt.getClaim(claim);
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(CurrentUser::unquote).sorted().toList();
        }
        if (value instanceof jakarta.json.JsonArray array) {
            return array.stream().map(CurrentUser::unquote).sorted().toList();
        }
        return List.of(unquote(value));
    }

    private static String unquote(Object value) {
        if (value instanceof jakarta.json.JsonString s) {
            return s.getString();
        }
        String text = value.toString();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
    }
}
