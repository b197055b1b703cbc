package sotay;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Set-up and check of the meeting evening, outside the measured run (plain java.net.http): fresh
 * votes in tonight's meetings before, and afterwards the proof that every acknowledged write was kept.
 */
final class Setup {
    /** A meeting of this evening as the run uses it. */
    record Evening(long meetingId, String code, long openVote, long secretVote) {
    }

    final String base;
    final String outDir;
    final Data data;
    final int maxMeetings;
    String chair;
    final Map<Long, Evening> evenings = new ConcurrentHashMap<>();
    final List<Data.Member> attendees = new ArrayList<>();
    /** The articles and documents of the data set that every probed member may open. */
    final List<Long> articles = new ArrayList<>();
    final List<Long> documents = new ArrayList<>();
    final Map<Long, Set<Long>> checkedIn = new ConcurrentHashMap<>();
    final Map<Long, Set<Long>> voted = new ConcurrentHashMap<>();
    final Map<Long, Set<Long>> tried = new ConcurrentHashMap<>();
    final Map<String, String> receipts = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(20)).build();

    Setup(String base, String adminToken, String outDir, Data data, int maxMeetings) {
        this.base = base;
        this.chair = adminToken;
        this.outDir = outDir;
        this.data = data;
        this.maxMeetings = maxMeetings;
        prepareEvenings();
    }

    record Res(int status, String body) {
    }

    Res call(String method, String path, String token, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
        if (token != null && !token.isEmpty()) {
            b.header("Authorization", "Bearer " + token);
        }
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json; charset=UTF-8");
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Res(r.statusCode(), r.body());
        } catch (IOException | InterruptedException e) {
            return new Res(0, String.valueOf(e));
        }
    }

    static String first(String regex, String body) {
        Matcher m = Pattern.compile(regex).matcher(body);
        return m.find() ? m.group(1) : null;
    }

    /**
     * The admin (ADMIN at the root "TU") takes COMMITTEE there so that it runs every meeting, then
     * opens an open and a secret ORDINARY vote in each opened meeting of the evening (at most
     * maxMeetings), on its first agenda item. Runs in the constructor: the populations need to know
     * who meets tonight before the simulation starts.
     */
    private void prepareEvenings() {
        String login = "{\"login\":\"0900000001\",\"password\":\"Demo@2024\"}";
        if (chair.isEmpty()) {
            chair = first("\"token\":\"([^\"]+)\"", call("POST", "/api/auth/login", null, login).body());
        }
        String me = call("GET", "/api/members/me", chair, null).body();
        String tree = call("GET", "/api/org/tree", chair, null).body();
        String memberId = first("\"id\":(\\d+)", me);
        String root = first("\"id\":(\\d+),\"code\":\"TU\"", tree);
        if (memberId == null || root == null) {
            throw new IllegalStateException("the admin token does not work: " + me);
        }
        call("POST", "/api/roles", chair, "{\"memberId\":" + memberId + ",\"role\":\"COMMITTEE\",\"orgId\":" + root + "}");
        String fresh = first("\"token\":\"([^\"]+)\"", call("POST", "/api/auth/login", null, login).body());
        chair = fresh == null ? chair : fresh;
        List<Data.Meeting> open = data.meetings.stream().filter(m -> !m.code().isEmpty()).limit(maxMeetings).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> all = new ArrayList<>();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        for (Data.Meeting m : open) {
            all.add(pool.submit(() -> {
                Res page = call("GET", "/api/meetings/" + m.id(), chair, null);
                String item = first("\\{\"id\":(\\d+),\"position\"", page.body());
                long[] votes = new long[2];
                for (int k = 0; k < 2; k++) {
                    Res v = call("POST", "/api/meetings/" + m.id() + "/votes", chair, "{" + (item == null ? "" : "\"agendaItemId\":" + item + ",")
                            + "\"question\":\"Biểu quyết buổi tối (bench " + (k == 0 ? "công khai" : "kín") + ")\",\"matter\":\"ORDINARY\",\"secret\":"
                            + (k == 1) + "}");
                    String id = v.status() == 201 ? first("\"id\":(\\d+)", v.body()) : null;
                    if (id == null) {
                        failures.add("meeting " + m.id() + ": " + v.status() + " " + v.body());
                        return null;
                    }
                    votes[k] = Long.parseLong(id);
                }
                evenings.putIfAbsent(m.cellId(), new Evening(m.id(), m.code(), votes[0], votes[1]));
                return null;
            }));
        }
        for (Future<?> f : all) {
            try {
                f.get();
            } catch (Exception e) {
                failures.add(String.valueOf(e));
            }
        }
        pool.shutdown();
        // who is on each roll (the admin runs every meeting): exempt members never vote, others vote once present
        Set<Long> onRoll = ConcurrentHashMap.newKeySet();
        Pattern row = Pattern.compile("\\{\"memberId\":(\\d+)[^{}]*?\"status\":\"([A-Z_]+)\"");
        for (Evening e : evenings.values()) {
            Matcher m = row.matcher(call("GET", "/api/meetings/" + e.meetingId() + "/attendees", chair, null).body());
            while (m.find()) {
                if (!m.group(2).equals("EXEMPT")) {
                    onRoll.add(Long.parseLong(m.group(1)));
                }
            }
        }
        for (Data.Member m : data.members) {
            if (evenings.containsKey(m.cellId()) && onRoll.contains(m.id())) {
                attendees.add(m);
            }
        }
        probe(pool2(), "news/articles", data.articles, articles);
        probe(pool2(), "documents", data.documents, documents);
        Collections.shuffle(attendees, new java.util.Random(12));
        System.out.printf("set-up: %d meetings of %d opened tonight get an open and a secret vote; %d members of their cells hold tokens%n",
                evenings.size(), open.size(), attendees.size());
        if (!failures.isEmpty()) {
            System.out.printf("set-up: %d meetings without votes, first: %s%n", failures.size(), failures.get(0));
        }
    }

    /**
     * The vote as read after closing it. The server may still be draining the run's queue (answers
     * lost, 503): read the vote, close it while it is open, again for up to two minutes; a close whose
     * answer was lost shows as CLOSED on the next read.
     */
    private Res closed(String path) {
        Res r = new Res(0, "");
        for (int i = 0; i < 120; i++) {
            r = call("GET", path, chair, null);
            if (r.status() == 200 && r.body().contains("\"status\":\"CLOSED\"")) {
                return r;
            }
            if (r.status() == 200) {
                call("POST", path + "/close", chair, null);
                continue;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return r;
            }
        }
        return r;
    }

    /** A GET retried (lost answers, 503) for up to two minutes, while the server drains the run's queue. */
    private Res get(String path) {
        Res r = call("GET", path, chair, null);
        for (int i = 0; i < 120 && r.status() != 200; i++) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return r;
            }
            r = call("GET", path, chair, null);
        }
        return r;
    }

    private ExecutorService pool2() {
        return Executors.newFixedThreadPool(8);
    }

    /**
     * Keeps the ids (at most 2,000) that four members of different cells may all open: an article or a
     * document addressed to one district answers 404 elsewhere, and a member reads what their
     * handbook shows them.
     */
    private void probe(ExecutorService pool, String kind, List<Long> ids, List<Long> into) {
        List<Data.Member> probes = new ArrayList<>();
        Set<Long> cells = new java.util.HashSet<>();
        List<Data.Member> shuffled = new ArrayList<>(data.members);
        Collections.shuffle(shuffled, new java.util.Random(7));
        for (Data.Member m : shuffled) {
            if (probes.size() < 4 && cells.add(m.cellId())) {
                probes.add(m);
            }
        }
        List<Future<Long>> all = new ArrayList<>();
        for (long id : ids.subList(0, Math.min(ids.size(), 2000))) {
            all.add(pool.submit(() -> probes.stream().allMatch(p -> call("GET", "/api/" + kind + "/" + id, p.token(), null).status() == 200)
                    ? id : null));
        }
        for (Future<Long> f : all) {
            try {
                Long id = f.get();
                if (id != null) {
                    into.add(id);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        pool.shutdown();
        try {
            Files.createDirectories(Path.of(outDir));
            Files.write(Path.of(outDir, kind.replace("news/", "") + ".txt"), into.stream().map(String::valueOf).toList());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        System.out.printf("set-up: %d of %d %s readable by members of %d different cells%n", into.size(), ids.size(), kind, probes.size());
        if (into.isEmpty()) {
            throw new IllegalStateException("no " + kind + " readable by every member");
        }
    }

    void prepare() {
        // everything is prepared in the constructor; nothing is measured before the run
    }

    /**
     * Closes every vote and checks it: its stored cast count lies between the members whose ballot was
     * acknowledged (2xx) and the members who sent one (a ballot that timed out on the client may have
     * been kept: not acknowledged, not a loss); an open vote's closed ballots name every acknowledged
     * member. Then every member whose check-in was acknowledged must be PRESENT on the roll.
     * Writes checks.txt.
     */
    void check() {
        List<String> lines = new ArrayList<>();
        long acks = 0, counted = 0, bad = 0, closed = 0, unacked = 0;
        Pattern voter = Pattern.compile("\\{\"memberId\":(\\d+),");
        for (Evening e : evenings.values()) {
            for (long vote : new long[] {e.openVote(), e.secretVote()}) {
                String path = "/api/meetings/" + e.meetingId() + "/votes/" + vote;
                Res r = closed(path);
                String cast = first("\"result\":\\{[^}]*\"cast\":(\\d+)", r.body());
                Set<Long> acked = voted.getOrDefault(vote, Set.of());
                int sent = tried.getOrDefault(vote, Set.of()).size();
                if (cast == null) {
                    bad++;
                    lines.add("vote " + vote + ": not closed after retries, last answer " + r.status() + " " + r.body());
                    continue;
                }
                long n = Long.parseLong(cast);
                closed++;
                acks += acked.size();
                counted += n;
                unacked += n - acked.size();
                if (n < acked.size() || n > sent) {
                    bad++;
                    lines.add("vote " + vote + ": " + acked.size() + " acknowledged, " + sent + " sent, " + n + " counted");
                }
                if (vote == e.openVote()) {
                    Set<Long> named = new java.util.HashSet<>();
                    Matcher m = voter.matcher(r.body());
                    while (m.find()) {
                        named.add(Long.parseLong(m.group(1)));
                    }
                    for (long member : acked) {
                        if (!named.contains(member)) {
                            bad++;
                            lines.add("open vote " + vote + ": member " + member + "'s acknowledged ballot is not among the closed ballots");
                        }
                    }
                }
            }
        }
        String votes = String.format("ballots: %d votes closed, %d members' ballots acknowledged, %d counted (%d more: sent, kept, "
                + "but not acknowledged in time), %d votes wrong: %s", closed, acks, counted, unacked, bad,
                bad == 0 ? "OK, every acknowledged ballot counted, once (open votes: by name)" : "FAILED");
        long ackedIn = 0, present = 0;
        Pattern row = Pattern.compile("\\{\"memberId\":(\\d+)[^{}]*?\"state\":\"([A-Z_]+)\"");
        for (Map.Entry<Long, Set<Long>> e : checkedIn.entrySet()) {
            Res roll = get("/api/meetings/" + e.getKey() + "/attendees");
            Set<Long> here = new java.util.HashSet<>();
            Matcher m = row.matcher(roll.body());
            while (m.find()) {
                if (m.group(2).equals("PRESENT")) {
                    here.add(Long.parseLong(m.group(1)));
                }
            }
            for (long member : e.getValue()) {
                ackedIn++;
                if (here.contains(member)) {
                    present++;
                } else {
                    lines.add("meeting " + e.getKey() + ": member " + member + " checked in (acknowledged) but not PRESENT");
                }
            }
        }
        String ins = String.format("check-ins: %d acknowledged (distinct members), %d PRESENT on the roll: %s", ackedIn, present,
                ackedIn == present ? "OK, every acknowledged check-in kept" : "FAILED");
        lines.add(0, ins);
        lines.add(0, votes);
        lines.forEach(System.out::println);
        try {
            Files.createDirectories(Path.of(outDir));
            Files.write(Path.of(outDir, "checks.txt"), lines.subList(0, Math.min(lines.size(), 50)));
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
