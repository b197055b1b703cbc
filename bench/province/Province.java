package vn.sotay.bench;

import java.net.URI;
import java.net.http.*;
import java.nio.file.*;
import java.time.*;
import java.time.temporal.ChronoUnit;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.*;

import static vn.sotay.bench.ProvinceTree.*;

/**
 * The province data set (issue 12): generates a province of 150,000 × SCALE members in 6,000 × SCALE cells
 * under the root "TU" of a running Sổ Tay (12 district-level committees, grassroots committees of communes,
 * wards and agencies, sections in large agencies, cells; some cells directly under a district) through the
 * CSV import, then a year of notices, articles and documents (draft, submit, approve), surveys, and meetings
 * (this evening's for every cell, opened with a vote for the cells whose members log in; the coming months'
 * for a twentieth of the cells), and writes the files bench/province.sh documents. Bulk path: several client threads.
 * Usage (bench/province.sh compiles both files): java -cp CLASSES vn.sotay.bench.Province BASE(http://host:port)
 * ADMIN_TOKEN SCALE OUTDIR THREADS PER_CELL
 */
public class Province {
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(20)).build();
    static final String PASSWORD = "Bench@2024tinh";
    static String base;
    static final AtomicInteger FAILS = new AtomicInteger();
    static final Map<String, Long> TIMES = Collections.synchronizedMap(new java.util.LinkedHashMap<>());

    record Res(int status, String body) {
    }

    static Res call(String method, String path, String token, String type, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", type);
        }
        for (int attempt = 0; ; attempt++) {
            try {
                HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
                if ((r.statusCode() == 503 || r.statusCode() == 429 || r.statusCode() == 409 && r.headers().firstValue("Retry-After").isPresent()) && attempt < 20) {
                    Thread.sleep(200L * (attempt + 1));
                    continue;
                }
                return new Res(r.statusCode(), r.body());
            } catch (Exception e) {
                if (attempt >= 3) {
                    return new Res(0, String.valueOf(e));
                }
            }
        }
    }

    static Res json(String method, String path, String token, String body) {
        return call(method, path, token, "application/json; charset=UTF-8", body);
    }

    /** The answer when its status is one of {@code ok}; otherwise counted as a failure (first ones printed) and null. */
    static String ok(Res r, String what, int... ok) {
        for (int s : ok) {
            if (r.status() == s) {
                return r.body();
            }
        }
        if (FAILS.incrementAndGet() <= 20) {
            System.err.println("FAILED " + what + ": " + r.status() + " " + r.body().substring(0, Math.min(300, r.body().length())));
        }
        return null;
    }

    static String must(Res r, String what, int... ok) {
        String b = ok(r, what, ok);
        if (b == null) {
            throw new IllegalStateException(what + " failed: " + r.status() + " " + r.body());
        }
        return b;
    }

    static String first(String regex, String body) {
        Matcher m = Pattern.compile(regex).matcher(body == null ? "" : body);
        return m.find() ? m.group(1) : null;
    }

    static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    static ExecutorService pool;

    /** Runs {@code work} on every item on the client threads; the phase's time is recorded under {@code name}. */
    static <T> void par(String name, List<T> items, Consumer<T> work) throws Exception {
        long t0 = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (T t : items) {
            fs.add(pool.submit(() -> work.accept(t)));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        done(name + " (" + items.size() + ")", t0);
    }

    static void done(String name, long t0) {
        long ms = (System.nanoTime() - t0) / 1_000_000;
        TIMES.put(name, ms);
        System.out.printf("%-44s %7.1f s   (failures so far: %d)%n", name, ms / 1000.0, FAILS.get());
    }

    public static void main(String[] a) throws Exception {
        base = a[0];
        String admin = a[1];
        double scale = Double.parseDouble(a[2]);
        Path out = Path.of(a[3]);
        pool = Executors.newFixedThreadPool(Integer.parseInt(a[4]));
        int perCell = a.length > 5 ? Integer.parseInt(a[5]) : 6;
        Files.createDirectories(out);
        long start = System.nanoTime();
        ProvinceTree tree0 = new ProvinceTree(scale);
        List<Org> orgs = tree0.orgs, cells = tree0.cells, bases = tree0.bases;
        List<List<Person>> people = tree0.people;
        int n = tree0.n;
        StringBuilder mcsv = tree0.mcsv;
        LocalDate today = LocalDate.now(VN);
        System.out.printf("generated: %d organisations (%d grassroots, %d cells), %d members%n", orgs.size(), bases.size(), cells.size(), n);


        // ---- import (the platform's own CSV import over REST, all or nothing per file)
        long t0 = System.nanoTime();
        System.out.println("import organisations: " + must(call("POST", "/api/import/organisations", admin, "text/csv; charset=UTF-8", tree0.orgCsv()), "import organisations", 200));
        done("import organisations (" + orgs.size() + " rows)", t0);
        t0 = System.nanoTime();
        System.out.println("import members: " + must(call("POST", "/api/import/members", admin, "text/csv; charset=UTF-8", mcsv.toString()), "import members", 200));
        done("import members (" + n + " rows, " + mcsv.length() / 1024 + " KiB)", t0);

        String tree = must(json("GET", "/api/org/tree", admin, null), "tree", 200);
        Map<String, Long> ids = new HashMap<>();
        Matcher m = Pattern.compile("\"id\":(\\d+),\"code\":\"([^\"]+)\"").matcher(tree);
        while (m.find()) {
            ids.put(m.group(2), Long.parseLong(m.group(1)));
        }
        long root = ids.get("TU");

        // ---- who acts: the demo's admin (ADMIN at TU), editor and reviewer; a bench chair with COMMITTEE at the root
        String editor = first("\"token\":\"([^\"]+)\"", must(json("POST", "/api/auth/login", null, "{\"login\":\"0900000005\",\"password\":\"Demo@2024\"}"), "editor login", 200));
        String reviewer = first("\"token\":\"([^\"]+)\"", must(json("POST", "/api/auth/login", null, "{\"login\":\"0900000006\",\"password\":\"Demo@2024\"}"), "reviewer login", 200));
        int step = Math.max(1, cells.size() / Math.max(1, (int) Math.round(1000 * scale)));
        List<Integer> tokenCells = new ArrayList<>(), otherCells = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            (c % step == step / 2 ? tokenCells : otherCells).add(c);
        }
        int chairCell = otherCells.get(0);
        Person chairP = people.get(chairCell).stream().filter(p -> p.status().equals("Chính thức")).findFirst().orElseThrow();
        long chairId = Long.parseLong(first("\"id\":(\\d+)", must(json("GET", "/api/members?org=" + ids.get(chairP.cell()) + "&q=" + chairP.phone(), admin, null), "chair", 200)));
        must(json("POST", "/api/accounts/" + chairId + "/password", admin, "{\"password\":\"" + PASSWORD + "\"}"), "chair password", 204);
        must(json("POST", "/api/roles", admin, "{\"memberId\":" + chairId + ",\"role\":\"COMMITTEE\",\"orgId\":" + root + "}"), "chair role", 201, 200, 409);
        String chair = first("\"token\":\"([^\"]+)\"", must(json("POST", "/api/auth/login", null, "{\"login\":\"" + chairP.phone() + "\",\"password\":\"" + PASSWORD + "\"}"), "chair login", 200));

        // ---- accounts: perCell official or probationary members of each of ~1,000 × scale cells log in; 500 × scale others get a password only
        ConcurrentLinkedQueue<String> memberRows = new ConcurrentLinkedQueue<>(), passwordRows = new ConcurrentLinkedQueue<>();
        Map<Long, List<Long>> cellMembers = new java.util.concurrent.ConcurrentHashMap<>();
        par("accounts: password + login", tokenCells, c -> {
            long cell = ids.get(cells.get(c).code());
            String body = ok(json("GET", "/api/members?org=" + cell + "&limit=100", admin, null), "members", 200);
            Matcher mm = Pattern.compile("\\{\"id\":(\\d+)[^{}]*?\"phone\":\"(\\d+)\"[^{}]*?\"status\":\"(OFFICIAL|PROBATIONARY)\"").matcher(body == null ? "" : body);
            List<Long> in = new ArrayList<>();
            while (mm.find() && in.size() < perCell) {
                if (ok(json("POST", "/api/accounts/" + mm.group(1) + "/password", admin, "{\"password\":\"" + PASSWORD + "\"}"), "password", 204) == null) {
                    continue;
                }
                String t = first("\"token\":\"([^\"]+)\"", ok(json("POST", "/api/auth/login", null, "{\"login\":\"" + mm.group(2) + "\",\"password\":\"" + PASSWORD + "\"}"), "login", 200));
                if (t != null) {
                    memberRows.add(t + "\t" + mm.group(1) + "\t" + cell + "\t" + mm.group(2));
                    in.add(Long.parseLong(mm.group(1)));
                }
            }
            cellMembers.put(cell, in);
        });
        int wantPw = (int) Math.max(50, Math.round(500 * scale)) + 20;
        List<Integer> pwCells = otherCells.subList(1, Math.min(otherCells.size(), 1 + wantPw / 3));
        par("accounts: password only", pwCells, c -> {
            String body = ok(json("GET", "/api/members?org=" + ids.get(cells.get(c).code()) + "&limit=3", admin, null), "members", 200);
            Matcher mm = Pattern.compile("\\{\"id\":(\\d+)[^{}]*?\"phone\":\"(\\d+)\"").matcher(body == null ? "" : body);
            while (mm.find()) {
                if (ok(json("POST", "/api/accounts/" + mm.group(1) + "/password", admin, "{\"password\":\"" + PASSWORD + "\"}"), "password", 204) != null) {
                    passwordRows.add(mm.group(2) + "\t" + PASSWORD);
                }
            }
        });
        Files.write(out.resolve("members.tsv"), memberRows);
        Files.write(out.resolve("passwords.tsv"), passwordRows);

        // ---- a year of notices (all sent now: the API dates a notice when it is sent): province, districts, grassroots, a third of the cells
        List<String> audiences = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            audiences.add("TU");
        }
        orgs.stream().filter(o -> o.type().equals("Cấp huyện")).forEach(o -> audiences.addAll(Collections.nCopies(24, o.code())));
        bases.forEach(o -> audiences.addAll(Collections.nCopies(12, o.code())));
        for (int c = 0; c < cells.size(); c += 3) {
            audiences.addAll(Collections.nCopies(2, cells.get(c).code()));
        }
        ConcurrentLinkedQueue<String> notices = new ConcurrentLinkedQueue<>();
        par("notices", audiences, code -> {
            String t = NOTICES.get(R.nextInt(NOTICES.size())).replace("%d", String.valueOf(1 + R.nextInt(12))).replace("%s", pick(TOPICS));
            String b = ok(json("POST", "/api/notices", admin, "{\"title\":" + q(t) + ",\"body\":" + q("Đề nghị các đồng chí đảng viên nghiêm túc thực hiện. " + t + ".")
                    + ",\"audienceOrgId\":" + ids.get(code) + "}"), "notice", 201, 200);
            if (b != null) {
                notices.add(first("\"id\":(\\d+)", b));
            }
        });
        Files.write(out.resolve("notices.txt"), notices);

        // ---- articles and documents through the review workflow: the editor drafts and submits, the reviewer approves
        String cats = must(json("GET", "/api/news/categories", editor, null), "categories", 200);
        List<String> categories = new ArrayList<>();
        Matcher cm = Pattern.compile("\"code\":\"([^\"]+)\"").matcher(cats);
        while (cm.find()) {
            categories.add(cm.group(1));
        }
        List<String> districtCodes = orgs.stream().filter(o -> o.type().equals("Cấp huyện")).map(Org::code).toList();
        int nArticles = (int) Math.max(100, Math.round(1000 * scale)), nDocs = nArticles;
        List<Integer> seq = new ArrayList<>();
        for (int i = 0; i < nArticles; i++) {
            seq.add(i);
        }
        ConcurrentLinkedQueue<String> articles = new ConcurrentLinkedQueue<>(), documents = new ConcurrentLinkedQueue<>();
        par("articles: draft, submit, approve", seq, i -> {
            String topic = pick(TOPICS), aud = i % 10 < 7 ? "TU" : pick(districtCodes);
            String title = pick(List.of("Đẩy mạnh ", "Nhiều kết quả nổi bật trong ", "Hội nghị chuyên đề về ", "Gương sáng đảng viên trong ", "Tăng cường "))
                    + topic + " " + pick(List.of("năm " + today.getYear(), "ở cơ sở", "tại " + place(), "giai đoạn mới"));
            String b = ok(json("POST", "/api/news/articles", editor, "{\"title\":" + q(title) + ",\"body\":" + q(text(topic, 4 + R.nextInt(6)))
                    + ",\"category\":" + q(pick(categories)) + ",\"audienceOrgId\":" + ids.get(aud) + ",\"tags\":[" + q(topic.split(",")[0]) + "]}"), "article", 201);
            String id = first("\"id\":(\\d+)", b);
            if (id != null && ok(json("POST", "/api/news/articles/" + id + "/submit", editor, null), "submit", 200) != null
                    && ok(json("POST", "/api/news/articles/" + id + "/approve", reviewer, null), "approve", 200) != null) {
                articles.add(id);
            }
        });
        Files.write(out.resolve("articles.txt"), articles);
        par("documents: draft, submit, approve", seq.subList(0, nDocs), i -> {
            String[] type = DOC_TYPES[R.nextInt(DOC_TYPES.length)];
            String topic = pick(TOPICS);
            boolean province = i % 3 == 0;
            String owner = province ? "TU" : pick(districtCodes);
            String issuer = province ? "Tỉnh ủy Bình Sơn" : DISTRICTS.get(Integer.parseInt(owner.substring(1)) - 1);
            String number = (i + 1) + "-" + type[0] + "/" + (province ? "TU" : issuer.startsWith("Thị") ? "TXU" : "HU");
            String title = type[1] + " về " + topic + (R.nextBoolean() ? " năm " + today.getYear() : "");
            String b = ok(json("POST", "/api/documents", editor, "{\"number\":" + q(number) + ",\"issuerName\":" + q(issuer) + ",\"ownerOrgId\":" + ids.get(owner)
                    + ",\"issuedOn\":\"" + today.minusDays(R.nextInt(365)) + "\",\"signer\":" + q(person(R.nextBoolean())) + ",\"title\":" + q(title)
                    + ",\"summary\":" + q(text(topic, 2).replaceAll("<[^>]+>", " ").trim()) + "}"), "document", 201);
            String id = first("\"id\":(\\d+)", b);
            if (id != null && ok(json("POST", "/api/documents/" + id + "/submit", editor, null), "doc submit", 200) != null
                    && ok(json("POST", "/api/documents/" + id + "/approve", reviewer, null), "doc approve", 200) != null) {
                documents.add(id);
            }
        });
        Files.write(out.resolve("documents.txt"), documents);
        List<String> queries = new ArrayList<>();
        for (String t : TOPICS) {
            queries.add(t);
            queries.add(fold(t));
        }
        for (String[] t : DOC_TYPES) {
            queries.add(t[1] + " về " + pick(TOPICS));
        }
        for (int i = 1; i <= 20; i++) {
            queries.add("so " + (i * 3) + " " + DOC_TYPES[(i * 3 - 1) % DOC_TYPES.length][0].toLowerCase() + "/tu");
        }
        Files.write(out.resolve("queries.txt"), queries);

        // ---- surveys: one per district, published
        par("surveys", districtCodes, dc -> {
            String b = ok(json("POST", "/api/surveys", admin, "{\"title\":" + q("Lấy ý kiến đảng viên về " + pick(TOPICS)) + ",\"orgId\":" + ids.get(dc)
                    + ",\"anonymous\":false,\"resultsPublic\":true,\"openAt\":\"" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\",\"closeAt\":\""
                    + Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.SECONDS) + "\",\"questions\":[{\"kind\":\"SINGLE\",\"text\":"
                    + q("Đồng chí đánh giá thế nào về chủ trương này?") + ",\"required\":true,\"options\":[\"Đồng tình\",\"Cần bổ sung\",\"Chưa đồng tình\"]}]}"), "survey", 201);
            String id = first("\"id\":(\\d+)", b);
            if (id != null) {
                ok(json("POST", "/api/surveys/" + id + "/publish", admin, null), "publish", 200);
            }
        });

        // ---- meetings: this evening's for every cell (opened, with an open vote, where members hold tokens); the coming months' for a tenth
        Instant evening = Instant.now().plus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.MINUTES);
        List<String> material = new ArrayList<>(documents);
        ConcurrentLinkedQueue<String> meetingRows = new ConcurrentLinkedQueue<>(), voteRows = new ConcurrentLinkedQueue<>();
        List<Integer> all = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            all.add(c);
        }
        java.util.Set<Integer> opened = new java.util.HashSet<>(tokenCells);
        par("meetings this evening", all, c -> {
            long cell = ids.get(cells.get(c).code());
            String mats = material.isEmpty() ? "" : ",\"materials\":[\"document:" + material.get(c % material.size()) + "\"]";
            String b = ok(json("POST", "/api/meetings", chair, "{\"orgId\":" + cell + ",\"kind\":\"REGULAR\",\"title\":" + q("Sinh hoạt chi bộ thường kỳ tháng "
                    + today.getMonthValue() + "/" + today.getYear()) + ",\"place\":\"Hội trường " + (c % 2 == 0 ? "thôn" : "cơ quan") + "\",\"startsAt\":\"" + evening
                    + "\",\"agenda\":[{\"title\":\"Đánh giá kết quả tháng qua\"},{\"title\":\"Phương hướng nhiệm vụ tháng tới\"}]" + mats + "}"), "announce", 201);
            String id = first("\"id\":(\\d+)", b);
            if (id == null || !opened.contains(c) || cellMembers.getOrDefault(cell, List.of()).isEmpty()) {
                return;
            }
            String item = first("\\{\"id\":(\\d+),\"position\"", b);
            String code = first("\"checkinCode\":\"(\\d+)\"", ok(json("POST", "/api/meetings/" + id + "/open", chair, null), "open", 200));
            meetingRows.add(id + "\t" + cell + "\t" + (code == null ? "" : code));
            String v = ok(json("POST", "/api/meetings/" + id + "/votes", chair, "{\"agendaItemId\":" + item + ",\"question\":" + q("Thông qua phương hướng nhiệm vụ tháng tới")
                    + ",\"matter\":\"ORDINARY\",\"secret\":false}"), "vote", 201);
            if (first("\"id\":(\\d+)", v) != null) {
                voteRows.add(first("\"id\":(\\d+)", v) + "\t" + id);
            }
        });
        Files.write(out.resolve("meetings.tsv"), meetingRows);
        Files.write(out.resolve("votes.tsv"), voteRows);
        List<int[]> future = new ArrayList<>();
        for (int c = 0; c < cells.size(); c += 20) {
            for (int k = 1; k <= 11; k++) {
                future.add(new int[] {c, k});
            }
        }
        par("meetings of the coming 11 months", future, ck -> {
            ZonedDateTime at = today.plusMonths(ck[1]).withDayOfMonth(3 + ck[0] % 3).atTime(19, 30).atZone(VN);
            ok(json("POST", "/api/meetings", chair, "{\"orgId\":" + ids.get(cells.get(ck[0]).code()) + ",\"kind\":\"REGULAR\",\"title\":" + q("Sinh hoạt chi bộ thường kỳ tháng "
                    + at.getMonthValue() + "/" + at.getYear()) + ",\"place\":\"Hội trường\",\"startsAt\":\"" + at.toInstant() + "\",\"agenda\":[{\"title\":"
                    + q("Học tập chuyên đề về " + pick(TOPICS)) + "}]}"), "announce later", 201);
        });
        pool.shutdown();
        long secs = (System.nanoTime() - start) / 1_000_000_000;
        String counts = String.format("ORGS=%d%nCELLS=%d%nMEMBERS=%d%nTOKENS=%d%nPASSWORDS=%d%nNOTICES=%d%nARTICLES=%d%nDOCUMENTS=%d%nMEETINGS_TONIGHT=%d%nMEETINGS_OPEN=%d%nVOTES=%d%nSECONDS=%d%nFAILURES=%d%n",
                orgs.size(), cells.size(), n, memberRows.size(), passwordRows.size(), notices.size(), articles.size(), documents.size(), cells.size(),
                meetingRows.size(), voteRows.size(), secs, FAILS.get());
        Files.writeString(out.resolve("counts.env"), counts);
        StringBuilder tt = new StringBuilder();
        TIMES.forEach((k, v) -> tt.append(String.format("| %s | %.1f s |%n", k, v / 1000.0)));
        Files.writeString(out.resolve("timings.md"), tt);
        System.out.print(counts);
        System.exit(FAILS.get() == 0 ? 0 : 2);
    }

}
