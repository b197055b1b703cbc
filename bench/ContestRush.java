import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last minute of a contest (issue 13): every participant saves answers and submits at once.
 * Set-up (not measured): the administrator imports a bank of 60 questions at the root, creates
 * CONTESTS contests of QUESTIONS questions open to the whole province, and every participant starts
 * an attempt at each (the start is timed and reported, apart). Measured: on THREADS client threads,
 * each attempt saves ANSWERS answers (PUT .../answers/{no}, a random displayed option, a tenth of
 * them changed once more) then submits. Afterwards each attempt is read back (GET attempts/{id}) and
 * every acknowledged (2xx) answer must be there with the last acknowledged choice, and every
 * acknowledged submission must be submitted.
 * Participants: members.tsv of bench/province.sh (token, memberId, cellId, login) when given, else
 * the demo members of every cell (given a password and logged in here).
 * Usage: java bench/ContestRush.java BASE ADMIN_TOKEN CONTESTS QUESTIONS ANSWERS THREADS PASSWORD [members.tsv]
 */
public class ContestRush {
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(20)).build();
    static String base;
    static final Map<String, List<Long>> LAT = new ConcurrentHashMap<>();
    static final Map<String, AtomicInteger> ERR = new ConcurrentHashMap<>();
    static final Map<String, AtomicInteger> CODES = new ConcurrentHashMap<>();

    record Res(int status, String body) {
    }

    static Res call(String op, String method, String path, String token, String type, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", type);
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

    static Res json(String op, String method, String path, String token, String body) {
        return call(op, method, path, token, "application/json; charset=UTF-8", body);
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

    record Member(long id, String token) {
    }

    /** One attempt: its id, its member, how many options each displayed question has. */
    record Attempt(long id, Member member, int[] options) {
    }

    public static void main(String[] a) throws Exception {
        base = a[0];
        String admin = a[1];
        int contests = Integer.parseInt(a[2]);
        int questions = Integer.parseInt(a[3]);
        int answers = Math.min(Integer.parseInt(a[4]), questions);
        int threads = Integer.parseInt(a[5]);
        String password = a[6];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        String tree = must(json(null, "GET", "/api/org/tree", admin, null), 200, "tree").body();
        long root = Long.parseLong(first("\"id\":(\\d+),\"code\":\"TU\"", tree));

        List<Member> members = a.length > 7 ? fromTsv(Path.of(a[7])) : demoMembers(tree, admin, password, pool);
        System.out.printf("participants: %d members with tokens%n", members.size());

        StringBuilder csv = new StringBuilder("Chủ đề;Mức độ;Câu hỏi;Phương án A;Phương án B;Phương án C;Phương án D;Đáp án\n");
        for (int i = 1; i <= Math.max(60, questions); i++) {
            csv.append("Điều lệ Đảng;").append(1 + i % 3).append(";Câu hỏi đo tải số ").append(i)
                    .append(" về Điều lệ Đảng?;Đúng;Sai một;Sai hai;Sai ba;A\n");
        }
        long bank = Long.parseLong(first("\"id\":(\\d+)", must(json(null, "POST", "/api/study/banks", admin,
                "{\"orgId\":" + root + ",\"name\":\"Ngân hàng đo tải " + System.nanoTime() + "\"}"), 201, "bank").body()));
        must(call(null, "POST", "/api/study/banks/" + bank + "/import", admin, "text/csv; charset=UTF-8", csv.toString()), 200, "import");
        List<Long> contestIds = new ArrayList<>();
        for (int c = 0; c < contests; c++) {
            contestIds.add(Long.parseLong(first("\"id\":(\\d+)", must(json(null, "POST", "/api/study/contests", admin,
                    "{\"orgId\":" + root + ",\"bankId\":" + bank + ",\"kind\":\"CONTEST\",\"title\":\"Cuộc thi đo tải " + c
                            + "\",\"questionCount\":" + questions + ",\"minutes\":120,\"opensAt\":\"" + Instant.now().minusSeconds(60)
                            + "\",\"closesAt\":\"" + Instant.now().plusSeconds(3 * 3600) + "\"}"), 201, "contest").body())));
        }

        // every participant starts an attempt at each contest (reported apart: the first minute)
        List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> starts = new ArrayList<>();
        long s0 = System.nanoTime();
        for (Member m : members) {
            for (long contest : contestIds) {
                starts.add(pool.submit(() -> {
                    Res r = json("POST start", "POST", "/api/study/contests/" + contest + "/attempts", m.token(), null);
                    if (r.status() == 201 || r.status() == 200) {
                        List<String> opts = all("\"options\":\\[(.*?)\\],\"chosen\"", r.body());
                        int[] counts = opts.stream().mapToInt(o -> o.split("\\},\\{").length).toArray();
                        attempts.add(new Attempt(Long.parseLong(first("^\\{\"id\":(\\d+)", r.body())), m, counts));
                    }
                    return null;
                }));
            }
        }
        for (Future<?> f : starts) {
            f.get();
        }
        double startSeconds = (System.nanoTime() - s0) / 1e9;
        System.out.printf("started: %d attempts in %.1f s%n", attempts.size(), startSeconds);

        // the last minute: save answers, then submit, all at once
        Map<Long, Map<Integer, Integer>> acked = new ConcurrentHashMap<>();
        Map<Long, Boolean> submitted = new ConcurrentHashMap<>();
        long t0 = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (Attempt at : attempts) {
            work.add(pool.submit(() -> {
                Map<Integer, Integer> mine = new ConcurrentHashMap<>();
                acked.put(at.id(), mine);
                for (int no = 1; no <= Math.min(answers, at.options().length); no++) {
                    int pick = ThreadLocalRandom.current().nextInt(at.options()[no - 1]);
                    for (int k = 0; k < (ThreadLocalRandom.current().nextInt(10) == 0 ? 2 : 1); k++) {
                        if (k == 1) {
                            pick = (pick + 1) % at.options()[no - 1];
                        }
                        Res r = json(k == 0 ? "PUT answer" : "PUT answer (change)", "PUT",
                                "/api/study/attempts/" + at.id() + "/answers/" + no, at.member().token(), "{\"choices\":[" + pick + "]}");
                        if (r.status() == 200) {
                            mine.put(no, pick);
                        }
                    }
                }
                Res r = json("POST submit", "POST", "/api/study/attempts/" + at.id() + "/submit", at.member().token(), null);
                if (r.status() == 200) {
                    submitted.put(at.id(), true);
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;

        // the check: every acknowledged answer is stored with its last acknowledged choice
        AtomicInteger missing = new AtomicInteger(), wrong = new AtomicInteger(), unsubmitted = new AtomicInteger();
        AtomicInteger checked = new AtomicInteger();
        List<Future<?>> reads = new ArrayList<>();
        for (Attempt at : attempts) {
            reads.add(pool.submit(() -> {
                Res r = must(json(null, "GET", "/api/study/attempts/" + at.id(), at.member().token(), null), 200, "read back");
                if (submitted.containsKey(at.id()) && first("\"submitted\":(true)", r.body()) == null) {
                    unsubmitted.incrementAndGet();
                }
                Map<Integer, String> chosen = new java.util.HashMap<>();
                Matcher m = Pattern.compile("\\{\"no\":(\\d+),.*?\"chosen\":\\[([0-9,]*)\\]").matcher(r.body());
                while (m.find()) {
                    chosen.put(Integer.parseInt(m.group(1)), m.group(2));
                }
                acked.get(at.id()).forEach((no, pick) -> {
                    checked.incrementAndGet();
                    String got = chosen.get(no);
                    if (got == null || got.isEmpty()) {
                        missing.incrementAndGet();
                    } else if (!got.equals(String.valueOf(pick))) {
                        wrong.incrementAndGet();
                    }
                });
                return null;
            }));
        }
        for (Future<?> f : reads) {
            f.get();
        }
        pool.shutdown();

        List<Long> allLat = new ArrayList<>();
        for (String op : List.of("PUT answer", "PUT answer (change)", "POST submit")) {
            allLat.addAll(LAT.getOrDefault(op, List.of()));
        }
        int subs = LAT.getOrDefault("POST submit", List.of()).size();
        int saves = LAT.getOrDefault("PUT answer", List.of()).size() + LAT.getOrDefault("PUT answer (change)", List.of()).size();
        System.out.println();
        System.out.println("| operation | requests | p50 | p99 | errors |");
        System.out.println("|---|---|---|---|---|");
        for (String op : List.of("POST start", "PUT answer", "PUT answer (change)", "POST submit")) {
            List<Long> l = LAT.getOrDefault(op, List.of());
            System.out.printf("| %s | %d | %s | %s | %d |%n", op, l.size(), pct(l, 50), pct(l, 99), ERR.getOrDefault(op, new AtomicInteger()).get());
        }
        System.out.printf("| last minute (saves + submits) | %d | %s | %s | %d |%n", allLat.size(), pct(allLat, 50), pct(allLat, 99),
                ERR.entrySet().stream().filter(e -> !e.getKey().equals("POST start")).mapToInt(e -> e.getValue().get()).sum());
        System.out.printf("%n%d members, %d contests, %d attempts, %d answers each: last minute %d requests in %.1f s = %.0f req/s;"
                + " %d submissions = %.1f submissions/s; %d saves = %.0f saves/s%n", members.size(), contests, attempts.size(), answers,
                allLat.size(), seconds, allLat.size() / seconds, subs, subs / seconds, saves, saves / seconds);
        System.out.printf("error codes: %s%n", CODES);
        boolean ok = missing.get() == 0 && wrong.get() == 0 && unsubmitted.get() == 0;
        System.out.printf("check: %d acknowledged answers read back, %d missing, %d with another choice; %d acknowledged submissions,"
                + " %d not submitted: %s%n", checked.get(), missing.get(), wrong.get(), submitted.size(), unsubmitted.get(),
                ok ? "OK, every acknowledged answer was kept" : "FAILED");
        System.exit(ok ? 0 : 1);
    }

    static List<Member> fromTsv(Path tsv) throws Exception {
        List<Member> out = new ArrayList<>();
        for (String line : Files.readAllLines(tsv)) {
            String[] f = line.split("\t");
            if (f.length >= 2 && !f[0].isBlank() && f[1].matches("\\d+")) {
                out.add(new Member(Long.parseLong(f[1]), f[0]));
            }
        }
        return out;
    }

    /** Every official or probationary demo member (not a 09000000xx demo account) with a password, logged in. */
    static List<Member> demoMembers(String tree, String admin, String password, ExecutorService pool) throws Exception {
        List<Long> cells = new ArrayList<>();
        Matcher c = Pattern.compile("\\{\"id\":(\\d+)[^{}]*?\"type\":\"CELL\"").matcher(tree);
        while (c.find()) {
            cells.add(Long.parseLong(c.group(1)));
        }
        List<Member> out = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> jobs = new ArrayList<>();
        for (long cell : cells) {
            jobs.add(pool.submit(() -> {
                String body = must(json(null, "GET", "/api/members?org=" + cell + "&limit=100", admin, null), 200, "members").body();
                Matcher m = Pattern.compile("\\{\"id\":(\\d+)[^{}]*?\"phone\":\"(\\d+)\"[^{}]*?\"cellId\":" + cell
                        + "[^{}]*?\"status\":\"(OFFICIAL|PROBATIONARY)\"").matcher(body);
                while (m.find()) {
                    if (m.group(2).startsWith("090000000")) {
                        continue;
                    }
                    if (json(null, "POST", "/api/accounts/" + m.group(1) + "/password", admin, "{\"password\":\"" + password + "\"}").status() != 204) {
                        continue;
                    }
                    String t = first("\"token\":\"([^\"]+)\"", json(null, "POST", "/api/auth/login", null,
                            "{\"login\":\"" + m.group(2) + "\",\"password\":\"" + password + "\"}").body());
                    if (t != null) {
                        out.add(new Member(Long.parseLong(m.group(1)), t));
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : jobs) {
            f.get();
        }
        return out;
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
