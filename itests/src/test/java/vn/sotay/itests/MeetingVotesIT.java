package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Votes in a meeting of demo cell A (issue 11, "Votes"): the charter's thresholds on the cell's real
 * official members count (two thirds of 19 is 13: 12 yes fails, 13 passes), a probationary member
 * refused on an admission vote, an election with seats, secret ballots changed only with their
 * receipt, 16 concurrent casts of one member making one ballot, no ballot after closing, a member of
 * another cell who cannot see or vote, and on the tables: the secret box holds no voter.
 */
@Order(6)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MeetingVotesIT {
    private static VoteFixtures fx;
    private static long meeting;
    private static long secretVote;
    private static long openVote;
    private static int needed;

    private static List<Long> agenda(JsonNode m) {
        List<Long> ids = new ArrayList<>();
        m.path("agenda").forEach(a -> ids.add(a.path("id").asLong()));
        return ids;
    }

    @Test
    @Order(1)
    void secretAdmissionFailsBelowTwoThirdsAndRefusesTheProbationaryMember() {
        Http http = Distribution.get().http();
        fx = VoteFixtures.get(14);
        needed = VoteFixtures.twoThirds(fx.officials);
        assertTrue(fx.official.size() >= needed, "enough voters for two thirds of " + fx.officials);
        JsonNode m = fx.openMeeting("Họp bất thường: biểu quyết (MeetingVotesIT)", 4);
        meeting = m.path("id").asLong();
        List<Long> items = agenda(m);

        JsonNode v = fx.vote(meeting, items.get(0), "ADMISSION", true, List.of(), 0);
        secretVote = v.path("id").asLong();
        assertEquals(fx.officials, v.path("eligible").asInt(), "eligible: the roll's official members, present or not");
        assertEquals(">=2/3 eligible", v.path("rule").asText());
        assertEquals(needed, v.path("needed").asInt());
        assertTrue(v.path("ruleText").asText().contains("hai phần ba"), v.toString());

        JsonNode refused = fx.cast(meeting, secretVote, fx.probationary.token(), "YES", null).expectProblem(403).json();
        assertEquals("Đảng viên dự bị không biểu quyết về việc kết nạp đảng viên.", refused.path("detail").asText(refused.path("title").asText()),
                refused.toString());

        List<String> receipts = new ArrayList<>();
        for (int i = 0; i < needed - 1; i++) {
            JsonNode ack = fx.cast(meeting, secretVote, fx.official.get(i).token(), "YES", null).expectJson(200).json();
            assertEquals(22, ack.path("receipt").asText().length(), ack.toString());
            receipts.add(ack.path("receipt").asText());
        }
        // one more voter says no, then changes to no again with the receipt (a change is never a second ballot)
        VoteFixtures.Voter last = fx.official.get(needed - 1);
        String receipt = fx.cast(meeting, secretVote, last.token(), "YES", null).expectJson(200).json().path("receipt").asText();
        fx.cast(meeting, secretVote, last.token(), "NO", null).expectProblem(409);
        fx.cast(meeting, secretVote, last.token(), "NO", "A".repeat(22)).expectProblem(400);
        JsonNode changed = fx.cast(meeting, secretVote, last.token(), "NO", receipt).expectJson(200).json();
        assertTrue(changed.path("changed").asBoolean(), changed.toString());

        JsonNode seen = http.get("/api/meetings/" + meeting + "/votes/" + secretVote, fx.secretary).expectJson(200).json();
        assertEquals(needed, seen.path("voted").asInt());
        assertTrue(seen.path("tally").isNull() || seen.path("tally").isMissingNode(), "no secret counts before closing: " + seen);
        JsonNode mine = http.get("/api/meetings/" + meeting + "/votes", last.token()).expectJson(200).json().get(0);
        assertTrue(mine.path("youVoted").asBoolean());
        assertTrue(mine.path("yourChoice").isNull(), "a secret choice is never shown back");

        JsonNode closed = fx.close(meeting, secretVote);
        JsonNode r = closed.path("result");
        assertEquals(needed - 1, r.path("yes").asInt(), closed.toString());
        assertEquals(1, r.path("no").asInt());
        assertEquals(needed, r.path("cast").asInt());
        assertEquals(fx.officials, r.path("eligible").asInt());
        assertFalse(r.path("passed").asBoolean(), (needed - 1) + " of " + fx.officials + " is below two thirds");
        fx.cast(meeting, secretVote, fx.official.get(needed).token(), "YES", null).expectProblem(409);
        fx.cast(meeting, secretVote, last.token(), "YES", receipt).expectProblem(409);
        fx.http.post("/api/meetings/" + meeting + "/votes/" + secretVote + "/close", fx.secretary, null).expectProblem(409);
        assertEquals(r, http.get("/api/meetings/" + meeting + "/votes/" + secretVote, last.token()).expectJson(200).json().path("result"),
                "the stored result, never recomputed");
    }

    @Test
    @Order(2)
    void openAdmissionPassesAtTwoThirdsAndShowsWhoVotedWhat() throws Exception {
        Http http = fx.http;
        List<Long> items = agenda(http.get("/api/meetings/" + meeting, fx.secretary).expectJson(200).json());
        JsonNode v = fx.vote(meeting, items.get(1), "ADMISSION", false, List.of(), 0);
        openVote = v.path("id").asLong();
        for (int i = 0; i < needed; i++) {
            fx.cast(meeting, openVote, fx.official.get(i).token(), "YES", null).expectJson(200);
        }
        try (LiveReader chairLive = LiveReader.open(http, fx.secretary, "meetings/" + meeting);
                LiveReader memberLive = LiveReader.open(http, fx.official.get(0).token(), "meetings/" + meeting)) {
            long t0 = System.nanoTime();
            fx.cast(meeting, openVote, fx.official.get(needed).token(), "ABSTAIN", null).expectJson(200);
            java.util.function.Predicate<String> voted = d -> d.contains("\"voteId\":" + openVote + ",")
                    && d.contains("\"voted\":" + (needed + 1) + ",");
            String c = chairLive.await(d -> voted.test(d) && d.contains("\"abstain\":1"), 2000);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(c != null, "the chair's tally event with the counts");
            String m = memberLive.await(voted, 2000);
            assertTrue(m != null && !m.contains("\"abstain\""), "members get how many voted, not the counts: " + m);
            System.out.println("Live tally reached the chair " + ms + " ms after the ballot's answer");
            assertTrue(ms < 1500, "the tally reaches the chair within a second or so: " + ms + " ms");
        }
        JsonNode chair = http.get("/api/meetings/" + meeting + "/votes/" + openVote, fx.secretary).expectJson(200).json();
        assertEquals(needed, chair.path("tally").path("yes").asInt(), "open counts live for the chair: " + chair);
        JsonNode member = http.get("/api/meetings/" + meeting + "/votes/" + openVote, fx.official.get(0).token()).expectJson(200).json();
        assertTrue(member.path("tally").isNull(), "members see how many voted, not the counts: " + member);
        assertEquals(needed + 1, member.path("voted").asInt());
        assertEquals("YES", member.path("yourChoice").asText());

        JsonNode closed = fx.close(meeting, openVote);
        assertTrue(closed.path("result").path("passed").asBoolean(), needed + " of " + fx.officials + " is two thirds: " + closed);
        JsonNode shown = http.get("/api/meetings/" + meeting + "/votes/" + openVote, fx.official.get(1).token()).expectJson(200).json();
        assertEquals(needed + 1, shown.path("ballots").size(), shown.toString());
        boolean found = false;
        for (JsonNode b : shown.path("ballots")) {
            if (b.path("memberId").asLong() == fx.official.get(needed).memberId()) {
                assertEquals("ABSTAIN", b.path("choice").asText());
                found = true;
            }
        }
        assertTrue(found, "who voted what, after closing: " + shown);
    }

    @Test
    @Order(3)
    void electionWithSeatsAndOneBallotUnderSixteenConcurrentCasts() throws Exception {
        Http http = fx.http;
        List<Long> items = agenda(http.get("/api/meetings/" + meeting, fx.secretary).expectJson(200).json());
        JsonNode e = fx.vote(meeting, items.get(2), "ELECTION", true, List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Chi"), 2);
        long election = e.path("id").asLong();
        fx.elect(meeting, election, fx.probationary.token(), List.of("Nguyễn Văn An")).expectProblem(403);
        fx.elect(meeting, election, fx.official.get(0).token(), List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Chi")).expectProblem(400);
        fx.elect(meeting, election, fx.official.get(0).token(), List.of("Người lạ")).expectProblem(400);
        // 5 ballots: An 4, Bình 3, Chi 1 → more than half of 5 cast: An and Bình elected
        List<List<String>> ballots = List.of(List.of("Nguyễn Văn An", "Trần Thị Bình"), List.of("Nguyễn Văn An", "Trần Thị Bình"),
                List.of("Nguyễn Văn An", "Lê Văn Chi"), List.of("Nguyễn Văn An"), List.of("Trần Thị Bình"));
        for (int i = 0; i < ballots.size(); i++) {
            fx.elect(meeting, election, fx.official.get(i).token(), ballots.get(i)).expectJson(200);
        }
        JsonNode closed = fx.close(meeting, election);
        assertEquals(List.of("Nguyễn Văn An", "Trần Thị Bình"),
                List.of(closed.path("result").path("elected").get(0).asText(), closed.path("result").path("elected").get(1).asText()),
                closed.toString());
        assertEquals(2, closed.path("result").path("elected").size());
        assertTrue(closed.path("result").path("passed").asBoolean());

        JsonNode ordinary = fx.vote(meeting, items.get(3), "ORDINARY", false, List.of(), 0);
        long o = ordinary.path("id").asLong();
        fx.cast(meeting, o, fx.probationary.token(), "YES", null).expectJson(200);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Integer>> done = new ArrayList<>();
        String token = fx.official.get(2).token();
        for (int i = 0; i < 16; i++) {
            String choice = i % 2 == 0 ? "YES" : "NO";
            done.add(pool.submit(() -> fx.cast(meeting, o, token, choice, null).status()));
        }
        for (Future<Integer> f : done) {
            assertEquals(200, f.get());
        }
        pool.shutdown();
        JsonNode after = fx.close(meeting, o);
        assertEquals(2, after.path("voted").asInt(), "16 concurrent casts of one member are one ballot: " + after);
        assertEquals(2, after.path("result").path("cast").asInt());
    }

    @Test
    @Order(4)
    void aMemberOfAnotherCellCannotSeeOrVote() {
        Http http = fx.http;
        String memberB = http.login(Demo.MEMBER_B, Demo.PASSWORD);
        http.get("/api/meetings/" + meeting + "/votes", memberB).expectProblem(404);
        http.get("/api/meetings/" + meeting + "/votes/" + secretVote, memberB).expectProblem(404);
        fx.cast(meeting, secretVote, memberB, "YES", null).expectProblem(404);
        http.post("/api/meetings/" + meeting + "/votes/" + secretVote + "/close", memberB, null).expectProblem(404);
        http.post("/api/meetings/" + meeting + "/votes/" + secretVote + "/close", fx.official.get(0).token(), null).expectProblem(403);
        http.post("/api/meetings/" + meeting + "/votes", fx.official.get(0).token(), Map.of("agendaItemId", 1, "question", "x"))
                .expectProblem(403);
    }

    @Test
    @Order(5)
    void theSecretBoxHoldsNoVoter() {
        List<List<Map<String, Object>>> rows = Tables.query(
                "SELECT COUNT(*) AS N FROM MEETINGS_VOTE_BOX WHERE VOTE_ID = " + secretVote,
                "SELECT COUNT(*) AS N FROM MEETINGS_VOTE_ROLL WHERE VOTE_ID = " + secretVote,
                "SELECT COUNT(*) AS N FROM MEETINGS_BALLOT WHERE VOTE_ID = " + secretVote,
                "SELECT c.COLUMNNAME FROM SYS.SYSCOLUMNS c, SYS.SYSTABLES t WHERE c.REFERENCEID = t.TABLEID"
                        + " AND t.TABLENAME = 'MEETINGS_VOTE_ROLL' ORDER BY c.COLUMNNUMBER",
                "SELECT * FROM MEETINGS_VOTE_BOX WHERE VOTE_ID = " + secretVote);
        assertEquals(needed, ((Number) rows.get(0).get(0).get("N")).intValue(), "one box row per ballot");
        assertEquals(needed, ((Number) rows.get(1).get(0).get("N")).intValue(), "one roll row per voter");
        assertEquals(0, ((Number) rows.get(2).get(0).get("N")).intValue(), "no open ballot row for a secret vote");
        assertEquals(List.of("VOTE_ID", "MEMBER_ID"), rows.get(3).stream().map(r -> String.valueOf(r.get("COLUMNNAME"))).toList(),
                "the roll: who voted, nothing else");
        for (Map<String, Object> r : rows.get(4)) {
            assertFalse(r.entrySet().stream().filter(e -> !e.getKey().equals("VOTE_ID")).map(Map.Entry::getValue).anyMatch(x -> fx.official.stream().anyMatch(v -> String.valueOf(v.memberId()).equals(String.valueOf(x)))),
                    "no member id in a box row: " + r);
        }
        assertEquals(List.of("BALLOT_ID", "VOTE_ID", "CHOICE", "RECEIPT_HASH"), Tables.columns("MEETINGS_VOTE_BOX"),
                "the box: no member, no time");
    }
}
