import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Check-ins and ballots of the meeting evening alone, in an OPEN model (issue 12, group commit):
 * requests arrive at RATE a second whatever the server answers, half check-ins, half ballots, for
 * SECONDS, against one or more servers holding the same province data set (bench/province.sh), each
 * run in turn ("before" and "after" side by side). Per server: set-up (not measured) the chair
 * (0900000001, COMMITTEE at the root) opens one fresh open vote in each of the first MEETINGS
 * meetings of meetings.tsv and marks the members of members.tsv in those cells ABSENT, so that every
 * check-in is a real write; then the load: a check-in slot takes the next member not yet checked in,
 * a ballot slot the next member whose check-in was acknowledged (a first ballot inserts, a later one
 * changes it: always a write). Latency counts from the moment the request was due. A request not
 * answered within 10 s is a timeout. Check afterwards: every acknowledged check-in is PRESENT on the
 * roll, and every member whose ballot was acknowledged is among the open vote's ballots after the
 * chair closed it.
 * Usage: java bench/VitalWrites.java DATA_DIR RATE SECONDS MEETINGS name=BASE [name=BASE ...] [ROUNDS]
 * (bench/vital-writes.sh runs it).
 */
public class VitalWrites {
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    record Res(int status, String body) {
    }

    record Member(String token, long id, long cell) {
    }

