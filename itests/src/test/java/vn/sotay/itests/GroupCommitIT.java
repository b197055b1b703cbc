package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Check-ins and ballots are committed in groups ({@code PersistenceUnit.writeTogether}): many at once,
 * some of them refused inside their group (ballots on a vote the chair closes meanwhile), then the JVM is killed
 * (SIGKILL, no shutdown) and started again: every acknowledged check-in is on the roll, every
 * acknowledged open ballot is counted with the member's last acknowledged choice, every acknowledged
 * secret ballot is in the box, and a refused ballot never failed the others of its group. Kills the
 * distribution, so it runs last.
 */
@Order(12)
class GroupCommitIT {
    static final int ROUNDS = 6;
    static final String[] CHOICES = {"YES", "NO", "ABSTAIN"};

    @Test
    void acknowledgedCheckInsAndBallotsSurviveAKillEvenWhenOthersOfTheirGroupAreRefused() throws Exception {
        // group commit ships off (docs/configuration.md, vn.sotay.jpa): turned on for this copy, which restarts with it
        Distribution dist = Distribution.get();
        Distribution.setProperty(dist.home().resolve("etc/vn.sotay.jpa.cfg"), "groupCommitMax", "64");
        dist.restart();
        String jpa = Shell.exec("config:property-list -p vn.sotay.jpa");
        assertTrue(jpa.contains("groupCommitMax = 64"), "group commit is on: " + jpa);
        VoteFixtures fx = VoteFixtures.get(14);
        Http http = fx.http;
        List<VoteFixtures.Voter> voters = new ArrayList<>();
        fx.official.forEach(v -> voters.add(fx.again(v)));
        voters.add(fx.again(fx.probationary));
        // meeting 1: everyone present (marked), an open and a secret vote, and a vote the chair closes amid its ballots
        JsonNode m1 = fx.openMeeting("Biểu quyết ghi nhóm", 1);
        long meeting = m1.path("id").asLong();
        long item = m1.path("agenda").get(0).path("id").asLong();
        long open = fx.vote(meeting, item, "ORDINARY", false, List.of(), 0).path("id").asLong();
        long secret = fx.vote(meeting, item, "ORDINARY", true, List.of(), 0).path("id").asLong();
        long closing = fx.vote(meeting, item, "ORDINARY", false, List.of(), 0).path("id").asLong();
        // meeting 2: open, nobody checked in yet: members check in with the code
        ObjectNode body = Http.object().put("orgId", fx.cellA).put("kind", "EXTRAORDINARY").put("title", "Điểm danh ghi nhóm")
                .put("startsAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()).put("place", "Hội trường");
        body.putArray("agenda").addObject().put("title", "Mục 1");
        long meeting2 = http.post("/api/meetings", fx.secretary, body).expectJson(201).longField("id");
        String code = http.post("/api/meetings/" + meeting2 + "/open", fx.secretary, null).expectJson(200).json()
                .path("checkinCode").asText();

        Set<Long> checkedIn = ConcurrentHashMap.newKeySet();
        Map<Long, String> lastOpen = new ConcurrentHashMap<>();
        AtomicInteger secretAcks = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        Set<Long> closingAcked = ConcurrentHashMap.newKeySet();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(voters.size() * 3);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> all = new ArrayList<>();
        for (VoteFixtures.Voter v : voters) {
            all.add(pool.submit(() -> { // the check-in
                go.await();
                Http.Response r = http.post("/api/meetings/" + meeting2 + "/check-in", v.token(), Http.object().put("code", code));
                if (r.status() == 200 && r.json().path("state").asText().equals("PRESENT")) {
                    checkedIn.add(v.memberId());
                } else {
                    failures.add("check-in " + r);
                }
                return null;
            }));
            all.add(pool.submit(() -> { // open ballots, changed every round; the last acknowledged one counts
                go.await();
                for (int round = 0; round < ROUNDS; round++) {
                    String choice = CHOICES[(int) ((v.memberId() + round) % CHOICES.length)];
                    Http.Response r = fx.cast(meeting, open, v.token(), choice, null);
                    if (r.status() == 200) {
                        lastOpen.put(v.memberId(), choice);
                    } else {
                        failures.add("open ballot " + r);
                    }
                }
                return null;
            }));
            all.add(pool.submit(() -> { // a secret ballot, and ballots on a vote closed meanwhile (refused inside their group)
                go.await();
                for (int round = 0; round < ROUNDS * 3; round++) {
                    Http.Response r = fx.cast(meeting, closing, v.token(), "YES", null);
                    if (r.status() == 200) {
                        closingAcked.add(v.memberId());
                    } else if (r.status() == 409) {
                        refused.incrementAndGet();
                    } else {
                        failures.add("ballot on the vote being closed " + r);
                    }
                    if (round == ROUNDS) {
                        Http.Response s = fx.cast(meeting, secret, v.token(), "YES", null);
                        if (s.status() == 200) {
                            secretAcks.incrementAndGet();
                        } else {
                            failures.add("secret ballot " + s);
                        }
                    }
                }
                return null;
            }));
        }
        all.add(pool.submit(() -> { // the chair closes that vote while its ballots arrive
            go.await();
            Thread.sleep(300);
            return fx.close(meeting, closing);
        }));
        go.countDown();
        for (Future<?> f : all) {
            f.get();
        }
        pool.shutdown();
        assertTrue(failures.isEmpty(), "every check-in and ballot acknowledged, every ballot on the closed vote refused "
                + "with 409: " + failures);

        Distribution.get().killAndStart();
        Http again = Distribution.get().http();

        Map<Long, String> roll = new TreeMap<>();
        again.get("/api/meetings/" + meeting2 + "/attendees", fx.secretary).expectJson(200).json()
                .forEach(a -> roll.put(a.path("memberId").asLong(), a.path("state").asText()));
        for (long id : checkedIn) {
            assertEquals("PRESENT", roll.get(id), "member " + id + "'s acknowledged check-in survived the kill: " + roll);
        }
        assertEquals(voters.size(), checkedIn.size());
        JsonNode openResult = again.post("/api/meetings/" + meeting + "/votes/" + open + "/close", fx.secretary, null)
                .expectJson(200).json();
        Map<Long, String> counted = new TreeMap<>();
        openResult.path("ballots").forEach(b -> counted.put(b.path("memberId").asLong(), b.path("choice").asText()));
        Map<Long, String> acked = new TreeMap<>();
        lastOpen.forEach((id, c) -> acked.put(id, c));
        assertEquals(acked.keySet(), counted.keySet(), "every acknowledged open ballot counted, by name: " + openResult);
        for (var e : acked.entrySet()) {
            assertEquals(e.getValue(), counted.get(e.getKey()), "member " + e.getKey() + "'s last acknowledged choice is counted");
        }
        assertEquals(voters.size(), openResult.path("result").path("cast").asInt(), "one ballot per member: " + openResult);
        JsonNode closingResult = again.get("/api/meetings/" + meeting + "/votes/" + closing, fx.secretary).expectJson(200).json();
        Set<Long> closingCounted = new java.util.TreeSet<>();
        closingResult.path("ballots").forEach(b -> closingCounted.add(b.path("memberId").asLong()));
        assertEquals(new java.util.TreeSet<>(closingAcked), closingCounted, "the vote closed amid its ballots counts exactly the "
                + "members whose ballot was acknowledged (" + refused.get() + " refused with 409): " + closingResult);
        JsonNode secretResult = again.post("/api/meetings/" + meeting + "/votes/" + secret + "/close", fx.secretary, null)
                .expectJson(200).json();
        assertEquals(secretAcks.get(), secretResult.path("result").path("cast").asInt(), "every acknowledged secret ballot: "
                + secretResult);
    }
}
