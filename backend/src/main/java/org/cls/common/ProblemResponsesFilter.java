package org.cls.common;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Adds the standard {@code application/problem+json} responses to every {@code /api} operation, so resources
 * declare only their success response:
 * <ul>
 * <li>400 when the operation takes a body or parameters; 413 when it takes a body;</li>
 * <li>401 when it needs a token, 403 when it also changes something;</li>
 * <li>404 when its path names an object; 409 on changes (dependents, concurrent conflicting data);</li>
 * <li>412 and 428 when it takes {@code If-Match};</li>
 * <li>429 everywhere (rate limits, {@code security/RateLimitHandler}), with {@code Retry-After}.</li>
 * </ul>
 * A response an operation declares itself is kept. Every response of an {@code /api} operation declares the
 * {@code RateLimit} and {@code RateLimit-Policy} headers (components {@code headers}), sent while the limiter is on.
 * It also declares the {@code ETag}, {@code Location} and {@code X-Checksum-SHA256} headers that resources reference
 * with {@code @Header(ref = ...)} on the responses that send them.
 */
public class ProblemResponsesFilter implements OASFilter {

    static final String PROBLEM_REF = "#/components/schemas/Problem";

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "400", "Invalid request: the problem's `errors` name each invalid field or parameter (unknown JSON properties included).",
            "401", "No, invalid or expired bearer token.",
            "403", "The caller may read this but not change it, or their role does not allow this operation.",
            "404", "No such object within the caller's read scope.",
            "409", "The change conflicts with existing data, e.g. objects that depend on it (named in `detail`).",
            "412", "`If-Match` is stale: read the object again, then retry.",
            "413", "The request body is larger than the limit.",
            "428", "`If-Match` is missing.",
            "429", "Too many requests for the caller's budget (account, client address, expensive endpoints or anonymous):"
                    + " retry after `Retry-After` seconds; `RateLimit` and `RateLimit-Policy` say which budget is spent.");

    static final String RATE_LIMIT = "RateLimit";
    static final String RATE_LIMIT_POLICY = "RateLimit-Policy";
    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    static final String RETRY_AFTER = "Retry-After";
    static final String ETAG = "ETag";
    static final String LOCATION = "Location";
    static final String CHECKSUM = "X-Checksum-SHA256";
    private static final String HEADER_REF = "#/components/headers/";
    static final String TOO_MANY_REQUESTS_REF = "#/components/responses/TooManyRequests";

    /** Replaces the content-less defaults the security scanner adds ("Not Authorized", "Not Allowed"). */
    private static final List<String> REPLACEABLE = List.of("Not Authorized", "Not Allowed");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        addRateLimitHeaders(openAPI);
        addEntityHeaders(openAPI);
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> addProblems(path, method, operation));
            }
        });
    }

    private void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean change = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD
                && method != PathItem.HttpMethod.OPTIONS;
        boolean body = operation.getRequestBody() != null;
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean ifMatch = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()));

        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        Map<String, APIResponse> all = new LinkedHashMap<>(responses.getAPIResponses() == null ? Map.of() : responses.getAPIResponses());
        if (body || !parameters.isEmpty()) {
            add(all, "400");
        }
        if (body) {
            add(all, "413");
        }
        if (secured) {
            add(all, "401");
            if (change) {
                add(all, "403");
            }
        } else {
            all.remove("401");
            all.remove("403");
        }
        if (path.contains("{")) {
            add(all, "404");
        }
        if (change) {
            add(all, "409");
        }
        if (ifMatch) {
            add(all, "412");
            add(all, "428");
        }
        all.putIfAbsent("429", OASFactory.createAPIResponse().ref(TOO_MANY_REQUESTS_REF));
        if (!change) {
            // reads never answer 403 (outside the read scope is 404): drop the scanner's default
            APIResponse forbidden = all.get("403");
            if (forbidden != null && REPLACEABLE.contains(forbidden.getDescription())) {
                all.remove("403");
            }
        }
        all.values().stream().filter(response -> response.getRef() == null).forEach(response -> response
                .addHeader(RATE_LIMIT, OASFactory.createHeader().ref(HEADER_REF + RATE_LIMIT))
                .addHeader(RATE_LIMIT_POLICY, OASFactory.createHeader().ref(HEADER_REF + RATE_LIMIT_POLICY))
                .addHeader(ALLOW_ORIGIN, OASFactory.createHeader().ref(HEADER_REF + ALLOW_ORIGIN)));
        APIResponses sorted = OASFactory.createAPIResponses();
        all.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .forEach(e -> sorted.addAPIResponse(e.getKey(), e.getValue()));
        operation.setResponses(sorted);
    }

    /** The fields of draft-ietf-httpapi-ratelimit-headers-10 (structured-field lists) and RFC 9110's Retry-After in seconds. */
    private static void addRateLimitHeaders(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents()
                .addHeader(RATE_LIMIT, OASFactory.createHeader()
                        .description("What is left of each budget that counted this request (draft-ietf-httpapi-ratelimit-headers):"
                                + " `r` requests remaining, `t` seconds until the window ends.")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(512)
                                .pattern("^\"[a-z]+\";r=\\d+;t=\\d+(, \"[a-z]+\";r=\\d+;t=\\d+)*$")
                                .examples(List.of("\"account\";r=1187;t=42, \"address\";r=29990;t=42"))))
                .addHeader(RATE_LIMIT_POLICY, OASFactory.createHeader()
                        .description("The budgets that counted this request: `q` requests per window of `w` seconds (policies"
                                + " `account`, `anonymous`, `expensive`, `address`).")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(512)
                                .pattern("^\"[a-z]+\";q=\\d+;w=\\d+(, \"[a-z]+\";q=\\d+;w=\\d+)*$")
                                .examples(List.of("\"account\";q=1200;w=60, \"address\";q=30000;w=60"))))
                .addHeader(RETRY_AFTER, OASFactory.createHeader().required(true)
                        .description("Seconds to wait before the budget that refused the request has room again.")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                                .minimum(java.math.BigDecimal.ONE).maximum(java.math.BigDecimal.valueOf(86_400))
                                .examples(List.of(18))));
        // CORS (quarkus.http.cors): the origin is echoed only to a browser calling from an allowed origin
        openAPI.getComponents().addHeader(ALLOW_ORIGIN, OASFactory.createHeader()
                .description("Sent when the request's `Origin` is one of the allowed origins (`CLS_CORS_ORIGINS`): that origin;"
                        + " absent otherwise, so browsers on other sites cannot read the response.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri").maxLength(2048)
                        .examples(List.of("https://cls.example.org"))));
        openAPI.getComponents().addResponse("TooManyRequests", problem("429")
                .addHeader(RETRY_AFTER, OASFactory.createHeader().ref(HEADER_REF + RETRY_AFTER))
                .addHeader(RATE_LIMIT, OASFactory.createHeader().ref(HEADER_REF + RATE_LIMIT))
                .addHeader(RATE_LIMIT_POLICY, OASFactory.createHeader().ref(HEADER_REF + RATE_LIMIT_POLICY))
                .addHeader(ALLOW_ORIGIN, OASFactory.createHeader().ref(HEADER_REF + ALLOW_ORIGIN)));
    }

    /** The response headers resources reference by name ({@code @Header(ref = "ETag")}). */
    private static void addEntityHeaders(OpenAPI openAPI) {
        openAPI.getComponents()
                .addHeader(ETAG, OASFactory.createHeader().required(true)
                        .description("The object's version, a strong entity tag (`ETags`): send it back in `If-Match` to change it."
                                + " A compressing proxy may weaken it to `W/\"3\"`, which `If-Match` accepts as well.")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(23).pattern("^(W/)?\"[0-9]{1,19}\"$")
                                .examples(List.of("\"3\""))))
                .addHeader(LOCATION, OASFactory.createHeader().required(true)
                        .description("The address of the created object.")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri-reference").maxLength(2048)))
                .addHeader(CHECKSUM, OASFactory.createHeader().required(true)
                        .description("SHA-256 of the content, lowercase hexadecimal.")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).pattern("^[0-9a-f]{64}$")
                                .minLength(64).maxLength(64)));
    }

    private static APIResponse problem(String code) {
        return OASFactory.createAPIResponse().description(DESCRIPTIONS.get(code))
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
    }

    private static void add(Map<String, APIResponse> responses, String code) {
        APIResponse existing = responses.get(code);
        if (existing != null && existing.getContent() != null && !REPLACEABLE.contains(existing.getDescription())) {
            return;
        }
        responses.put(code, problem(code));
    }
}
