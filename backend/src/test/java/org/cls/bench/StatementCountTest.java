package org.cls.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cls.support.Api.as;
import static org.cls.support.Caller.COORDINATOR;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.cls.contract.geo.InseeCodes;
import org.cls.reporting.ArsPullService;
import org.cls.support.Caller;
import org.cls.support.Database;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;

/**
 * The SQL statements a request runs do not depend on the size of the data (no N+1): each workload of the benchmark
 * is counted with Hibernate statistics on a small and on a bigger generated dataset. The national pull is counted on
 * datasets within one page of contracts: beyond, it runs the same statements once per page of {@code ArsPullService.PAGE}.
 */
@QuarkusTest
class StatementCountTest {

    static final NationalDataset.Shape SMALL = new NationalDataset.Shape(2, 2, 1, 2, 1, 2, 3, 1, 1, 1);
    static final NationalDataset.Shape BIGGER = new NationalDataset.Shape(9, 4, 2, 4, 3, 6, 6, 2, 2, 3);

    @Inject
    NationalDataset dataset;

    @Inject
    Database database;

    @Inject
    SessionFactory sessionFactory;

    /** An ARS token covering every région: the national pull. */
    static String nationalArsToken() {
        return Jwt.preferredUserName("ars-national").issuer(Caller.ISSUER).audience(Caller.AUDIENCE).subject("sub-ars-national")
                .claim("azp", "cls-spa").claim("email", "ars-national@example.org")
                .claim("realm_access", Map.of("roles", List.of("ars")))
                .claim("region_codes", new ArrayList<>(Set.copyOf(InseeCodes.departementRegions().values())))
                .groups(Set.of()).expiresIn(300).jws().keyId("1").sign("privateKey.jwk");
    }

    long statements(Runnable request) {
        var statistics = sessionFactory.getStatistics();
        request.run();
        long before = statistics.getPrepareStatementCount();
        request.run();
        return statistics.getPrepareStatementCount() - before;
    }

    Map<String, Long> workloads(NationalDataset.Shape shape) {
        database.clear();
        NationalDataset.Result r = dataset.load(11, shape);
        String contract = r.contractIds().get(0).toString();
        String action = as(COORDINATOR).get("/api/v1/actions?contractId=" + contract).then().statusCode(200).extract().path("items[0].id");
        String national = nationalArsToken();
        Map<String, Long> counts = new LinkedHashMap<>();
        Function<String, Runnable> get = path -> () -> as(COORDINATOR).get(path).then().statusCode(200);
        counts.put("dashboard", statements(get.apply("/api/v1/contracts/" + contract + "/dashboard")));
        counts.put("plan tree", statements(get.apply("/api/v1/contracts/" + contract + "/plan")));
        String list = "/api/v1/actions?contractId=" + contract + "&q=Action&size=50&sort=-progress";
        assertThat(as(COORDINATOR).get(list).then().statusCode(200).extract().<Integer>path("totalItems"))
                .isEqualTo(shape.axes() * shape.objectivesPerAxis() * shape.actionsPerObjective());
        counts.put("action list with filters", statements(get.apply(list)));
        counts.put("action detail", statements(get.apply("/api/v1/actions/" + action)));
        counts.put("action indicators", statements(get.apply("/api/v1/actions/" + action + "/indicators")));
        counts.put("national ARS pull", statements(() -> RestAssured.given().auth().oauth2(national).accept(ContentType.JSON)
                .get("/api/v1/ars/contracts").then().statusCode(200)));
        counts.put("national ARS overview", statements(() -> RestAssured.given().auth().oauth2(national).accept(ContentType.JSON)
                .get("/api/v1/ars/contracts/overview").then().statusCode(200)));
        return counts;
    }

    /** The pull holds one page of contracts at a time: across pages, every contract comes once, in id order. */
    @Test
    void nationalPullPagesThroughEveryContractOnce() {
        database.clear();
        NationalDataset.Result r = dataset.load(5, new NationalDataset.Shape(2 * ArsPullService.PAGE + 3, 1, 1, 1, 1, 2, 1, 1, 1, 1));
        List<String> expected = r.contractIds().stream().map(Object::toString).sorted().toList();
        io.restassured.path.json.JsonPath pull = RestAssured.given().auth().oauth2(nationalArsToken()).accept(ContentType.JSON)
                .get("/api/v1/ars/contracts").then().statusCode(200).extract().jsonPath();
        assertThat(pull.getList("contracts.id", String.class)).hasSize(2 * ArsPullService.PAGE + 3).isEqualTo(expected);
        assertThat(pull.getList("contracts.axes.objectives.actions.indicators.measurements.flatten()"))
                .as("each contract's one action, one indicator and two values").hasSize(2 * (2 * ArsPullService.PAGE + 3));
    }

    @Test
    void statementsPerRequestDoNotGrowWithTheData() {
        Map<String, Long> small = workloads(SMALL);
        Map<String, Long> bigger = workloads(BIGGER);
        System.out.println("Statements per request: small " + small + ", bigger " + bigger);
        assertThat(bigger).containsOnlyKeys(small.keySet());
        // fewer is fine (more rows already in the persistence context), more would be an N+1
        small.forEach((workload, count) -> assertThat(bigger.get(workload)).as(workload).isLessThanOrEqualTo(count));
    }
}
