import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The meeting day (issue 11): members of many cells open their meeting, its votes, check in and vote
 * at once. Set-up (not measured): a bench chair with COMMITTEE at the root announces and opens one
 * meeting per cell, marks its members present (so that votes count even if a check-in fails), and
 * opens two votes per round and meeting (an open and a secret ORDINARY ballot). Measured: every
 * member on THREADS threads runs GET meeting, GET votes, POST check-in, then per round a ballot on
 * each vote (a fifth of them change their open ballot once more). Afterwards the chair closes every
 * vote and the check compares each closed vote's cast count with the members whose ballot was
 * acknowledged (2xx): every acknowledged ballot must be counted exactly once.
 * Usage: java bench/MeetingDay.java BASE ADMIN_TOKEN CELLS ROUNDS THREADS PASSWORD
 */
public class MeetingDay {
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(20)).build();
    static String base;
    static final Map<String, List<Long>> LAT = new ConcurrentHashMap<>();
    static final Map<String, AtomicInteger> ERR = new ConcurrentHashMap<>();
    static final Map<String, AtomicInteger> CODES = new ConcurrentHashMap<>();

    record Res(int status, String body) {
    }

    static Res call(String op, String method, String path, String token, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json; charset=UTF-8");
        }
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (op != null) {
                LAT.computeIfAbsent(op, k -> Collections.synchronizedList(new ArrayList<>())).add(System.nanoTime() - t0);
                if (r.statusCode() >= 300) {
                    ERR.computeIfAbsent(op, k -> new AtomicInteger()).incrementAndGet();
                    CODES.computeIfAbsent(op + " " + r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                }
            }
            return new Res(r.statusCode(), r.body());
        } catch (Exception e) {
            if (op != null) {
                ERR.computeIfAbsent(op, k -> new AtomicInteger()).incrementAndGet();
                CODES.computeIfAbsent(op + " " + e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
            }
            return new Res(0, String.valueOf(e));
        }
    }

    static Res must(Res r, int status, String what) {
        if (r.status() != status) {
            throw new IllegalStateException(what + ": " + r.status() + " " + r.body());
        }
        return r;
    }

    static List<String> all(String regex, String body) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(body);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    static String first(String regex, String body) {
        List<String> a = all(regex, body);
        return a.isEmpty() ? null : a.get(0);
    }

    record Member(long id, String phone, String token) {
    }

    record Meeting(long id, long cell, String code, List<Long> items, List<Member> members) {
    }

    public static void main(String[] a) throws Exception {
        base = a[0];
        String admin = a[1];
        int cells = Integer.parseInt(a[2]);
        int rounds = Integer.parseInt(a[3]);
        int threads = Integer.parseInt(a[4]);
        String password = a[5];
        ExecutorService pool = Executors.newFixedThreadPool(threads);

        String tree = must(call(null, "GET", "/api/org/tree", admin, null), 200, "tree").body();
        long root = Long.parseLong(first("\"id\":(\\d+),\"code\":\"TU\"", tree));
        List<Long> cellIds = new ArrayList<>();
        for (String id : all("\"id\":(\\d+),\"code\":\"[^\"]*\",\"name\":\"[^\"]*\",\"type\":\"CELL\"", tree)) {
            cellIds.add(Long.parseLong(id));
        }
        if (cellIds.isEmpty()) {
            Matcher m = Pattern.compile("\\{\"id\":(\\d+)[^{}]*?\"type\":\"CELL\"").matcher(tree);
            while (m.find()) {
                cellIds.add(Long.parseLong(m.group(1)));
            }
        }
        // the chair: a member of the first cell not used as a meeting's cell, COMMITTEE at the root
        long chairCell = cellIds.remove(cellIds.size() - 1);
        String chairMembers = must(call(null, "GET", "/api/members?org=" + chairCell + "&limit=100", admin, null), 200, "members").body();
        long chairId = Long.parseLong(first("\"id\":(\\d+)", chairMembers));
        String chairPhone = first("\"phone\":\"(\\d+)\"", chairMembers);
        must(call(null, "POST", "/api/accounts/" + chairId + "/password", admin, "{\"password\":\"" + password + "\"}"), 204, "chair password");
        call(null, "POST", "/api/roles", admin, "{\"memberId\":" + chairId + ",\"role\":\"COMMITTEE\",\"orgId\":" + root + "}");
        String chair = first("\"token\":\"([^\"]+)\"", must(call(null, "POST", "/api/auth/login", null,
                "{\"login\":\"" + chairPhone + "\",\"password\":\"" + password + "\"}"), 200, "chair login").body());

        // accounts for the members of CELLS cells, then a meeting per cell, opened, everybody marked present
        List<Meeting> meetings = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> setup = new ArrayList<>();
        for (long cell : cellIds.subList(0, Math.min(cells, cellIds.size()))) {
            setup.add(pool.submit(() -> {
                String body = must(call(null, "GET", "/api/members?org=" + cell + "&limit=100", admin, null), 200, "members").body();
                List<Member> ms = new ArrayList<>();
                Matcher m = Pattern.compile("\\{\"id\":(\\d+)[^{}]*?\"phone\":\"(\\d+)\"[^{}]*?\"cellId\":" + cell
                        + "[^{}]*?\"status\":\"(OFFICIAL|PROBATIONARY)\"").matcher(body);
                while (m.find()) {
                    if (m.group(2).startsWith("090000000") || Long.parseLong(m.group(1)) == chairId) {
                        continue;
                    }
                    if (call(null, "POST", "/api/accounts/" + m.group(1) + "/password", admin, "{\"password\":\"" + password + "\"}").status() != 204) {
                        continue;
                    }
                    String t = first("\"token\":\"([^\"]+)\"", call(null, "POST", "/api/auth/login", null,
                            "{\"login\":\"" + m.group(2) + "\",\"password\":\"" + password + "\"}").body());
                    if (t != null) {
                        ms.add(new Member(Long.parseLong(m.group(1)), m.group(2), t));
                    }
                }
                if (ms.isEmpty()) {
                    return null;
                }
                String ann = must(call(null, "POST", "/api/meetings", chair, "{\"orgId\":" + cell + ",\"kind\":\"REGULAR\",\"title\":\"Sinh hoạt chi bộ (bench)\","
                        + "\"place\":\"Hội trường\",\"startsAt\":\"" + Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "\","
                        + "\"agenda\":[{\"title\":\"Nghị quyết tháng\"},{\"title\":\"Kết nạp đảng viên\"}]}"), 201, "announce").body();
                long id = Long.parseLong(first("\"id\":(\\d+)", ann));
                List<Long> items = all("\\{\"id\":(\\d+),\"position\"", ann).stream().map(Long::parseLong).toList();
                String code = first("\"checkinCode\":\"(\\d+)\"", must(call(null, "POST", "/api/meetings/" + id + "/open", chair, null), 200, "open").body());
                for (Member x : ms) {
                    must(call(null, "PUT", "/api/meetings/" + id + "/attendees/" + x.id(), chair, "{\"state\":\"PRESENT\"}"), 200, "mark");
                }
                meetings.add(new Meeting(id, cell, code, items, ms));
                return null;
            }));
        }
        for (Future<?> f : setup) {
            f.get();
        }
        int members = meetings.stream().mapToInt(x -> x.members().size()).sum();
        System.out.printf("set-up: %d meetings, %d members with tokens%n", meetings.size(), members);

        // the measured phase: every member opens the meeting and its votes, checks in, and votes round after round
        Map<Long, Set<Long>> acked = new ConcurrentHashMap<>();
        Map<Long, long[]> votesOf = new ConcurrentHashMap<>();
        for (Meeting m : meetings) {
            long[] v = new long[rounds * 2];
            for (int r = 0; r < rounds; r++) {
                for (int k = 0; k < 2; k++) {
                    v[r * 2 + k] = Long.parseLong(first("\"id\":(\\d+)", must(call(null, "POST", "/api/meetings/" + m.id() + "/votes", chair,
                            "{\"agendaItemId\":" + m.items().get(k) + ",\"question\":\"Biểu quyết vòng " + r + "\",\"matter\":\"ORDINARY\",\"secret\":"
                                    + (k == 1) + "}"), 201, "vote").body()));
                    acked.put(v[r * 2 + k], ConcurrentHashMap.newKeySet());
                }
            }
            votesOf.put(m.id(), v);
        }
        long t0 = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (Meeting m : meetings) {
            for (Member x : m.members()) {
                work.add(pool.submit(() -> {
                    String p = "/api/meetings/" + m.id();
                    call("GET meeting", "GET", p, x.token(), null);
                    call("GET votes", "GET", p + "/votes", x.token(), null);
                    call("POST check-in", "POST", p + "/check-in", x.token(), "{\"code\":\"" + m.code() + "\"}");
                    for (long vote : votesOf.get(m.id())) {
                        String choice = List.of("YES", "YES", "NO", "ABSTAIN").get(ThreadLocalRandom.current().nextInt(4));
                        Res r = call("POST ballot", "POST", p + "/votes/" + vote + "/ballot", x.token(), "{\"choice\":\"" + choice + "\"}");
                        if (r.status() >= 200 && r.status() < 300) {
                            acked.get(vote).add(x.id());
                        }
                        if (ThreadLocalRandom.current().nextInt(5) == 0 && !r.body().contains("\"receipt\":\"")) {
                            call("POST ballot (change)", "POST", p + "/votes/" + vote + "/ballot", x.token(), "{\"choice\":\"NO\"}");
                        }
                    }
                    return null;
                }));
            }
        }
        for (Future<?> f : work) {
            f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;

        // the check: close every vote; its stored cast count must equal the members acknowledged
        int bad = 0, closed = 0;
        long counted = 0, acks = 0;
        for (Meeting m : meetings) {
            for (long vote : votesOf.get(m.id())) {
                String c = must(call(null, "POST", "/api/meetings/" + m.id() + "/votes/" + vote + "/close", chair, null), 200, "close").body();
                long cast = Long.parseLong(first("\"result\":\\{[^}]*\"cast\":(\\d+)", c));
                closed++;
                counted += cast;
                acks += acked.get(vote).size();
                if (cast != acked.get(vote).size()) {
                    bad++;
                    System.out.printf("vote %d: %d acknowledged, %d counted%n", vote, acked.get(vote).size(), cast);
                }
            }
        }
        pool.shutdown();
        List<Long> allLat = new ArrayList<>();
        LAT.values().forEach(allLat::addAll);
        int requests = allLat.size();
        int ballots = LAT.getOrDefault("POST ballot", List.of()).size() + LAT.getOrDefault("POST ballot (change)", List.of()).size();
        System.out.println();
        System.out.println("| operation | requests | p50 | p99 | errors |");
        System.out.println("|---|---|---|---|---|");
        for (String op : List.of("GET meeting", "GET votes", "POST check-in", "POST ballot", "POST ballot (change)")) {
            List<Long> l = LAT.getOrDefault(op, List.of());
            System.out.printf("| %s | %d | %s | %s | %d |%n", op, l.size(), pct(l, 50), pct(l, 99), ERR.getOrDefault(op, new AtomicInteger()).get());
        }
        System.out.printf("| all | %d | %s | %s | %d |%n", requests, pct(allLat, 50), pct(allLat, 99),
                ERR.values().stream().mapToInt(AtomicInteger::get).sum());
        System.out.printf("%nmembers %d in %d meetings, %d rounds: %d requests in %.1f s = %.0f req/s; %d ballots = %.0f votes/s%n",
                members, meetings.size(), rounds, requests, seconds, requests / seconds, ballots, ballots / seconds);
        System.out.printf("error codes: %s%n", CODES);
        System.out.printf("check: %d votes closed, %d ballots acknowledged, %d counted, %d votes differing: %s%n",
                closed, acks, counted, bad, bad == 0 && acks == counted ? "OK, every acknowledged ballot counted exactly once" : "FAILED");
        System.exit(bad == 0 ? 0 : 1);
    }

    static String pct(List<Long> l, int p) {
        if (l.isEmpty()) {
            return "-";
        }
        List<Long> s = new ArrayList<>(l);
        Collections.sort(s);
        return String.format("%.1f ms", s.get(Math.min(s.size() - 1, (int) Math.ceil(p / 100.0 * s.size()) - 1)) / 1e6);
    }
}
