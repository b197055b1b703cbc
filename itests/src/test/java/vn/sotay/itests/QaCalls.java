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
        String faq = "/api/qa/faq/{id}";
        common.accept("GET /api/qa/faq", c -> OperationCalls.request());
        common.accept("POST /api/qa/assistant", c -> OperationCalls.request()
                .json(Map.of("question", "Chi bộ sinh hoạt định kỳ bao lâu một lần?")));
        common.accept("GET /api/qa/faq/review", c -> OperationCalls.request());
        sided.accept("POST " + q + "/faq", c -> OperationCalls.request().with("id", c.id(() -> answered(c)))
                .json(Map.of("topic", "Kiểm thử", "scopeOrgId", c.fx().district(c.side()))));
        sided.accept("GET " + faq, c -> OperationCalls.request().with("id", c.id(() -> once("faq" + c.side(),
                () -> published(c)))));
        sided.accept("POST " + faq + "/approve", c -> OperationCalls.request().with("id", c.id(() -> proposed(c))));
        sided.accept("POST " + faq + "/return", c -> OperationCalls.request().with("id", c.id(() -> proposed(c)))
                .json(Map.of("comment", "Viết lại câu hỏi cho ngắn gọn.")));
        sided.accept("POST " + faq + "/archive", c -> OperationCalls.request().with("id", c.id(() -> published(c))));
    }

    private static String committee(Context c) {
        return c.all().get(c.side() == Side.A ? MatrixRole.COMMITTEE_TP : MatrixRole.COMMITTEE_SH).token;
    }

    /** A fresh question of the side, answered by the side's committee. */
    static long answered(Context c) {
        long id = fresh(c);
        Fixtures.retry(() -> c.fx().http().post("/api/qa/questions/" + id + "/answer", committee(c),
                Map.of("text", "Trả lời kiểm thử để công bố.")), 200);
        return id;
    }

    /** A fresh FAQ entry proposed by the side's committee for its district, waiting for review. */
    static long proposed(Context c) {
        long q = answered(c);
        return Fixtures.retry(() -> c.fx().http().post("/api/qa/questions/" + q + "/faq", committee(c),
                Map.of("topic", "Kiểm thử", "scopeOrgId", c.fx().district(c.side()))), 201).longField("id");
    }

    /** A fresh FAQ entry of the side's district, approved by the administrator. */
    static long published(Context c) {
        long id = proposed(c);
        Fixtures.retry(() -> c.fx().http().post("/api/qa/faq/" + id + "/approve", c.fx().admin(), null), 200);
        return id;
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