    static Res call(String base, String method, String path, String token, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json; charset=UTF-8");
        }
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Res(r.statusCode(), r.body());
        } catch (Exception e) {
            return new Res(-1, String.valueOf(e));
        }
    }

    static String first(String regex, String s) {
        Matcher m = Pattern.compile(regex).matcher(s == null ? "" : s);
        return m.find() ? m.group(1) : null;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rate = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int meetings = Integer.parseInt(args[3]);
        List<String[]> servers = new ArrayList<>();
        int rounds = 1;
        for (int i = 4; i < args.length; i++) {
            if (args[i].contains("=")) {
                servers.add(args[i].split("=", 2));
            } else {
                rounds = Integer.parseInt(args[i]);
            }
        }
        Map<Long, long[]> byCell = new HashMap<>(); // cell -> {meeting id, code}
        for (String l : Files.readAllLines(dir.resolve("meetings.tsv"))) {
            String[] f = l.split("\t");
            if (f.length >= 3 && !f[2].isEmpty() && byCell.size() < meetings) {
                byCell.put(Long.parseLong(f[1]), new long[] {Long.parseLong(f[0]), Long.parseLong(f[2])});
            }
        }
        List<Member> members = new ArrayList<>();
        for (String l : Files.readAllLines(dir.resolve("members.tsv"))) {
            String[] f = l.split("\t");
            if (byCell.containsKey(Long.parseLong(f[2]))) {
                members.add(new Member(f[0], Long.parseLong(f[1]), Long.parseLong(f[2])));
            }
        }
        Collections.shuffle(members, new java.util.Random(7));
        List<String> table = new ArrayList<>();
        table.add("| round | server | offered | check-ins acked | ballots acked | answered/s | check-in p50 | check-in p99 | ballot p50 | ballot p99 | errors | check |");
        table.add("|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (int r = 1; r <= rounds; r++) {
            for (String[] s : servers) {
                table.add(run(r, s[0], s[1], rate, seconds, byCell, members));
                System.out.println(table.get(table.size() - 1));
            }
        }
        System.out.println();
        table.forEach(System.out::println);
    }

    static String run(int round, String name, String base, int rate, int seconds, Map<Long, long[]> byCell, List<Member> members)
            throws Exception {
        String login = "{\"login\":\"0900000001\",\"password\":\"Demo@2024\"}";
        String chair = first("\"token\":\"([^\"]+)\"", call(base, "POST", "/auth/login", null, login).body());
        String me = call(base, "GET", "/members/me", chair, null).body();
        String tree = call(base, "GET", "/org/tree", chair, null).body();
        call(base, "POST", "/roles", chair, "{\"memberId\":" + first("\"id\":(\\d+)", me) + ",\"role\":\"COMMITTEE\",\"orgId\":"
                + first("\"id\":(\\d+),\"code\":\"TU\"", tree) + "}");
        chair = first("\"token\":\"([^\"]+)\"", call(base, "POST", "/auth/login", null, login).body());
        String ch = chair;
        Map<Long, Long> voteOf = new ConcurrentHashMap<>(); // meeting -> open vote
        ExecutorService setup = Executors.newFixedThreadPool(8);
        List<Future<?>> all = new ArrayList<>();
        for (long[] m : byCell.values()) {
            all.add(setup.submit(() -> {
                String item = first("\\{\"id\":(\\d+),\"position\"", call(base, "GET", "/meetings/" + m[0], ch, null).body());
                Res v = call(base, "POST", "/meetings/" + m[0] + "/votes", ch, "{" + (item == null ? "" : "\"agendaItemId\":" + item + ",")
                        + "\"question\":\"Bench ghi quan trọng\",\"matter\":\"ORDINARY\",\"secret\":false}");
                if (v.status() == 201) {
                    voteOf.put(m[0], Long.parseLong(first("\"id\":(\\d+)", v.body())));
                }
                return null;
            }));
        }
        for (Member mb : members) {
            all.add(setup.submit(() -> call(base, "PUT", "/meetings/" + byCell.get(mb.cell())[0] + "/attendees/" + mb.id(), ch,
                    "{\"state\":\"ABSENT\"}")));
        }
        for (Future<?> f : all) {
            f.get();
        }
        all.clear();
        // each member's first request of the day resolves the token and records the visit: not measured
        for (Member mb : members) {
            all.add(setup.submit(() -> call(base, "GET", "/meetings/" + byCell.get(mb.cell())[0], mb.token(), null)));
        }
        for (Future<?> f : all) {
            f.get();
        }
        setup.shutdown();
        // the load
        ConcurrentLinkedQueue<Member> toCheckIn = new ConcurrentLinkedQueue<>(members);
        ConcurrentLinkedQueue<Member> present = new ConcurrentLinkedQueue<>();
        Set<Long> checkedIn = ConcurrentHashMap.newKeySet();
        Set<Long> voted = ConcurrentHashMap.newKeySet();
        List<Long> latC = Collections.synchronizedList(new ArrayList<>());
        List<Long> latB = Collections.synchronizedList(new ArrayList<>());
        Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
        AtomicInteger inFlight = new AtomicInteger();
        var timer = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        long total = (long) rate * seconds;
        AtomicInteger sent = new AtomicInteger();
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        timer.scheduleAtFixedRate(() -> {
            long due = (System.nanoTime() - start) * rate / 1_000_000_000L;
            while (sent.get() < Math.min(due, total)) {
                int k = sent.getAndIncrement();
                long dueAt = start + k * 1_000_000_000L / rate;
                Member m;
                boolean checkIn = (k % 2 == 0 || present.isEmpty()) && !toCheckIn.isEmpty();
                HttpRequest.Builder b;
                if (!checkIn && present.isEmpty()) {
                    errors.computeIfAbsent("no member free", x -> new AtomicInteger()).incrementAndGet();
                    continue;
                }
                if (checkIn) {
                    m = toCheckIn.poll();
                    if (m == null) {
                        errors.computeIfAbsent("no member free", x -> new AtomicInteger()).incrementAndGet();
                        continue;
                    }
                    long[] mt = byCell.get(m.cell());
                    b = HttpRequest.newBuilder(URI.create(base + "/meetings/" + mt[0] + "/check-in"))
                            .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + String.format("%06d", mt[1]) + "\"}"));
                } else {
                    m = present.poll();
                    if (m == null) {
                        errors.computeIfAbsent("no member free", x -> new AtomicInteger()).incrementAndGet();
                        continue;
                    }
                    long mid = byCell.get(m.cell())[0];
                    Long vote = voteOf.get(mid);
                    if (vote == null) {
                        continue;
                    }
                    b = HttpRequest.newBuilder(URI.create(base + "/meetings/" + mid + "/votes/" + vote + "/ballot"))
                            .POST(HttpRequest.BodyPublishers.ofString("{\"choice\":\"" + (k % 3 == 0 ? "NO" : "YES") + "\"}"));
                }
                b.header("Authorization", "Bearer " + m.token()).header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(10));
                Member who = m;
                inFlight.incrementAndGet();
                HTTP.sendAsync(b.build(), HttpResponse.BodyHandlers.ofString()).whenComplete((res, ex) -> {
                    long ms = (System.nanoTime() - dueAt) / 1_000_000L;
                    inFlight.decrementAndGet();
                    if (ex != null) {
                        errors.computeIfAbsent(ex instanceof java.net.http.HttpTimeoutException
                                || ex.getCause() instanceof java.net.http.HttpTimeoutException ? "timeout" : ex.getClass().getSimpleName(),
                                x -> new AtomicInteger()).incrementAndGet();
                        return;
                    }
                    if (res.statusCode() >= 300) {
                        errors.computeIfAbsent((checkIn ? "check-in " : "ballot ") + res.statusCode(), x -> new AtomicInteger())
                                .incrementAndGet();
                        if (checkIn) {
                            toCheckIn.add(who);
                        } else {
                            present.add(who);
                        }
                        return;
                    }
                    if (checkIn && !res.body().contains("\"state\":\"PRESENT\"")) {
                        errors.computeIfAbsent("check-in 2xx not PRESENT: " + res.body(), x -> new AtomicInteger()).incrementAndGet();
                    }
                    (checkIn ? latC : latB).add(ms);
                    (checkIn ? checkedIn : voted).add(who.id());
                    present.add(who);
                });
            }
            if (sent.get() >= total) {
                done.countDown();
            }
        }, 0, 1, TimeUnit.MILLISECONDS);
        done.await();
        timer.shutdownNow();
        double elapsed = (System.nanoTime() - start) / 1e9;
        for (int i = 0; i < 150 && inFlight.get() > 0; i++) {
            Thread.sleep(100);
        }
        double answered = (latC.size() + latB.size()) / elapsed;
        // the check
        int missingC = 0, missingB = 0;
        Set<Long> meetingsDone = new java.util.HashSet<>();
        for (Member mb : members) {
            meetingsDone.add(byCell.get(mb.cell())[0]);
        }
        Set<Long> presentRows = new java.util.HashSet<>();
        Set<Long> ballotRows = new java.util.HashSet<>();
        Pattern row = Pattern.compile("\\{\"memberId\":(\\d+)[^{}]*?\"state\":\"PRESENT\"");
        Pattern ballot = Pattern.compile("\\{\"memberId\":(\\d+),\"fullName\"");
        for (long mid : meetingsDone) {
            Res roll = call(base, "GET", "/meetings/" + mid + "/attendees", chair, null);
            for (int i = 0; i < 5 && roll.status() != 200; i++) {
                roll = call(base, "GET", "/meetings/" + mid + "/attendees", chair, null);
            }
            Matcher m = row.matcher(roll.body());
            while (m.find()) {
                presentRows.add(Long.parseLong(m.group(1)));
            }
            Long vote = voteOf.get(mid);
            if (vote != null) {
                Res c = call(base, "POST", "/meetings/" + mid + "/votes/" + vote + "/close", chair, null);
                for (int i = 0; i < 5 && c.status() != 200; i++) {
                    c = call(base, "GET", "/meetings/" + mid + "/votes/" + vote, chair, null);
                }
                Matcher b = ballot.matcher(c.body());
                while (b.find()) {
                    ballotRows.add(Long.parseLong(b.group(1)));
                }
            }
        }
        List<Long> lostC = new ArrayList<>(), lostB = new ArrayList<>();
        for (long id : checkedIn) {
            missingC += presentRows.contains(id) ? 0 : 1;
            if (!presentRows.contains(id)) {
                lostC.add(id);
            }
        }
        for (long id : voted) {
            missingB += ballotRows.contains(id) ? 0 : 1;
            if (!ballotRows.contains(id)) {
                lostB.add(id);
            }
        }
        if (!lostC.isEmpty()) { // read the rolls again: a first read may have failed under the backlog
            Thread.sleep(2000);
            Set<Long> again = new java.util.HashSet<>();
            for (Member mb : members) {
                if (lostC.contains(mb.id())) {
                    Matcher m = row.matcher(call(base, "GET", "/meetings/" + byCell.get(mb.cell())[0] + "/attendees", chair, null).body());
                    while (m.find()) {
                        again.add(Long.parseLong(m.group(1)));
                    }
                }
            }
            System.out.println("missing check-ins present on a second read: " + lostC.stream().filter(again::contains).toList());
            lostC.removeIf(again::contains);
            missingC = lostC.size();
        }
        if (!lostC.isEmpty() || !lostB.isEmpty()) {
            System.out.println("missing check-ins (member ids): " + lostC + "; missing ballots: " + lostB);
        }
        String check = missingC == 0 && missingB == 0 ? "OK" : "LOST: " + missingC + " check-ins, " + missingB + " ballots";
        return String.format("| %d | %s | %d/s × %d s | %d | %d | %.0f | %d ms | %d ms | %d ms | %d ms | %s | %s |", round, name, rate,
                seconds, latC.size(), latB.size(), answered, pct(latC, 50), pct(latC, 99), pct(latB, 50), pct(latB, 99),
                errors.isEmpty() ? "0" : new TreeMap<>(errors).toString(), check);
    }

    static long pct(List<Long> l, int p) {
        List<Long> s = new ArrayList<>(l);
        if (s.isEmpty()) {
            return -1;
        }
        Collections.sort(s);
        return s.get(Math.min(s.size() - 1, (int) Math.ceil(s.size() * p / 100.0) - 1));
    }
}
