package vn.sotay.itests;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.sotay.itests.MatrixRole.Side;
import vn.sotay.itests.OperationCalls.Builder;
import vn.sotay.itests.OperationCalls.Context;

/**
 * The matrix's and the fuzz test's calls of the study module: per side a bank owned by cell A / cell B
 * (made by the administrator, with {@link #BANK} imported), an open contest of that cell, a closed one
 * (for rankings), a closed one the side's member took with a pass mark of 0 (for the certificate),
 * and the attempt of the side's member (member A / member B) at the open contest;
 * starting and submitting act on a fresh contest each time.
 */
final class StudyCalls {
    static final String BANK = "Chủ đề;Mức độ;Câu hỏi;Phương án A;Phương án B;Đáp án\n"
            + "Nghị quyết;1;Câu kiểm thử một?;Đúng;Sai;A\n"
            + "Nghị quyết;2;Câu kiểm thử hai?;Sai;Đúng;B\n"
            + "Nghị quyết;3;Câu kiểm thử ba?;Đúng;Sai;A\n";
    private static final Map<String, Long> ONCE = new HashMap<>();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private StudyCalls() {
    }

    static void register(BiConsumer<String, Builder> common, BiConsumer<String, Builder> sided) {
        common.accept("GET /api/study", c -> OperationCalls.request());
        common.accept("GET /api/study/banks", c -> OperationCalls.request());
        sided.accept("POST /api/study/banks", c -> OperationCalls.request()
                .json(Map.of("orgId", c.fx().cell(c.side()), "name", "Ngân hàng kiểm thử")));
        for (String op : List.of("GET /api/study/banks/{id}", "GET /api/study/banks/{id}/questions")) {
            sided.accept(op, c -> OperationCalls.request().with("id", c.id(() -> bank(c))));
        }
        sided.accept("POST /api/study/banks/{id}/import", c -> OperationCalls.request().with("id", c.id(() -> bank(c)))
                .bytes("text/csv; charset=UTF-8", BANK.getBytes(StandardCharsets.UTF_8)));
        sided.accept("POST /api/study/contests", c -> OperationCalls.request()
                .json(contestBody(c.fx().cell(c.side()), c.probe() ? 0 : bank(c), 600)));
        sided.accept("GET /api/study/contests/{id}", c -> OperationCalls.request().with("id", c.id(() -> contest(c))));
        sided.accept("POST /api/study/contests/{id}/attempts", c -> OperationCalls.request()
                .with("id", c.id(() -> freshContest(c, 600))));
        sided.accept("GET /api/study/contests/{id}/rankings", c -> OperationCalls.request().with("id", c.id(() -> closed(c))));
        sided.accept("GET /api/study/contests/{id}/certificate", c -> OperationCalls.request()
                .with("id", c.id(() -> certified(c))));
        sided.accept("GET /api/study/attempts/{id}", c -> OperationCalls.request().with("id", c.id(() -> attempt(c))));
        sided.accept("PUT /api/study/attempts/{id}/answers/{no}", c -> OperationCalls.request()
                .with("id", c.id(() -> attempt(c))).with("no", 1).json(Map.of("choices", List.of(0))));
        sided.accept("POST /api/study/attempts/{id}/submit", c -> OperationCalls.request()
                .with("id", c.id(() -> start(c, freshContest(c, 600)))));
    }

    /** Programmes of cell A / cell B (made by the administrator) and their lessons (written by the fixtures' author). */
    static void registerProgrammes(BiConsumer<String, Builder> common, BiConsumer<String, Builder> sided) {
        String programme = "/api/study/programmes/{id}";
        String lesson = "/api/study/lessons/{id}";
        common.accept("GET /api/study/programmes", c -> OperationCalls.request());
        sided.accept("POST /api/study/programmes", c -> OperationCalls.request().json(programmeBody(c.fx().cell(c.side()))));
        for (String op : List.of("GET " + programme, "GET " + programme + "/completion", "POST " + programme + "/remind")) {
            sided.accept(op, c -> OperationCalls.request().with("id", c.id(() -> programme(c))));
        }
        sided.accept("PUT " + programme, c -> OperationCalls.request().with("id", c.id(() -> programme(c)))
                .json(programmeBody(c.fx().cell(c.side()))));
        sided.accept("POST " + programme + "/lessons", c -> OperationCalls.request().with("id", c.id(() -> programme(c)))
                .json(lessonBody()));
        sided.accept("GET " + lesson, c -> OperationCalls.request().with("id", c.id(() -> approvedLesson(c))));
        sided.accept("POST " + lesson + "/progress", c -> OperationCalls.request().with("id", c.id(() -> approvedLesson(c)))
                .json(Map.of("step", "OPENED")));
        sided.accept("PUT " + lesson, c -> OperationCalls.request().with("id", c.id(() -> freshLesson(c, false))).json(lessonBody()));
        sided.accept("POST " + lesson + "/submit", c -> OperationCalls.request().with("id", c.id(() -> freshLesson(c, false))));
        sided.accept("POST " + lesson + "/approve", c -> OperationCalls.request().with("id", c.id(() -> freshLesson(c, true))));
        sided.accept("POST " + lesson + "/return", c -> OperationCalls.request().with("id", c.id(() -> freshLesson(c, true)))
                .json(Map.of("comment", "Bổ sung ví dụ ở chi bộ.")));
    }

