package vn.sotay.itests;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import vn.sotay.itests.MatrixRole.Side;
import vn.sotay.itests.OperationCalls.Builder;
import vn.sotay.itests.OperationCalls.Context;

/**
 * The matrix's and the fuzz test's calls of the qa module: a question of side A is asked by member A
 * (to the committee above cell A, TP-PBT), of side B by member B (to SH-XSL); the desk is read at the
 * side's district. Close, forward and answer act on a fresh question each time; reading and assigning on
 * one question per side.
 */
final class QaCalls {
    private static final Map<String, Long> ONCE = new HashMap<>();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private QaCalls() {
    }

    static void register(BiConsumer<String, Builder> common, BiConsumer<String, Builder> sided) {
        String q = "/api/qa/questions/{id}";
        common.accept("GET /api/qa", c -> OperationCalls.request());
        common.accept("GET /api/qa/questions", c -> OperationCalls.request());
        common.accept("POST /api/qa/questions", c -> OperationCalls.request().json(body()));
        sided.accept("GET /api/qa/desk", c -> OperationCalls.request().query("orgId=" + c.fx().district(c.side())));
        sided.accept("GET /api/qa/desk/overdue", c -> OperationCalls.request().query("orgId=" + c.fx().district(c.side())));
        sided.accept("GET " + q, c -> OperationCalls.request().with("id", c.id(() -> question(c))));
        sided.accept("POST " + q + "/assign", c -> OperationCalls.request().with("id", c.id(() -> question(c)))
                .json(Map.of()));
        sided.accept("POST " + q + "/close", c -> OperationCalls.request().with("id", c.id(() -> fresh(c))));
        sided.accept("POST " + q + "/forward", c -> OperationCalls.request().with("id", c.id(() -> fresh(c)))
                .json(Map.of("orgId", c.fx().district(c.side()), "note", "Chuyển lên cấp trên")));
        sided.accept("POST " + q + "/answer", c -> OperationCalls.request().with("id", c.id(() -> fresh(c)))
                .json(Map.of("text", "Trả lời kiểm thử.", "citations", List.of())));
    }

    static Map<String, Object> body() {
        return Map.of("text", "Câu hỏi kiểm thử số " + SEQUENCE.incrementAndGet() + " về sinh hoạt chi bộ?",
                "topic", "Kiểm thử", "publishable", true);
    }

    /** A fresh question asked by the side's member. */
    static long fresh(Context c) {
        String member = c.all().get(c.side() == Side.A ? MatrixRole.MEMBER_A : MatrixRole.MEMBER_B).token;
        return Fixtures.retry(() -> c.fx().http().post("/api/qa/questions", member, body()), 201).longField("id");
    }

    private static long question(Context c) {
        return once("question" + c.side(), () -> fresh(c));
    }

    private static synchronized long once(String key, Supplier<Long> make) {
        Long id = ONCE.get(key);
        if (id == null) {
            id = make.get();
            ONCE.put(key, id);
        }
        return id;
    }
}
