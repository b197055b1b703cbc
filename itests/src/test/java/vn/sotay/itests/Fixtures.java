package vn.sotay.itests;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.sotay.itests.MatrixRole.Side;

/**
 * The objects the matrix and the fuzz test act on, made through the API before they run: on side
 * A a notice to cell A, articles for Thành ủy TP and documents owned by cell A; on side B the same
 * for cell B and Huyện ủy SH; in each workflow state an operation needs. Shared objects are made
 * once (the safe operations read them); {@code fresh*} methods make a new object on every call (for
 * the operations that change the object, so that every cell of the matrix is independent of the
 * order). Drafts are written by {@code author} (an editor at the root); the {@code admin} (the
 * demo administrator) approves them: the author never approves.
 *
 * <p>A write that answers 5xx while fixtures are made in parallel (Derby under contention, issue 9
 * item 13) is retried a few times: fixtures are set-up, not the behaviour under test.
 */
final class Fixtures {
    static final String PDF = "application/pdf";
    private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000, 8000));

    private final Http http;
    private final String admin;
    private final RoleHolders holders;
    private final RoleHolders.Holder author;
    private final String tag;
    private final Map<String, CompletableFuture<Object>> shared = new ConcurrentHashMap<>();

    /** {@code tag}: marks every title made here (the test's name and run). */
    Fixtures(Http http, String admin, RoleHolders holders, RoleHolders.Holder author, String tag) {
        this.http = http;
        this.admin = admin;
        this.holders = holders;
        this.author = author;
        this.tag = tag;
    }

    RoleHolders holders() {
        return holders;
    }

    Http http() {
        return http;
    }

    /** The token of the editor who writes the drafts (never a column of the matrix): StudyCalls' lessons. */
    String authorToken() {
        return author.token;
    }

    /** The demo administrator's token (meetings are announced by it: MeetingFixtures). */
    String admin() {
        return admin;
    }

    // ---------------------------------------------------------------------------------------------
    // organisations

    /** Cell A (TP-PBT-CB01) or cell B (SH-XSL-CB01). */
    long cell(Side s) {
        return holders.org(s == Side.A ? Demo.CELL_A : Demo.CELL_B);
    }

    /** Thành ủy TP or Huyện ủy SH. */
    long district(Side s) {
        return holders.org(s == Side.A ? Demo.TP : Demo.SH);
    }

    String cellCode(Side s) {
        return s == Side.A ? Demo.CELL_A : Demo.CELL_B;
    }

    /** An organisations CSV line that re-imports the side's cell unchanged. */
    String cellRow(Side s) {
        return once("cellRow" + s, () -> {
            JsonNode cell = Orgs.node(http, admin, cellCode(s));
            return cellCode(s) + "," + cell.path("name").asText() + "," + cell.path("type").asText() + ","
                    + (s == Side.A ? Demo.TP_PBT : Demo.SH_XSL);
        });
    }

    // ---------------------------------------------------------------------------------------------
    // notices (sent by the administrator)

    long notice(Side s) {
        return once("notice" + s, () -> retry(() -> http.post("/api/notices", admin, noticeBody(cell(s))), 201)
                .longField("id"));
    }

    /** The inbox item the notice of side {@code s} put in its cell's inboxes (as a reader of that cell of its own lists it). */
    long inboxItem(Side s) {
        return once("inbox" + s, () -> {
            long notice = notice(s);
            String token = holders.create("inbox reader " + s, cellCode(s), List.of(), true).token;
            for (JsonNode i : http.get("/api/inbox?limit=100", token).expectJson(200).json().path("items")) {
                if (("notice:" + notice).equals(i.path("content").path("ref").path("type").asText() + ":"
                        + i.path("content").path("ref").path("id").asText())) {
                    return i.path("id").asLong();
                }
            }
            throw new AssertionError("notice " + notice + " is not in its cell's inbox");
        });
    }

    ObjectNode noticeBody(long audience) {
        return Http.object().put("title", "Thông báo kiểm thử " + tag + " số " + SEQUENCE.incrementAndGet())
                .put("body", "Các chi bộ nắm tình hình và báo cáo kết quả.").put("audienceOrgId", audience);
    }

    // ---------------------------------------------------------------------------------------------
    // surveys (asked of cell A or cell B, made by the administrator)

    ObjectNode surveyBody(long org) {
        java.time.Instant now = java.time.Instant.now();
        ObjectNode s = Http.object().put("title", "Thăm dò kiểm thử " + tag + " số " + SEQUENCE.incrementAndGet())
                .put("orgId", org).put("anonymous", false).put("openAt", now.minusSeconds(60).toString())
                .put("closeAt", now.plus(java.time.Duration.ofDays(2)).toString());
        s.putArray("questions").addObject().put("kind", "SINGLE").put("text", "Đồng chí đồng ý không?")
                .put("required", true).putArray("options").add("Đồng ý").add("Không đồng ý");
        return s;
    }

    /** A draft survey of the side's cell, new on every call. */
    long freshDraftSurvey(Side s) {
        return retry(() -> http.post("/api/surveys", admin, surveyBody(cell(s))), 201).longField("id");
    }

    /** An open survey of the side's cell, new on every call: its detail (id, question ids). */
    JsonNode freshOpenSurvey(Side s) {
        long id = freshDraftSurvey(s);
        return retry(() -> http.post("/api/surveys/" + id + "/publish", admin, null), 200).json();
    }

    /** The open survey of the side's cell the safe operations read. */
    long openSurvey(Side s) {
        return once("survey" + s, () -> freshOpenSurvey(s).path("id").asLong());
    }

    /** A valid response to a survey made here: the first option of its one question. */
    static ObjectNode surveyAnswer(JsonNode survey) {
        ObjectNode a = Http.object();
        a.putArray("answers").addObject().put("questionId", survey.path("questions").path(0).path("id").asLong())
                .putArray("options").add(0);
        return a;
    }

    // ---------------------------------------------------------------------------------------------
    // news (audience TP or SH)

    ObjectNode articleBody(long audience, String coverImageId) {
        ObjectNode a = Http.object().put("title", "Tin kiểm thử " + tag + " số " + SEQUENCE.incrementAndGet())
                .put("summary", "Tóm tắt tin kiểm thử.").put("body", "<p>Hội nghị sơ kết công tác quý.</p>")
                .put("category", "committee").put("audienceOrgId", audience);
        return coverImageId == null ? a : a.put("coverImageId", coverImageId);
    }

    long freshDraftArticle(Side s) {
        return retry(() -> http.post("/api/news/articles", author.token, articleBody(district(s), null)), 201).longField("id");
    }

    long freshSubmittedArticle(Side s) {
        long id = freshDraftArticle(s);
        retry(() -> http.post("/api/news/articles/" + id + "/submit", author.token, null), 200);
        return id;
    }

    long freshPublishedArticle(Side s) {
        long id = freshSubmittedArticle(s);
        retry(() -> http.post("/api/news/articles/" + id + "/approve", admin, null), 200);
        return id;
    }

    /** A published article of side {@code s} whose cover is {@link #image(Side)}. */
    long publishedArticle(Side s) {
        return once("article" + s, () -> {
            long id = retry(() -> http.post("/api/news/articles", author.token, articleBody(district(s), image(s))), 201)
                    .longField("id");
            retry(() -> http.post("/api/news/articles/" + id + "/submit", author.token, null), 200);
            retry(() -> http.post("/api/news/articles/" + id + "/approve", admin, null), 200);
            return id;
        });
    }

    /** An image (its SHA-256 id) used only as the cover of {@link #publishedArticle(Side)}. */
    String image(Side s) {
        return once("image" + s, () -> retry(() -> http.exchange("POST", "/api/news/images", "Bearer " + author.token,
                "image/png", uniquePng(), Map.of()), 201).json().path("id").asText());
    }

    /**
     * The PNG of image upload calls, uploaded once here first: later uploads of the same bytes
     * answer the known image, so two roles uploading at once never race to insert it.
     */
    byte[] uploadPng() {
        return once("uploadPng", () -> {
            byte[] png = uniquePng();
            retry(() -> http.exchange("POST", "/api/news/images", "Bearer " + author.token, "image/png", png, Map.of()), 201);
            return png;
        });
    }

    /** A PNG nobody else uploads (the images are content-addressed). */
    static byte[] uniquePng() {
        BufferedImage img = new BufferedImage(24, 16, BufferedImage.TYPE_INT_RGB);
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int x = 0; x < 24; x++) {
            img.setRGB(x, r.nextInt(16), r.nextInt(0x1000000));
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // documents (owned by and addressed to cell A or cell B)

    ObjectNode documentBody(long owner) {
        int n = SEQUENCE.incrementAndGet();
        return Http.object().put("number", n + "-TB/CBKT").put("issuerName", "Chi bộ kiểm thử")
                .put("ownerOrgId", owner).put("audienceOrgId", owner).put("issuedOn", "2026-10-01")
                .put("signer", "Nguyễn Văn Kiểm").put("title", "Thông báo kiểm thử " + tag + " số " + n)
                .put("summary", "Tóm tắt thông báo kiểm thử.");
    }

    long freshDraftDocument(Side s) {
        return retry(() -> http.post("/api/documents", author.token, documentBody(cell(s))), 201).longField("id");
    }

    /** A fresh draft with one PDF attached: {document id, attachment id}. */
    long[] freshDraftDocumentWithAttachment(Side s) {
        long id = freshDraftDocument(s);
        return new long[] {id, attach(id)};
    }

    long attach(long documentId) {
        return retry(() -> http.exchange("POST", "/api/documents/" + documentId + "/attachments?name=kiem-thu.pdf",
                "Bearer " + author.token, PDF, pdf(), Map.of()), 201).json().path("id").asLong();
    }

    static byte[] pdf() {
        return TestFiles.pdf(List.of("CHI BỘ KIỂM THỬ", "Thông báo về lịch sinh hoạt chi bộ tháng này."));
    }

    long freshSubmittedDocument(Side s) {
        long id = freshDraftDocument(s);
        retry(() -> http.post("/api/documents/" + id + "/submit", author.token, null), 200);
        return id;
    }

    long freshPublishedDocument(Side s) {
        long id = freshSubmittedDocument(s);
        retry(() -> http.post("/api/documents/" + id + "/approve", admin, null), 200);
        return id;
    }

    /** A published document of side {@code s} with one attachment: {document id, attachment id}. */
    long[] publishedDocument(Side s) {
        return once("document" + s, () -> {
            long[] d = freshDraftDocumentWithAttachment(s);
            retry(() -> http.post("/api/documents/" + d[0] + "/submit", author.token, null), 200);
            retry(() -> http.post("/api/documents/" + d[0] + "/approve", admin, null), 200);
            return d;
        });
    }

    /**
     * A fresh pending legal-status request whose target is a published document of side {@code s}:
     * a document of the other side's district replaces it, approved by a reviewer of that district
     * only, so the change waits for the target's own reviewers. The request id.
     */
    long freshStatusRequest(Side s) {
        long target = freshPublishedDocument(s);
        ObjectNode body = documentBody(district(s.other()));
        body.putArray("relations").addObject().put("kind", "REPLACES").put("documentId", target);
        long source = retry(() -> http.post("/api/documents", author.token, body), 201).longField("id");
        retry(() -> http.post("/api/documents/" + source + "/submit", author.token, null), 200);
        RoleHolders.Holder reviewer = once("districtReviewer" + s.other(), () -> holders.create("reviewer " + s.other(),
                cellCode(s.other()), List.of("REVIEWER@" + (s.other() == Side.A ? Demo.TP : Demo.SH)), true));
        retry(() -> http.post("/api/documents/" + source + "/approve", reviewer.token, null), 200);
        for (JsonNode q : http.get("/api/documents/status-requests", admin).expectJson(200).json()) {
            if (q.path("documentId").asLong() == target) {
                return q.path("id").asLong();
            }
        }
        throw new AssertionError("no status request for document " + target);
    }

    /** Another published document of side {@code s}: the one bookmark removals act on (not to meet the additions). */
    long bookmarkedDocument(Side s) {
        return once("bookmarked" + s, () -> freshPublishedDocument(s));
    }

    // ---------------------------------------------------------------------------------------------
    // members (the targets of member reads, password resets, role grants and imports)

    /** A member of cell A or B with an account, holding nobody's token; never a role holder. */
    RoleHolders.Holder target(Side s) {
        return once("target" + s, () -> holders.create("target " + s, cellCode(s), List.of(), false));
    }

    /** The member record of {@link #target(Side)} as the administrator reads it. */
    JsonNode targetRecord(Side s) {
        return once("targetRecord" + s, () -> http.get("/api/members/" + target(s).memberId, admin).expectJson(200).json());
    }

    // ---------------------------------------------------------------------------------------------

    /** Grants SECRETARY at the side's cell to its target (before a revoke is called). */
    void grantTarget(Side s) {
        retry(() -> http.post("/api/roles", admin, Http.object().put("memberId", target(s).memberId)
                .put("role", "SECRETARY").put("orgId", cell(s))), 201);
    }

    /** Revokes what the role operations may have left on the targets (SECRETARY at their cells). */
    void cleanup() {
        for (Side s : Side.values()) {
            if (shared.containsKey("target" + s)) {
                http.delete("/api/roles?memberId=" + target(s).memberId + "&role=SECRETARY&orgId=" + cell(s), admin)
                        .expect(204);
            }
        }
    }

    /** The shared object {@code key}, made by the first caller; others wait for it. */
    @SuppressWarnings("unchecked")
    <T> T once(String key, Supplier<T> make) {
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> known = shared.putIfAbsent(key, mine);
        if (known == null) {
            try {
                mine.complete(make.get());
            } catch (RuntimeException | Error e) {
                mine.completeExceptionally(e);
                throw e;
            }
            known = mine;
        }
        return (T) known.join();
    }

    /** The answer with status {@code expected}; a 5xx is retried (up to 4 times), anything else fails. */
    static Http.Response retry(Supplier<Http.Response> call, int expected) {
        Http.Response r = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            r = call.get();
            if (r.status() < 500) {
                return r.expect(expected);
            }
            System.out.println("Fixture call answered " + r.status() + ", retrying: " + r);
            Distribution.sleep(200L * (attempt + 1));
        }
        return r.expect(expected);
    }
}
