package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The votes' tests' cast (MeetingVotesIT, MeetingsHotDeployIT): accounts for the official members
 * of demo cell A (lowest member ids first, never a demo account; RoleHolders takes the highest) and
 * its probationary member, made once per JVM by the demo administrator; an open meeting of cell A
 * announced by the demo secretary of cell A with every voter marked present.
 */
final class VoteFixtures {
    /** One voter: member id, status, token, and the phone to log in with again. */
    record Voter(long memberId, String status, String token, String phone) {
    }

    private static VoteFixtures shared;

    final Http http;
    final String admin;
    final String secretary;
    final long cellA;
    /** Official members of cell A (the roll's eligible count on every matter but ORDINARY). */
    final int officials;
    final List<Voter> official = new ArrayList<>();
    Voter probationary;

    private VoteFixtures(int accounts) {
        http = Distribution.get().http();
        admin = http.login(Demo.ADMIN, Demo.PASSWORD);
        secretary = http.login(Demo.SECRETARY_CELL_A, Demo.PASSWORD);
        cellA = Orgs.id(http, admin, Demo.CELL_A);
        List<JsonNode> members = new ArrayList<>(http.all("/api/members?org=" + cellA, admin).stream()
                .filter(m -> m.path("cellId").asLong() == cellA).toList());
        members.sort(Comparator.comparingLong(m -> m.path("id").asLong()));
        officials = (int) members.stream().filter(m -> m.path("status").asText().equals("OFFICIAL")).count();
        for (JsonNode m : members) {
            boolean demo = m.path("phone").asText().startsWith("09000000");
            String status = m.path("status").asText();
            if (demo) {
                continue;
            }
            if (status.equals("OFFICIAL") && official.size() < accounts) {
                official.add(new Voter(m.path("id").asLong(), status, Members.account(http, admin, m, Map.of()), m.path("phone").asText()));
            } else if (status.equals("PROBATIONARY") && probationary == null) {
                probationary = new Voter(m.path("id").asLong(), status, Members.account(http, admin, m, Map.of()),
                        m.path("phone").asText());
            }
        }
        assertTrue(official.size() == accounts && probationary != null,
                "cell A has " + official.size() + " official members without a demo account and a probationary one: " + probationary);
    }

    /** The shared cast, with at least {@code accounts} official voters. */
    static synchronized VoteFixtures get(int accounts) {
        if (shared == null || shared.official.size() < accounts) {
            shared = new VoteFixtures(accounts);
        }
        return shared;
    }

    /**
     * The voter logged in afresh: a test that runs after others may find the token of the shared cast
     * revoked, since a later test that gives one of these members an account again resets its password
     * (ContentReferencesIT takes ordinary members of cell A), which revokes every token of it.
     */
    Voter again(Voter v) {
        http.post("/api/accounts/" + v.memberId() + "/password", admin, java.util.Map.of("password", Members.PASSWORD)).expect(204);
        return new Voter(v.memberId(), v.status(), http.login(v.phone(), Members.PASSWORD), v.phone());
    }

    /** An open meeting of cell A with {@code items} agenda items, every voter checked in: the meeting's JSON. */
    JsonNode openMeeting(String title, int items) {
        ObjectNode body = Http.object().put("orgId", cellA).put("kind", "EXTRAORDINARY").put("title", title)
                .put("startsAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()).put("place", "Hội trường khu phố");
        var agenda = body.putArray("agenda");
        for (int i = 1; i <= items; i++) {
            agenda.addObject().put("title", "Mục " + i);
        }
        long id = http.post("/api/meetings", secretary, body).expectJson(201).longField("id");
        JsonNode opened = http.post("/api/meetings/" + id + "/open", secretary, null).expectJson(200).json();
        List<Voter> all = new ArrayList<>(official);
        all.add(probationary);
        // marked present by the secretary (the check-in by code is the cycle's, MeetingsIT)
        for (Voter v : all) {
            http.send("PUT", "/api/meetings/" + id + "/attendees/" + v.memberId(), secretary, "application/json; charset=UTF-8",
                    "{\"state\":\"PRESENT\"}").expectJson(200);
        }
        return opened;
    }

    /** Opens a vote; {@code candidates} empty for yes / no. */
    JsonNode vote(long meeting, long item, String matter, boolean secret, List<String> candidates, int seats) {
        ObjectNode body = Http.object().put("agendaItemId", item).put("question", "Biểu quyết " + matter)
                .put("matter", matter).put("secret", secret);
        if (!candidates.isEmpty()) {
            var c = body.putArray("candidates");
            candidates.forEach(c::add);
            body.put("seats", seats);
        }
        return http.post("/api/meetings/" + meeting + "/votes", secretary, body).expectJson(201).json();
    }

    /** Casts a yes / no ballot. */
    Http.Response cast(long meeting, long vote, String token, String choice, String receipt) {
        ObjectNode b = Http.object().put("choice", choice);
        if (receipt != null) {
            b.put("receipt", receipt);
        }
        return http.post("/api/meetings/" + meeting + "/votes/" + vote + "/ballot", token, b);
    }

    /** Casts an election ballot naming {@code names}. */
    Http.Response elect(long meeting, long vote, String token, List<String> names) {
        ObjectNode b = Http.object();
        var c = b.putArray("candidates");
        names.forEach(c::add);
        return http.post("/api/meetings/" + meeting + "/votes/" + vote + "/ballot", token, b);
    }

    JsonNode close(long meeting, long vote) {
        return http.post("/api/meetings/" + meeting + "/votes/" + vote + "/close", secretary, null).expectJson(200).json();
    }

    /** The smallest whole number of yes votes reaching two thirds of {@code n}. */
    static int twoThirds(int n) {
        return (2 * n + 2) / 3;
    }
}