    static ObjectNode programmeBody(long org) {
        return Http.object().put("orgId", org).put("title", "Chương trình kiểm thử số " + SEQUENCE.incrementAndGet())
                .put("deadline", Instant.now().plusSeconds(30L * 24 * 3600).toString());
    }

    static ObjectNode lessonBody() {
        ObjectNode b = Http.object().put("position", 1).put("title", "Bài học kiểm thử").put("body", "<p>Nội dung bài học.</p>");
        ObjectNode check = b.putObject("check").put("text", "Câu hỏi kiểm tra?").put("correct", 0);
        check.putArray("options").add("Đúng").add("Sai");
        return b;
    }

    private static long programme(Context c) {
        return once("programme" + c.side(), () -> Fixtures.retry(() -> c.fx().http().post("/api/study/programmes",
                c.fx().admin(), programmeBody(c.fx().cell(c.side()))), 201).longField("id"));
    }

    /** A lesson of the side's programme by the fixtures' author: a draft, or submitted. */
    private static long freshLesson(Context c, boolean submitted) {
        long p = programme(c);
        long id = Fixtures.retry(() -> c.fx().http().post("/api/study/programmes/" + p + "/lessons", c.fx().authorToken(),
                lessonBody()), 201).longField("id");
        if (submitted) {
            Fixtures.retry(() -> c.fx().http().post("/api/study/lessons/" + id + "/submit", c.fx().authorToken(), null), 200);
        }
        return id;
    }

    private static long approvedLesson(Context c) {
        return once("lesson" + c.side(), () -> {
            long id = freshLesson(c, true);
            Fixtures.retry(() -> c.fx().http().post("/api/study/lessons/" + id + "/approve", c.fx().admin(), null), 200);
            return id;
        });
    }

    static ObjectNode contestBody(long org, long bank, int seconds) {
        Instant now = Instant.now();
        return Http.object().put("orgId", org).put("bankId", bank).put("kind", "CONTEST")
                .put("title", "Cuộc thi kiểm thử số " + SEQUENCE.incrementAndGet()).put("questionCount", 3)
                .put("minutes", 10).put("opensAt", now.minusSeconds(60).toString())
                .put("closesAt", now.plusSeconds(seconds).toString());
    }

    private static long bank(Context c) {
        return once("bank" + c.side(), () -> {
            long id = Fixtures.retry(() -> c.fx().http().post("/api/study/banks", c.fx().admin(),
                    Map.of("orgId", c.fx().cell(c.side()), "name", "Ngân hàng kiểm thử")), 201).longField("id");
            Fixtures.retry(() -> c.fx().http().send("POST", "/api/study/banks/" + id + "/import", c.fx().admin(),
                    "text/csv; charset=UTF-8", BANK), 200);
            return id;
        });
    }

    private static long freshContest(Context c, int seconds) {
        long bank = bank(c);
        return Fixtures.retry(() -> c.fx().http().post("/api/study/contests", c.fx().admin(),
                contestBody(c.fx().cell(c.side()), bank, seconds)), 201).longField("id");
    }

    private static long contest(Context c) {
        return once("contest" + c.side(), () -> freshContest(c, 3600));
    }

    private static long closed(Context c) {
        return once("closed" + c.side(), () -> {
            long id = freshContest(c, 2);
            Distribution.sleep(2_500);
            return id;
        });
    }

    /** A closed contest of the side (pass mark 0) that the side's member took: their certificate is due. */
    private static long certified(Context c) {
        return once("certified" + c.side(), () -> {
            long bank = bank(c);
            long id = Fixtures.retry(() -> c.fx().http().post("/api/study/contests", c.fx().admin(),
                    contestBody(c.fx().cell(c.side()), bank, 4).put("passPercent", 0)), 201).longField("id");
            String member = c.all().get(c.side() == Side.A ? MatrixRole.MEMBER_A : MatrixRole.MEMBER_B).token;
            c.fx().http().post("/api/study/attempts/" + start(c, id) + "/submit", member, null).expect(200);
            Distribution.sleep(4_500);
            return id;
        });
    }

    /** The side's member's attempt at the side's open contest. */
    private static long attempt(Context c) {
        return once("attempt" + c.side(), () -> start(c, contest(c)));
    }

    private static long start(Context c, long contest) {
        String member = c.all().get(c.side() == Side.A ? MatrixRole.MEMBER_A : MatrixRole.MEMBER_B).token;
        Http.Response r = c.fx().http().post("/api/study/contests/" + contest + "/attempts", member, null);
        if (r.status() != 200) {
            r.expect(201);
        }
        return r.longField("id");
    }

    /** Made once per run; synchronized and reentrant (an attempt needs its contest, which needs its bank). */
    private static synchronized long once(String key, Supplier<Long> make) {
        Long id = ONCE.get(key);
        if (id == null) {
            id = make.get();
            ONCE.put(key, id);
        }
        return id;
    }
}
