package vn.sotay.itests;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.sotay.itests.MatrixRole.Side;
import vn.sotay.itests.OperationCalls.Builder;
import vn.sotay.itests.OperationCalls.Context;

/**
 * The matrix's and the fuzz test's calls of the meeting votes' operations: per side an open meeting
 * of cell A / cell B announced and opened by the side's committee holder, whose roll holds the
 * side's member holders (and secretary A), marked present by the chair; an open ORDINARY vote on open ballot every
 * ballot call changes (200 again and again); a fresh vote for each close.
 */
final class VoteCalls {
    private static final Map<String, CompletableFuture<Object>> ONCE = new ConcurrentHashMap<>();

    private VoteCalls() {
    }

    static void register(BiConsumer<String, Builder> sided) {
        String votes = "/api/meetings/{id}/votes";
        sided.accept("GET " + votes, c -> OperationCalls.request().with("id", c.id(() -> meeting(c)[0])));
        sided.accept("POST " + votes, c -> {
            long[] m = c.probe() ? new long[2] : meeting(c);
            return OperationCalls.request().with("id", m[0]).json(voteBody(m[1]));
        });
        sided.accept("GET " + votes + "/{voteId}", c -> {
            long[] m = c.probe() ? new long[3] : meeting(c);
            return OperationCalls.request().with("id", m[0]).with("voteId", m[2]);
        });
        sided.accept("POST " + votes + "/{voteId}/ballot", c -> {
            long[] m = c.probe() ? new long[3] : meeting(c);
            return OperationCalls.request().with("id", m[0]).with("voteId", m[2]).json(Map.of("choice", "YES"));
        });
        sided.accept("POST " + votes + "/{voteId}/close", c -> {
            long[] m = c.probe() ? new long[3] : meeting(c);
            long vote = c.probe() ? 0 : freshVote(c, m);
            return OperationCalls.request().with("id", m[0]).with("voteId", vote);
        });
    }

    private static ObjectNode voteBody(long item) {
        return Http.object().put("agendaItemId", item).put("question", "Thông qua nghị quyết tháng (kiểm thử)")
                .put("matter", "ORDINARY").put("secret", false);
    }

    private static String chair(Context c) {
        return c.all().get(c.side() == Side.A ? MatrixRole.COMMITTEE_TP : MatrixRole.COMMITTEE_SH).token;
    }

    /** The side's open meeting: {id, agenda item, open vote}. */
    private static long[] meeting(Context c) {
        Side s = c.side();
        return once(System.identityHashCode(c.fx()) + "meeting" + s, () -> {
            Http http = c.fx().http();
            String chair = chair(c);
            ObjectNode body = Http.object().put("orgId", c.fx().cell(s)).put("kind", "EXTRAORDINARY")
                    .put("title", "Họp kiểm thử biểu quyết " + s).put("place", "Hội trường")
                    .put("startsAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            body.putArray("agenda").addObject().put("title", "Nghị quyết tháng");
            JsonNode m = Fixtures.retry(() -> http.post("/api/meetings", chair, body), 201).json();
            long id = m.path("id").asLong();
            long item = m.path("agenda").get(0).path("id").asLong();
            Fixtures.retry(() -> http.post("/api/meetings/" + id + "/open", chair, null), 200);
            for (MatrixRole r : new MatrixRole[] {MatrixRole.MEMBER_A, MatrixRole.SECRETARY_A, MatrixRole.MEMBER_B}) {
                RoleHolders.Holder h = c.all().get(r);
                if (h != null && r.home == s) {
                    Fixtures.retry(() -> http.send("PUT", "/api/meetings/" + id + "/attendees/" + h.memberId, chair,
                            "application/json; charset=UTF-8", "{\"state\":\"PRESENT\"}"), 200);
                }
            }
            long vote = Fixtures.retry(() -> http.post("/api/meetings/" + id + "/votes", chair, voteBody(item)), 201).longField("id");
            return new long[] {id, item, vote};
        });
    }

    private static long freshVote(Context c, long[] m) {
        return Fixtures.retry(() -> c.fx().http().post("/api/meetings/" + m[0] + "/votes", chair(c), voteBody(m[1])), 201)
                .longField("id");
    }

    @SuppressWarnings("unchecked")
    private static <T> T once(String key, Supplier<T> make) {
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> known = ONCE.putIfAbsent(key, mine);
        if (known == null) {
            try {
                mine.complete(make.get());
            } catch (RuntimeException | Error e) {
                ONCE.remove(key);
                mine.completeExceptionally(e);
                throw e;
            }
            known = mine;
        }
        return (T) known.join();
    }
}
