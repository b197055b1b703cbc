package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import vn.sotay.itests.MatrixRole.Side;
import vn.sotay.itests.MatrixTable.Expected;

/**
 * Provable authorisation (issue 9): every operation of {@code /api/openapi.json}, so every present
 * and future module, called as every demo role on objects inside and outside the caller's subtree,
 * each answer checked against the table in {@code docs/security.md} (see {@link MatrixTable}).
 * Operations the table does not cover, and rows naming operations that no longer exist, fail the
 * coverage test with what to write. Runs after the classes that use the demo state, before
 * RestartIT; it uses only accounts it makes itself ({@link RoleHolders}) and revokes their roles
 * afterwards.
 */
@Order(9)
class AuthorizationMatrixIT {
    static final Path TABLE = Path.of(System.getProperty("basedir", ".")).resolve("../docs/security.md").normalize();
    private static final int THREADS = 4;

    private static Http http;
    private static Api api;
    private static MatrixTable table;
    private static RoleHolders holders;
    private static Fixtures fx;
    private static final Map<MatrixRole, RoleHolders.Holder> HELD = new EnumMap<>(MatrixRole.class);
    private static ExecutorService pool;
    private static long setupMillis;

    @BeforeAll
    static void setUp() throws Exception {
        long t0 = System.nanoTime();
        http = Distribution.get().http();
        table = MatrixTable.read(TABLE);
        api = served(table);
        pool = Executors.newFixedThreadPool(THREADS);
        String admin = http.login(Demo.ADMIN, Demo.PASSWORD);
        holders = new RoleHolders(http, admin);
        for (MatrixRole r : MatrixRole.values()) {
            if (!r.anonymous()) {
                HELD.put(r, holders.create("matrix " + r.column, r.cell, r.grants, true));
            }
        }
        RoleHolders.Holder author = holders.create("matrix author", "DUK-STC", List.of("EDITOR@" + Demo.TU), true);
        long holdersMillis = (System.nanoTime() - t0) / 1_000_000;
        fx = new Fixtures(http, admin, holders, author, "MX" + Long.toString(System.currentTimeMillis() % 100000, 36));
        List<Callable<Object>> shared = new ArrayList<>();
        for (Side s : Side.values()) {
            shared.add(() -> fx.notice(s));
            shared.add(() -> fx.publishedArticle(s));
            shared.add(() -> fx.publishedDocument(s));
            shared.add(() -> fx.bookmarkedDocument(s));
            shared.add(() -> fx.targetRecord(s));
            shared.add(() -> fx.cellRow(s));
        }
        shared.add(fx::uploadPng);
        for (Future<Object> f : pool.invokeAll(shared)) {
            f.get();
        }
        setupMillis = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("Authorisation matrix: role holders ready in " + holdersMillis + " ms, shared fixtures "
                + (setupMillis - holdersMillis) + " ms later");
    }

