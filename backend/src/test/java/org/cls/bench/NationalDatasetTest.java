package org.cls.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cls.support.Api.as;
import static org.cls.support.Caller.ARS;
import static org.cls.support.Caller.ARS2;
import static org.cls.support.Caller.COORDINATOR;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.cls.support.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class NationalDatasetTest {

    @Inject
    NationalDataset dataset;

    @Inject
    Database database;

    @Inject
    EntityManager em;

    @BeforeEach
    void clear() {
        database.clear();
    }

    Map<String, Long> counted(Map<String, Long> tables) {
        Map<String, Long> counts = new LinkedHashMap<>();
        tables.keySet().forEach(t -> counts.put(t, ((Number) em.createNativeQuery("select count(*) from " + t).getSingleResult()).longValue()));
        return counts;
    }

    @Test
    void sameSeedGivesSameRowsIdsAndChecksum() {
        NationalDataset.Result first = dataset.load(7, 0.01);
        Map<String, Long> inDatabase = counted(first.rows());
        database.clear();
        NationalDataset.Result second = dataset.load(7, 0.01);

        assertThat(first.rows()).containsEntry("contract", 5L).containsEntry("action", 200L).containsEntry("indicator", 600L)
                .containsEntry("measurement", 7200L);
        assertThat(inDatabase).isEqualTo(first.rows());
        assertThat(counted(second.rows())).isEqualTo(first.rows());
        assertThat(second.rows()).isEqualTo(first.rows());
        assertThat(second.contractIds()).isEqualTo(first.contractIds());
        assertThat(second.checksum()).isEqualTo(first.checksum());

        database.clear();
        assertThat(dataset.load(8, 0.01).checksum()).isNotEqualTo(first.checksum());
    }

    @Test
    void generatedContractsAreReadThroughTheApi() {
        NationalDataset.Result r = dataset.load(7, 0.01);
        String first = r.contractIds().get(0).toString();

        as(COORDINATOR).get("/api/v1/contracts").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items.id", hasItem(first));
        as(ARS).get("/api/v1/contracts").then().statusCode(200).body("items.id", hasItem(first));
        as(ARS2).get("/api/v1/contracts/" + first).then().statusCode(404);
        as(COORDINATOR).get("/api/v1/contracts/" + first + "/plan").then().statusCode(200);
        as(ARS).get("/api/v1/contracts/" + first + "/dashboard").then().statusCode(200).body("actionCount", equalTo(40));
        as(ARS).get("/api/v1/actions?contractId=" + first + "&status=IN_PROGRESS").then().statusCode(200);
    }
}
