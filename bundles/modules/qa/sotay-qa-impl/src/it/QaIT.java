package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Integration test skeleton of the qa module. Inside the Sổ Tay repository, move it to
 * itests/src/test/java/vn/sotay/itests/ (the module's feature boots with the distribution once the
 * module is listed in bundles/pom.xml) and run
 * {@code mvn -pl itests verify -Dit.test=QaIT}. It runs against the real distribution
 * with the demo data; keep its @Order below 8 (HotDeployIT) and 9 (AuthorizationMatrixIT).
 */
@Order(7)
class QaIT {

    @Test
    void aMemberListsTheModulesItems() {
        Http http = Distribution.get().http();
        String member = http.login(Demo.MEMBER_A, Demo.PASSWORD);
        JsonNode page = http.get("/api/qa", member).expectJson(200).json();
        assertTrue(page.path("items").isArray(), "a page of items: " + page);
        assertTrue(Distribution.listsModule(http.get("/api/modules", null).expectJson(200).json(), "qa"),
                "/api/modules lists qa");
        http.get("/api/qa", null).expect(401);
    }
}
