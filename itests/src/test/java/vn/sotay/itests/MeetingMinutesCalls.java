package vn.sotay.itests;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

import vn.sotay.itests.MatrixRole.Side;
import vn.sotay.itests.OperationCalls.Builder;

/**
 * The matrix's and the fuzz test's calls of the meetings' minutes, rating and overview operations
 * (docs/security.md): meetings of cell A (side A) and cell B (side B), announced, opened and closed
 * by the demo administrator. {@code shared}: one per side, with drafted minutes and a rating (the
 * reads); {@code fresh}: a new one per call, with drafted minutes, rated when {@code rated}.
 */
final class MeetingMinutesCalls {
    private static final Map<String, Long> SHARED = new ConcurrentHashMap<>();
    private static final Map<Integer, String> SHARED_TOKENS = new ConcurrentHashMap<>();

    private MeetingMinutesCalls() {
    }

    static void register(BiConsumer<String, Builder> sided, BiConsumer<String, Builder> common) {
        String base = "/api/meetings/{id}";
        common.accept("GET /api/meetings/rating-criteria", c -> OperationCalls.request());
        sided.accept("GET /api/meetings/overview", c -> OperationCalls.request().query("org=" + c.fx().cell(c.side())));
        for (String op : new String[] {"GET " + base + "/minutes", "GET " + base + "/minutes/pdf",
            "GET " + base + "/minutes/docx", "GET " + base + "/rating"}) {
            sided.accept(op, c -> OperationCalls.request().with("id", c.id(() -> shared(c.fx(), c.side()))));
        }
        sided.accept("POST " + base + "/minutes", c -> OperationCalls.request().with("id", c.id(() -> fresh(c.fx(), c.side(), false))));
        sided.accept("PUT " + base + "/minutes", c -> OperationCalls.request().with("id", c.id(() -> fresh(c.fx(), c.side(), false)))
                .json(Map.of("sections", List.of(Map.of("title", "IV. KẾT LUẬN", "body", "Chi bộ thống nhất.")))));
        sided.accept("POST " + base + "/minutes/approve", c -> OperationCalls.request()
                .with("id", c.id(() -> fresh(c.fx(), c.side(), false))).json(Map.of("as", "CHAIR")));
        sided.accept("PUT " + base + "/rating", c -> OperationCalls.request()
                .with("id", c.id(() -> fresh(c.fx(), c.side(), false))).json(Map.of("grade", "GOOD")));
        sided.accept("POST " + base + "/rating/confirm", c -> OperationCalls.request()
                .with("id", c.id(() -> fresh(c.fx(), c.side(), true))).json(Map.of("grade", "FAIR", "comment", "Điều chỉnh")));
    }

    private static long shared(Fixtures fx, Side s) {
        return SHARED.computeIfAbsent(System.identityHashCode(fx) + "/" + s, k -> fresh(fx, s, true));
    }

    /** A closed meeting of the side's cell with drafted minutes (no chair or clerk named), rated GOOD when {@code rated}. */
    static long fresh(Fixtures fx, Side s, boolean rated) {
        Http http = fx.http();
        String admin = SHARED_TOKENS.computeIfAbsent(System.identityHashCode(fx), k -> http.login(Demo.ADMIN, Demo.PASSWORD));
        long id = Fixtures.retry(() -> http.post("/api/meetings", admin, Map.of("orgId", fx.cell(s), "kind", "REGULAR",
                "title", "MX biên bản", "startsAt", Instant.now().plus(5, ChronoUnit.MINUTES).toString(), "place", "Hội trường",
                "agenda", List.of(Map.of("title", "Kiểm điểm")))), 201).longField("id");
        String base = "/api/meetings/" + id;
        Fixtures.retry(() -> http.post(base + "/open", admin, null), 200);
        Fixtures.retry(() -> http.post(base + "/close", admin, null), 200);
        Fixtures.retry(() -> http.post(base + "/minutes", admin, null), 200);
        if (rated) {
            Fixtures.retry(() -> http.send("PUT", base + "/rating", admin, "application/json", "{\"grade\":\"GOOD\"}"), 200);
        }
        return id;
    }
}
