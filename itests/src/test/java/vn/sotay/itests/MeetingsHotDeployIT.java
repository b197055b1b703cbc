package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Uninstalling and reinstalling {@code sotay-meetings} during an open meeting keeps every ballot
 * (issue 11): ballots cast on a secret and an open vote before, the feature away (404), back, the
 * same counts, voting goes on (a secret change with the receipt kept by the voter included) and the
 * closed results count every ballot exactly once. Runs after MeetingVotesIT (6), sharing its voters.
 */
@Order(7)
class MeetingsHotDeployIT {
    static final String FEATURE = "sotay-meetings";

    @Test
    void everyBallotSurvivesAReinstallDuringTheMeeting() {
        VoteFixtures fx = VoteFixtures.get(14);
        Http http = fx.http;
        JsonNode m = fx.openMeeting("Họp bất thường: cài lại mô-đun (MeetingsHotDeployIT)", 2);
        long id = m.path("id").asLong();
        long secret = fx.vote(id, m.path("agenda").get(0).path("id").asLong(), "ORDINARY", true, List.of(), 0).path("id").asLong();
        long open = fx.vote(id, m.path("agenda").get(1).path("id").asLong(), "ORDINARY", false, List.of(), 0).path("id").asLong();
        List<String> receipts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            receipts.add(fx.cast(id, secret, fx.official.get(i).token(), "YES", null).expectJson(200).json().path("receipt").asText());
            fx.cast(id, open, fx.official.get(i).token(), "NO", null).expectJson(200);
        }

        boolean installed = true;
        try {
            String out = Shell.exec("feature:uninstall " + FEATURE);
            installed = false;
            Await.until(Duration.ofSeconds(30), "GET /api/meetings/{id} answers 404 after feature:uninstall (" + out + ")", () -> {
                Http.Response r = http.get("/api/meetings/" + id, fx.secretary);
                return Await.Check.of(r.status() == 404, r);
            });
            http.get("/api/ping", null).expect(200);
            out = Shell.exec("feature:install " + FEATURE);
            installed = true;
            Await.until(Duration.ofSeconds(60), "GET /api/meetings/{id}/votes answers 200 after feature:install (" + out + ")", () -> {
                Http.Response r = http.get("/api/meetings/" + id + "/votes", fx.secretary);
                return Await.Check.of(r.status() == 200, r);
            });
        } finally {
            if (!installed) {
                Shell.run("feature:install " + FEATURE);
            }
        }

        assertEquals(5, http.get("/api/meetings/" + id + "/votes/" + secret, fx.secretary).expectJson(200).json().path("voted").asInt());
        assertEquals(5, http.get("/api/meetings/" + id + "/votes/" + open, fx.secretary).expectJson(200).json().path("tally").path("no").asInt());
        fx.cast(id, secret, fx.official.get(0).token(), "NO", receipts.get(0)).expectJson(200);
        fx.cast(id, secret, fx.official.get(1).token(), "NO", null).expectProblem(409);
        for (int i = 5; i < 10; i++) {
            fx.cast(id, secret, fx.official.get(i).token(), "YES", null).expectJson(200);
            fx.cast(id, open, fx.official.get(i).token(), "YES", null).expectJson(200);
        }
        JsonNode s = fx.close(id, secret).path("result");
        JsonNode o = fx.close(id, open).path("result");
        assertEquals(10, s.path("cast").asInt(), s.toString());
        assertEquals(9, s.path("yes").asInt(), "4 kept from before, 5 after; one changed to no with its receipt: " + s);
        assertEquals(1, s.path("no").asInt());
        assertEquals(10, o.path("cast").asInt(), o.toString());
        assertEquals(5, o.path("no").asInt());
        assertEquals(5, o.path("yes").asInt());
        assertTrue(http.post("/api/meetings/" + id + "/close", fx.secretary, null).status() == 200);
    }
}
