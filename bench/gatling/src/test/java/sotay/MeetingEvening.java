package sotay;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The meeting evening (issue 12), open model: requests arrive at a fixed offered rate whatever the
 * server answers (a ramp, then a plateau), the way members' phones do. The mix, as shares of all
 * requests (before the login share is taken out of every one of them in proportion):
 * <ul>
 * <li>opening the app, 46%: the news feed, the inbox, the notices list, one notice of that list;</li>
 * <li>the meeting, 24% (members of the cells that meet tonight): the meeting page, its materials,
 * its votes, the check-in with the code, a ballot on the open vote and one on the secret vote;</li>
 * <li>reading, 28%: an article (12%), a party document (8%), a full-text search (8%);</li>
 * <li>the trivial endpoint {@code GET /api/ping}, 2%, for the ratio inside the same run;</li>
 * <li>logins ({@code sotay.loginShare}, 0 by default): members whose token expired log in again.</li>
 * </ul>
 * Every session takes a member at random from the data set (thousands of tokens over thousands of
 * cells) and an article, document and query at random from the whole set: no hot id, no hot account.
 * Members of the meeting cells are taken in turn, so the same member comes back only after all the
 * others (a second check-in is idempotent; a second secret ballot sends the receipt of the first, as
 * the CMS does).
 * <p>
 * Set-up ({@link #before()}, not measured): the admin takes COMMITTEE at the root and opens two fresh
 * votes (open and secret) in each meeting of the evening. Check ({@link #after()}): every vote is closed
 * and its stored {@code cast} must equal the members whose ballot was acknowledged; every member whose
 * check-in was acknowledged must be PRESENT on the roll. The verdict goes to {@code sotay.out}/checks.txt.
 */
public class MeetingEvening extends Simulation {

    static final Data D = Data.load(Conf.str("sotay.data", "../target/province/out"));
    static final double RATE = Conf.dbl("sotay.rate", 3000);
    static final int SECONDS = (int) Conf.dbl("sotay.seconds", 60);
    static final int RAMP = (int) Conf.dbl("sotay.ramp", Math.max(1, Math.min(20, SECONDS / 3)));
    static final double LOGIN = Conf.dbl("sotay.loginShare", 0);
    /** {@code sotay.onlyPing=true}: the whole offered rate on {@code GET /api/ping}, the client's and machine's ceiling. */
    static final boolean ONLY_PING = Boolean.parseBoolean(Conf.str("sotay.onlyPing", "false"));
    static final Setup SETUP = new Setup(Conf.str("sotay.base", "http://127.0.0.1:28481"), Conf.str("sotay.adminToken", ""),
            Conf.str("sotay.out", "../target/scenario"), D, (int) Conf.dbl("sotay.maxMeetings", 1000));

    static final String[] CHOICES = {"YES", "YES", "YES", "NO", "ABSTAIN"};
    static final AtomicLong TURN = new AtomicLong();

    static Iterator<Map<String, Object>> feeder(Supplier<Map<String, Object>> next) {
        return new Iterator<>() {
            public boolean hasNext() {
                return true;
            }

            public Map<String, Object> next() {
                return next.get();
            }
        };
    }

    static <T> T any(List<T> l) {
        return l.get(ThreadLocalRandom.current().nextInt(l.size()));
    }

    /** A member at random: their token. */
    static final Iterator<Map<String, Object>> MEMBERS = feeder(() -> Map.of("token", any(D.members).token()));

    /** The next member of a meeting cell, in turn, with the meeting, its code and tonight's two votes. */
    static final Iterator<Map<String, Object>> ATTENDEES = feeder(() -> {
        List<Data.Member> a = SETUP.attendees;
        Data.Member m = a.get((int) (TURN.getAndIncrement() % a.size()));
        Setup.Evening e = SETUP.evenings.get(m.cellId());
        return Map.of("token", m.token(), "memberId", m.id(), "meetingId", e.meetingId(), "code", e.code(),
                "openVote", e.openVote(), "secretVote", e.secretVote(),
                "choice", CHOICES[ThreadLocalRandom.current().nextInt(CHOICES.length)]);
    });

    static final Iterator<Map<String, Object>> READS = feeder(() -> Map.of("token", any(D.members).token(),
            "article", any(SETUP.articles), "document", any(SETUP.documents), "q", any(D.queries)));

    static final Iterator<Map<String, Object>> LOGINS = feeder(() -> {
        String[] p = any(D.passwords);
        return Map.of("login", p[0], "password", Json.str(p[1]));
    });

    static final String AUTH = "Bearer #{token}";

    static final ChainBuilder APP = feed(MEMBERS)
            .exec(http("GET /api/news (feed)").get("/api/news").header("Authorization", AUTH))
            .exec(http("GET /api/inbox").get("/api/inbox").header("Authorization", AUTH))
            .exec(http("GET /api/notices (list)").get("/api/notices").header("Authorization", AUTH)
                    .check(regex("\"id\":(\\d+)").findRandom().optional().saveAs("notice")))
            .doIf(s -> s.contains("notice")).then(
                    exec(http("GET /api/notices/{id} (open one)").get("/api/notices/#{notice}").header("Authorization", AUTH)));

    static final ChainBuilder MEETING = feed(ATTENDEES)
            .exec(http("GET /api/meetings/{id} (meeting page)").get("/api/meetings/#{meetingId}").header("Authorization", AUTH))
            .exec(http("GET /api/meetings/{id}/materials").get("/api/meetings/#{meetingId}/materials").header("Authorization", AUTH))
            .exec(http("GET /api/meetings/{id}/votes").get("/api/meetings/#{meetingId}/votes").header("Authorization", AUTH))
            .exec(http("POST /api/meetings/{id}/check-in").post("/api/meetings/#{meetingId}/check-in").header("Authorization", AUTH)
                    .body(StringBody("{\"code\":\"#{code}\"}")).asJson()
                    .check(status().in(200, 201).saveAs("checkedIn")))
            .exec(s -> {
                if (s.contains("checkedIn")) {
                    SETUP.checkedIn.computeIfAbsent(s.getLong("meetingId"), k -> ConcurrentHashMap.newKeySet()).add(s.getLong("memberId"));
                }
                return s;
            })
            // the app offers the votes once the member is present: a failed check-in means no ballot
            .doIf(s -> s.contains("checkedIn")).then(
                    exec(s -> tried(s, s.getLong("openVote")))
                    .exec(http("POST …/votes/{voteId}/ballot (open)").post("/api/meetings/#{meetingId}/votes/#{openVote}/ballot")
                            .header("Authorization", AUTH).body(StringBody("{\"choice\":\"#{choice}\"}")).asJson()
                            .check(status().in(200, 201).saveAs("openCast")))
                    .exec(s -> acked(s, "openCast", s.getLong("openVote")))
                    .exec(s -> {
                        tried(s, s.getLong("secretVote"));
                        String receipt = SETUP.receipts.get(s.getLong("secretVote") + "/" + s.getLong("memberId"));
                        return s.set("secretBody", "{\"choice\":\"" + s.getString("choice") + "\""
                                + (receipt == null ? "" : ",\"receipt\":\"" + receipt + "\"") + "}");
                    })
                    .exec(http("POST …/votes/{voteId}/ballot (secret)").post("/api/meetings/#{meetingId}/votes/#{secretVote}/ballot")
                            .header("Authorization", AUTH).body(StringBody("#{secretBody}")).asJson()
                            .check(status().in(200, 201).saveAs("secretCast"),
                                    regex("\"receipt\":\"([^\"]+)\"").optional().saveAs("receipt")))
                    .exec(s -> {
                        if (s.contains("receipt")) {
                            SETUP.receipts.put(s.getLong("secretVote") + "/" + s.getLong("memberId"), s.getString("receipt"));
                        }
                        return acked(s, "secretCast", s.getLong("secretVote"));
                    }));

    static Session tried(Session s, long vote) {
        SETUP.tried.computeIfAbsent(vote, k -> ConcurrentHashMap.newKeySet()).add(s.getLong("memberId"));
        return s;
    }

    static Session acked(Session s, String key, long vote) {
        if (s.contains(key)) {
            SETUP.voted.computeIfAbsent(vote, k -> ConcurrentHashMap.newKeySet()).add(s.getLong("memberId"));
        }
        return s;
    }

    static final ChainBuilder ARTICLE = feed(READS)
            .exec(http("GET /api/news/articles/{id}").get("/api/news/articles/#{article}").header("Authorization", AUTH));
    static final ChainBuilder DOCUMENT = feed(READS)
            .exec(http("GET /api/documents/{id}").get("/api/documents/#{document}").header("Authorization", AUTH));
    static final ChainBuilder SEARCH = feed(READS)
            .exec(http("GET /api/search?q=").get("/api/search").queryParam("q", "#{q}").header("Authorization", AUTH));
    static final ChainBuilder PING = exec(http("GET /api/ping (trivial)").get("/api/ping"));
    static final ChainBuilder LOGIN_CHAIN = feed(LOGINS)
            .exec(http("POST /api/auth/login").post("/api/auth/login")
                    .body(StringBody("{\"login\":\"#{login}\",\"password\":\"#{password}\"}")).asJson());

    /** A population offering {@code share} of the rate in sessions of {@code requests} requests each. */
    static PopulationBuilder population(String name, ChainBuilder chain, double share, double requests) {
        double users = RATE * share * (1 - LOGIN) / requests;
        return scenario(name).exec(chain).injectOpen(profile(users));
    }

    static OpenInjectionStep[] profile(double usersPerSec) {
        return new OpenInjectionStep[] {rampUsersPerSec(usersPerSec / RAMP).to(usersPerSec).during(RAMP),
                constantUsersPerSec(usersPerSec).during(SECONDS)};
    }

    {
        HttpProtocolBuilder protocol = http.baseUrl(SETUP.base)
                // members' phones reach Karaf through the province's reverse proxy, which keeps a pool of
                // upstream connections: one shared keep-alive pool, not a TCP connection per session
                .shareConnections()
                .acceptHeader("application/json")
                .acceptEncodingHeader("gzip")
                .userAgentHeader("sotay-bench/meeting-evening");
        List<PopulationBuilder> p = new ArrayList<>();
        if (ONLY_PING) { // the calibration: what this machine and client hold on the trivial endpoint alone
            p.add(population("ping", PING, 1, 1));
        } else {
            mix(p);
        }
        setUp(p).protocols(protocol).maxDuration(java.time.Duration.ofSeconds(RAMP + SECONDS + 30));
    }

    /** The evening's populations, shares as in the class comment. */
    static void mix(List<PopulationBuilder> p) {
        // the news feed + inbox + notices + one notice: 4 requests (3 when the member has no notice)
        p.add(population("open the app", APP, 0.46, 4));
        if (!SETUP.attendees.isEmpty()) {
            p.add(population("the meeting", MEETING, 0.24, 6));
        }
        p.add(population("an article", ARTICLE, 0.12, 1));
        p.add(population("a document", DOCUMENT, 0.08, 1));
        p.add(population("a search", SEARCH, 0.08, 1));
        p.add(population("ping", PING, 0.02, 1));
        if (LOGIN > 0 && !D.passwords.isEmpty()) {
            p.add(scenario("a login").exec(LOGIN_CHAIN).injectOpen(profile(RATE * LOGIN)));
        }
    }

    @Override
    public void before() {
        SETUP.prepare();
    }

    @Override
    public void after() {
        SETUP.check();
    }

    /** System properties with defaults. */
    static final class Conf {
        static String str(String k, String d) {
            String v = System.getProperty(k);
            return v == null || v.isBlank() ? d : v;
        }

        static double dbl(String k, double d) {
            return Double.parseDouble(str(k, String.valueOf(d)));
        }
    }

    /** JSON string escaping for the few values put into bodies. */
    static final class Json {
        static String str(String s) {
            return s.replace("\\", "\\\\").replace("\"", "\\\"");
        }
    }
}
