package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Integration test skeleton of the ${moduleId} module. Inside the Sổ Tay repository, move it to
 * itests/src/test/java/vn/sotay/itests/ (the module's feature boots with the distribution once the
 * module is listed in bundles/pom.xml) and run
 * {@code mvn -pl itests verify -Dit.test=${moduleClass}IT}. It runs against the real distribution
 * with the demo data; keep its @Order below 8 (HotDeployIT) and 9 (AuthorizationMatrixIT).
 */
@Order(7)
class ${moduleClass}IT {

    @Test
    void aMemberListsTheModulesItems() {
        Http http = Distribution.get().http();
        String member = http.login(Demo.MEMBER_A, Demo.PASSWORD);
        JsonNode page = http.get("/api/${moduleId}", member).expectJson(200).json();
        assertTrue(page.path("items").isArray(), "a page of items: " + page);
        assertTrue(Distribution.listsModule(http.get("/api/modules", null).expectJson(200).json(), "${moduleId}"),
                "/api/modules lists ${moduleId}");
        http.get("/api/${moduleId}", null).expect(401);
    }
}
