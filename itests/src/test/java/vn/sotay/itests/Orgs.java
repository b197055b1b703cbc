package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/** Finding organisation nodes by code in {@code GET /api/org/tree}. */
public final class Orgs {
    private Orgs() {
    }

    /** The whole tree (a JSON array of root nodes with {@code children}). */
    public static JsonNode tree(Http http, String token) {
        JsonNode tree = http.get("/api/org/tree", token).expectJson(200).json();
        assertTrue(tree.isArray(), "GET /api/org/tree is not an array: " + tree);
        return tree;
    }

    /** The node with this code, anywhere in {@code tree}. */
    public static Optional<JsonNode> find(JsonNode tree, String code) {
        for (JsonNode node : tree) {
            if (code.equals(node.path("code").asText())) {
                return Optional.of(node);
            }
            Optional<JsonNode> below = find(node.path("children"), code);
            if (below.isPresent()) {
                return below;
            }
        }
        return Optional.empty();
    }

    /** The node with this code; fails the test when absent. */
    public static JsonNode node(Http http, String token, String code) {
        JsonNode tree = tree(http, token);
        return find(tree, code).orElseThrow(() -> new AssertionError("No organisation with code " + code
                + " in GET /api/org/tree: " + Distribution.abbreviate(tree.toString())));
    }

    /** The id of the node with this code; fails the test when absent. */
    public static long id(Http http, String token, String code) {
        return node(http, token, code).path("id").asLong();
    }

    public static boolean exists(Http http, String token, String code) {
        return find(tree(http, token), code).isPresent();
    }
}