    @AfterAll
    static void tearDown() {
        try {
            if (fx != null) {
                fx.cleanup();
            }
            if (holders != null) {
                holders.cleanup();
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void everyOperationOfTheOpenApiDocumentHasARowAndEveryRowAnOperation() {
        String msg = MatrixReport.coverage(api, table, TABLE.toString());
        assertTrue(msg.isEmpty(), msg);
    }

    @Test
    void everyRoleGetsTheStatusTheTableExpectsInsideAndOutsideItsSubtree() throws Exception {
        long t0 = System.nanoTime();
        List<MatrixRun.Call> calls = new ArrayList<>();
        List<MatrixRun.Call> sessionChanging = new ArrayList<>();
        for (Api.Operation op : api.operations()) {
            MatrixTable.Row row = table.rows().get(op.key());
            OperationCalls.Spec spec = OperationCalls.spec(op.key());
            boolean sided = MatrixReport.sided(op);
            for (MatrixRole r : MatrixRole.values()) {
                MatrixTable.Cell cell = row == null ? null : row.cells().get(r);
                List<MatrixRun.Call> into = spec.sessionChanging() ? sessionChanging : calls;
                into.add(new MatrixRun.Call(op, r, true, r.inside(), cell == null ? null : cell.in()));
                if (sided && !r.provinceWide()) {
                    into.add(new MatrixRun.Call(op, r, false, r.inside().other(), cell == null ? null : cell.out()));
                }
            }
        }
        Collections.shuffle(calls);
        List<MatrixRun.Result> results = runAll(calls, false);
        results.addAll(runAll(sessionChanging, false)); // after the others; one call per role, so they do not meet
        long millis = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("Authorisation matrix: " + results.size() + " calls in " + millis + " ms (" + THREADS
                + " threads; set-up " + setupMillis + " ms)");
        System.out.println(MatrixReport.slowest(results, 10));
        System.out.println(MatrixReport.observed(results, table));
        List<String> mismatches = MatrixReport.mismatches(results);
        assertTrue(mismatches.isEmpty(), () -> mismatches.size() + " answers differ from the table in " + TABLE
                + " (operation, role, side: expected, got, problem detail):\n  " + String.join("\n  ", mismatches));
    }

    @Test
    void anIdThatDoesNotExistAnswersTheSameToEveryRole() throws Exception {
        List<MatrixRun.Call> calls = new ArrayList<>();
        for (Api.Operation op : api.operations()) {
            MatrixTable.Row row = table.rows().get(op.key());
            if (op.pathParams().isEmpty() || row == null || row.unknownId().none()) {
                continue;
            }
            for (MatrixRole r : MatrixRole.values()) {
                Expected e = r.anonymous() && !op.isPublic() ? new Expected(Set.of(401)) : row.unknownId();
                calls.add(new MatrixRun.Call(op, r, true, r.inside(), e));
            }
        }
        List<String> mismatches = MatrixReport.mismatches(runAll(calls, true));
        assertTrue(mismatches.isEmpty(), () -> mismatches.size() + " answers to ids that do not exist differ from the "
                + "column «unknown id» of " + TABLE + ":\n  " + String.join("\n  ", mismatches));
    }

    /**
     * The answer cache never serves one audience's answer to another: every operation the OpenAPI
     * document marks {@code x-sotay-shared} is first called by every role inside and outside its
     * subtree (so every audience's copy is in memory), then each call is made again twice and once
     * more with {@code Cache-Control: no-cache}. The second answer must be the table's status, come
     * from the cache when it is a 200 ({@code X-Sotay-Cache: hit}; a fixture's change event still on
     * its way may drop the first copy: then the pair is repeated, up to five times), and carry the
     * same body as the freshly computed third.
     */
    @Test
    void sharedAnswersAreServedOnlyToCallersWhoWouldGetThemFresh() throws Exception {
        Set<String> shared = api.shared();
        assertTrue(shared.size() >= 5, "operations marked x-sotay-shared: " + shared);
        List<MatrixRun.Call> calls = new ArrayList<>();
        for (Api.Operation op : api.operations()) {
            MatrixTable.Row row = table.rows().get(op.key());
            if (!shared.contains(op.key()) || row == null) {
                continue;
            }
            for (MatrixRole r : MatrixRole.values()) {
                MatrixTable.Cell cell = row.cells().get(r);
                calls.add(new MatrixRun.Call(op, r, true, r.inside(), cell == null ? null : cell.in()));
                if (MatrixReport.sided(op) && !r.provinceWide()) {
                    calls.add(new MatrixRun.Call(op, r, false, r.inside().other(), cell == null ? null : cell.out()));
                }
            }
        }
        Collections.shuffle(calls);
        runAll(calls, false); // every audience's copy is kept
        MatrixRun run = new MatrixRun(http, api, fx, HELD);
        List<String> wrong = new ArrayList<>();
        int hits = 0;
        for (MatrixRun.Call c : calls) {
            MatrixRun.Prepared p = run.prepare(c, false); // one request (one fixture), sent again and again
            p.send(http, Map.of());
            Http.Response cached = p.send(http, Map.of());
            for (int i = 0; i < 5 && cached.status() == 200 && !hit(cached); i++) {
                Distribution.sleep(300); // a fixture's change event may still be on its way and drop the first copy
                p.send(http, Map.of());
                cached = p.send(http, Map.of());
            }
            Http.Response fresh = p.send(http, Map.of("Cache-Control", "no-cache"));
            String where = c.op().key() + " as " + c.role() + " " + c.where() + ": ";
            if (c.expected() != null && !c.expected().none() && !c.expected().accepts(cached.status())) {
                wrong.add(where + "expected " + c.expected() + ", got " + cached.status() + " " + MatrixRun.detail(cached));
            }
            if (cached.status() == 200 && !c.role().anonymous()) {
                if (!hit(cached)) {
                    wrong.add(where + "a 200 asked twice was not served from the cache");
                } else {
                    hits++;
                }
                if (cached.status() != fresh.status() || !stable(cached.body()).equals(stable(fresh.body()))) {
                    wrong.add(where + "the cached answer differs from a fresh one:\n    cached " + cached.body()
                            + "\n    fresh  " + fresh.body());
                }
            }
        }
        System.out.println("Answer cache under the matrix: " + calls.size() + " calls of " + shared.size()
                + " shared operations, " + hits + " served from the cache and equal to a fresh answer");
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " shared answers went wrong:\n  " + String.join("\n  ", wrong));
        assertTrue(hits >= shared.size(), "copies served: " + hits);
    }

    private static boolean hit(Http.Response r) {
        return "hit".equals(r.headers().firstValue("X-Sotay-Cache").orElse(""));
    }

    /** A body without the counters that move between two calls (views, downloads). */
    private static String stable(String body) {
        return body.replaceAll("\"(views|downloads|viewCount|readers)\":\\d+", "\"$1\":0");
    }

    /** Makes and sends {@code calls} on the pool; {@code probe}: with ids that do not exist. */
    private static List<MatrixRun.Result> runAll(List<MatrixRun.Call> calls, boolean probe) throws Exception {
        MatrixRun run = new MatrixRun(http, api, fx, HELD);
        List<Future<MatrixRun.Result>> futures = new ArrayList<>();
        for (MatrixRun.Call c : calls) {
            futures.add(pool.submit(() -> run.call(c, probe)));
        }
        List<MatrixRun.Result> results = new ArrayList<>();
        for (Future<MatrixRun.Result> f : futures) {
            results.add(f.get());
        }
        return results;
    }

    /**
     * The OpenAPI document once it serves every row of the table, or after 30 s as it is (a module
     * an earlier class reinstalled is published a moment after it starts; a row that stays
     * unserved is reported by the coverage test).
     */
    private static Api served(MatrixTable table) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            Api a = Api.read(http);
            Set<String> keys = new HashSet<>();
            a.operations().forEach(o -> keys.add(o.key()));
            if (keys.containsAll(table.rows().keySet()) || System.nanoTime() > deadline) {
                return a;
            }
            Distribution.sleep(500);
        }
    }
}
