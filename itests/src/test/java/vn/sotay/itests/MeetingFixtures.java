package vn.sotay.itests;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.sotay.itests.MatrixRole.Side;
import vn.sotay.itests.OperationCalls.Builder;

/**
 * Meetings of cell A (side A) or cell B (side B), announced by the demo administrator for the
 * matrix and the fuzz test: a shared announced one (two agenda items, one material) for the
 * operations that read it or take part in it, a shared open one (with its check-in code) for
 * check-in and marking, and fresh announced or open ones for the operations that change them.
 */
final class MeetingFixtures {
    private static final Map<Fixtures, MeetingFixtures> BY_RUN = new ConcurrentHashMap<>();
    private final Fixtures fx;

    private MeetingFixtures(Fixtures fx) {
        this.fx = fx;
    }

    static MeetingFixtures of(Fixtures fx) {
        return BY_RUN.computeIfAbsent(fx, MeetingFixtures::new);
    }

    static ObjectNode body(long cell, Instant start) {
        ObjectNode b = Http.object().put("orgId", cell).put("kind", "REGULAR").put("title", "Sinh hoạt kiểm thử MX")
                .put("startsAt", start.toString()).put("place", "Hội trường");
        b.putArray("agenda").addObject().put("title", "Kiểm điểm");
        b.withArray("agenda").addObject().put("title", "Nhiệm vụ");
        b.putArray("materials").add("document:1");
        return b;
    }

    /** A fresh announced meeting (tomorrow): the meeting as answered. */
    JsonNode freshAnnounced(Side s) {
        return Fixtures.retry(() -> fx.http().post("/api/meetings", fx.admin(),
                body(fx.cell(s), Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES))), 201).json();
    }

    /** A fresh open meeting (started a minute from now, so check-in is inside its window): with its code. */
    JsonNode freshOpen(Side s) {
        long id = Fixtures.retry(() -> fx.http().post("/api/meetings", fx.admin(),
                body(fx.cell(s), Instant.now().plus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS))), 201).longField("id");
        return Fixtures.retry(() -> fx.http().post("/api/meetings/" + id + "/open", fx.admin(), null), 200).json();
    }

    JsonNode announced(Side s) {
        return once("announced" + s, () -> freshAnnounced(s));
    }

    JsonNode open(Side s) {
        return once("open" + s, () -> freshOpen(s));
    }

    /** The material of the shared announced meeting. */
    long material(Side s) {
        return once("material" + s, () -> Fixtures.retry(() -> fx.http().get("/api/meetings/" + announced(s).path("id").asLong()
                + "/materials", fx.admin()), 200).json().get(0).path("id").asLong());
    }

    /** A PDF attached to the shared announced meeting: {meeting id, attachment id}. */
    long[] attachment(Side s) {
        return once("attachment" + s, () -> {
            long id = announced(s).path("id").asLong();
            long aid = Fixtures.retry(() -> fx.http().exchange("POST", "/api/meetings/" + id + "/attachments?name=du-thao.pdf",
                    "Bearer " + fx.admin(), Fixtures.PDF, Fixtures.pdf(), Map.of()), 201).json().path("id").asLong();
            return new long[] {id, aid};
        });
    }

    static void register(BiConsumer<String, Builder> common, BiConsumer<String, Builder> sided) {
        String m = "/api/meetings/{id}";
        common.accept("GET /api/meetings", c -> OperationCalls.request());
        sided.accept("POST /api/meetings", c -> OperationCalls.request().json(body(c.fx().cell(c.side()),
                Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES))));
        for (String op : new String[] {"GET " + m, "GET " + m + "/history", "GET " + m + "/attendees", "GET " + m + "/attendance",
            "GET " + m + "/materials", "GET " + m + "/opinions", "GET " + m + "/attachments"}) {
            sided.accept(op, c -> OperationCalls.request().with("id", c.id(() -> of(c.fx()).announced(c.side()).path("id").asLong())));
        }
        sided.accept("PUT " + m, c -> OperationCalls.request().with("id", c.id(() -> of(c.fx()).freshAnnounced(c.side())
                .path("id").asLong())).json(body(c.fx().cell(c.side()), Instant.now().plus(1, ChronoUnit.DAYS))));
        sided.accept("POST " + m + "/postpone", c -> OperationCalls.request().with("id", c.id(() -> of(c.fx())
                .freshAnnounced(c.side()).path("id").asLong())).json(Map.of("startsAt",
                        Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES).toString(), "reason", "Trùng lịch")));
        sided.accept("POST " + m + "/cancel", c -> OperationCalls.request().with("id", c.id(() -> of(c.fx())
                .freshAnnounced(c.side()).path("id").asLong())).json(Map.of("reason", "Mưa bão")));
        sided.accept("POST " + m + "/open", c -> OperationCalls.request().with("id", c.id(() -> of(c.fx())
                .freshAnnounced(c.side()).path("id").asLong())));
        sided.accept("POST " + m + "/close", c -> OperationCalls.request().with("id", c.id(() -> of(c.fx())
                .freshOpen(c.side()).path("id").asLong())));
        sided.accept("POST " + m + "/check-in", c -> {
            JsonNode o = c.probe() ? null : of(c.fx()).open(c.side());
            return OperationCalls.request().with("id", o == null ? 0 : o.path("id").asLong())
                    .json(Map.of("code", o == null ? "000000" : o.path("checkinCode").asText()));
        });
        sided.accept("PUT " + m + "/attendees/{memberId}", c -> OperationCalls.request()
                .with("id", c.id(() -> of(c.fx()).open(c.side()).path("id").asLong()))
                .with("memberId", c.id(() -> c.fx().target(c.side()).memberId)).json(Map.of("state", "PRESENT")));
        sided.accept("POST " + m + "/attachments", c -> OperationCalls.request().with("id", c.id(() -> of(c.fx())
                .freshAnnounced(c.side()).path("id").asLong())).query("name=du-thao.pdf").bytes(Fixtures.PDF, Fixtures.pdf()));
        sided.accept("GET " + m + "/attachments/{aid}", c -> {
            long[] a = c.probe() ? new long[2] : of(c.fx()).attachment(c.side());
            return OperationCalls.request().with("id", a[0]).with("aid", a[1]);
        });
        sided.accept("POST " + m + "/absence", c -> OperationCalls.request()
                .with("id", c.id(() -> of(c.fx()).announced(c.side()).path("id").asLong())).json(Map.of("reason", "Đi công tác")));
        sided.accept("POST " + m + "/materials/{materialId}/read", c -> OperationCalls.request()
                .with("id", c.id(() -> of(c.fx()).announced(c.side()).path("id").asLong()))
                .with("materialId", c.id(() -> of(c.fx()).material(c.side()))));
        sided.accept("POST " + m + "/opinions", c -> OperationCalls.request()
                .with("id", c.id(() -> of(c.fx()).announced(c.side()).path("id").asLong()))
                .json(Map.of("agendaItemId", c.probe() ? 1 : of(c.fx()).announced(c.side()).path("agenda").get(0).path("id").asLong(),
                        "body", "Đồng ý với dự thảo.")));
    }

    /** Fixtures' shared object {@code meeting.<key>}, made once per run. */
    private <T> T once(String key, Supplier<T> make) {
        return fx.once("meeting." + key, make);
    }
}
