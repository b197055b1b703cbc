package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The news module over HTTP: the editorial workflow, district limits, sanitising, versions and
 * conditional GET. The province reviewer is the admin (ADMIN implies REVIEWER): the demo reviewer
 * account is locked by AuthIT's throttling test.
 */
@Order(6)
class NewsIT {
    private static Http http;
    private static String editor;
    private static String admin;
    private static String memberA;
    private static String memberB;
    private static long tp;
    private static long sh;

    @BeforeAll
    static void boot() {
        http = Distribution.get().http();
        editor = http.login(Demo.EDITOR, Demo.PASSWORD);
        admin = http.login(Demo.ADMIN, Demo.PASSWORD);
        memberA = http.login(Demo.MEMBER_A, Demo.PASSWORD);
        memberB = http.login(Demo.MEMBER_B, Demo.PASSWORD);
        JsonNode tree = Orgs.tree(http, admin);
        tp = Orgs.find(tree, Demo.TP).orElseThrow().path("id").asLong();
        sh = Orgs.find(tree, Demo.SH).orElseThrow().path("id").asLong();
    }

    static ObjectNode article(String title, String body, long audience) {
        ObjectNode a = Http.object().put("title", title).put("body", body).put("category", "province")
                .put("audienceOrgId", audience).put("sourceName", "Báo Quảng Ngãi")
                .put("sourceUrl", "https://baoquangngai.vn/tin-1");
        a.putArray("tags").add("đại hội").add("chuyển đổi số");
        return a;
    }

    static long draft(String title, String body, long audience) {
        Http.Response r = http.post("/api/news/articles", editor, article(title, body, audience)).expectJson(201);
        assertTrue(r.header("Location").orElse("").endsWith("/api/news/articles/" + r.longField("id")),
                "Location: " + r.headers());
        assertEquals("DRAFT", r.field("status").asText());
        return r.longField("id");
    }

    static List<Long> feedIds(String token) {
        List<Long> ids = new ArrayList<>();
        http.all("/api/news", token).forEach(i -> ids.add(i.path("id").asLong()));
        return ids;
    }

    @Test
    void draftSubmitReturnEditResubmitApproveThenVisibleInTheMemberFeed() {
        long id = draft("Hội nghị Ban Chấp hành Đảng bộ thành phố Bìnhsơnkiểmthử", "<p>Bản thảo đầu tiên.</p>", tp);
        // a member never sees a draft, not even by id
        http.get("/api/news/articles/" + id, memberA).expectProblem(404);
        assertFalse(feedIds(memberA).contains(id));

        http.post("/api/news/articles/" + id + "/submit", editor, null).expectJson(200);
        http.send("PUT", "/api/news/articles/" + id, editor, "application/json",
                article("Sửa khi đang chờ duyệt", "<p>Không được.</p>", tp).toString()).expectProblem(409);
        assertTrue(http.all("/api/news/review", admin).stream().anyMatch(i -> i.path("id").asLong() == id),
                "in the reviewer's queue");

        http.post("/api/news/articles/" + id + "/return", admin, Http.object().put("comment", "")).expectProblem(400)
                .expectErrorField("comment");
        JsonNode returned = http.post("/api/news/articles/" + id + "/return", admin,
                Http.object().put("comment", "Đề nghị bổ sung số liệu cụ thể.")).expectJson(200).json();
        assertEquals("RETURNED", returned.path("status").asText());
        JsonNode seen = http.get("/api/news/articles/" + id, editor).expectJson(200).json();
        assertEquals("Đề nghị bổ sung số liệu cụ thể.", seen.path("lastComment").asText(), "editor sees the comment");

        http.send("PUT", "/api/news/articles/" + id, editor, "application/json; charset=UTF-8",
                article("Hội nghị Ban Chấp hành Đảng bộ thành phố Bìnhsơnkiểmthử lần thứ 5",
                        "<p>Có 45 đại biểu tham dự.</p>", tp).toString()).expectJson(200);
        http.post("/api/news/articles/" + id + "/submit", editor, null).expectJson(200);
        assertFalse(searchHit(memberA, "Bìnhsơnkiểmthử", id), "a draft or a submitted article is never searchable");
        assertFalse(searchHit(admin, "Bìnhsơnkiểmthử", id), "not even for its reviewer");
        JsonNode approved = http.post("/api/news/articles/" + id + "/approve", admin, null).expectJson(200).json();
        assertEquals("APPROVED", approved.path("status").asText());

        assertTrue(feedIds(memberA).contains(id), "published to TP: member A's feed");
        JsonNode read = http.get("/api/news/articles/" + id, memberA).expectJson(200).json();
        assertEquals("<p>Có 45 đại biểu tham dự.</p>", read.path("body").asText());
        assertTrue(read.path("views").isNull() || read.path("views").isMissingNode(), "readers see no counters: " + read);
        http.get("/api/news/articles/" + id, memberA).expectJson(200);
        Http.Response again = http.get("/api/news/articles/" + id, memberA).expectJson(200);
        assertEquals("hit", again.headers().firstValue("X-Sotay-Cache").orElse(""), "read again: from the answer cache");
        // another district: neither in the feed nor by id
        assertFalse(feedIds(memberB).contains(id));
        http.get("/api/news/articles/" + id, memberB).expectProblem(404);
        // searchable by the audience, not by others
        Await.until(Duration.ofSeconds(15), "search finds article " + id,
                () -> Await.Check.of(searchHit(memberA, "Bìnhsơnkiểmthử", id), "no hit"));
        assertFalse(searchHit(memberB, "Bìnhsơnkiểmthử", id), "another district's reader gets no hit");

        List<String> kinds = new ArrayList<>();
        http.get("/api/news/articles/" + id + "/versions", editor).expectJson(200).json()
                .forEach(v -> kinds.add(v.path("kind").asText()));
        assertEquals(List.of("DRAFT", "SUBMIT", "RETURN", "UPDATE", "SUBMIT", "APPROVE"), kinds);
        // views were counted, the reads served from the answer cache too (fresh: the editor's own copy may be older)
        long views = http.exchange("GET", "/api/news/articles/" + id, "Bearer " + editor, null, null,
                java.util.Map.of("Cache-Control", "no-cache")).expectJson(200).json().path("views").asLong();
        assertTrue(views >= 3, "views " + views);
    }

    @Test
    void aScheduledArticleAppearsAtItsTimeAndGoesAtExpiry() {
        java.time.Instant now = java.time.Instant.now();
        ObjectNode a = article("Tin hẹn giờ đăng", "<p>Đăng sau vài giây.</p>", tp)
                .put("publishAt", now.plusSeconds(25).toString()).put("expiresAt", now.plusSeconds(30).toString());
        long id = http.post("/api/news/articles", editor, a).expectJson(201).longField("id");
        http.post("/api/news/articles/" + id + "/submit", editor, null).expectJson(200);
        // the board moves the editor's time when approving (ISO 8601 with an offset)
        http.post("/api/news/articles/" + id + "/approve?publishAt=" + Http.encode("ngày mai"), admin, null)
                .expectProblem(400).expectErrorField("publishAt");
        String at = now.plusSeconds(15).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .atOffset(java.time.ZoneOffset.ofHours(7)).toString();
        JsonNode approved = http.post("/api/news/articles/" + id + "/approve?publishAt=" + Http.encode(at), admin, null)
                .expectJson(200).json();
        assertEquals(java.time.OffsetDateTime.parse(at).toInstant(), java.time.Instant.parse(approved.path("publishAt").asText()));
        // approved but not yet due: not published
        http.get("/api/news/articles/" + id, memberA).expectProblem(404);
        assertFalse(feedIds(memberA).contains(id));
        Await.until(Duration.ofSeconds(40), "scheduled article " + id + " published",
                () -> Await.Check.of(feedIds(memberA).contains(id), "not in the feed"));
        http.get("/api/news/articles/" + id, memberA).expectJson(200);
        Await.until(Duration.ofSeconds(40), "article " + id + " expired",
                () -> Await.Check.of(!feedIds(memberA).contains(id), "still in the feed"));
        http.get("/api/news/articles/" + id, memberA).expectProblem(404);
        // the editor still opens it
        http.get("/api/news/articles/" + id, editor).expectJson(200);
    }

    @Test
    void aDistrictReviewerCannotApproveOutsideItsDistrict() {
        long id = draft("Tin của Thành ủy cần duyệt", "<p>Nội dung.</p>", tp);
        http.post("/api/news/articles/" + id + "/submit", editor, null).expectJson(200);
        long accountB = http.caller(Demo.MEMBER_B, Demo.PASSWORD).path("accountId").asLong();
        http.post("/api/roles", admin, Http.object().put("accountId", accountB).put("role", "REVIEWER")
                .put("orgId", sh)).expect(201);
        try {
            String reviewerSh = http.login(Demo.MEMBER_B, Demo.PASSWORD);
            // a submitted article of another district is invisible to this reviewer: 404, as for no article
            http.post("/api/news/articles/" + id + "/approve", reviewerSh, null).expectProblem(404);
            http.post("/api/news/articles/" + id + "/return", reviewerSh, Http.object().put("comment", "Không"))
                    .expectProblem(404);
            assertFalse(http.all("/api/news/review", reviewerSh).stream().anyMatch(i -> i.path("id").asLong() == id),
                    "not in the district reviewer's queue");
            // inside the district it works
            long inSh = draft("Tin của Huyện ủy Sơn Hà", "<p>Nội dung huyện.</p>", sh);
            http.post("/api/news/articles/" + inSh + "/submit", editor, null).expectJson(200);
            http.post("/api/news/articles/" + inSh + "/approve", reviewerSh, null).expectJson(200);
        } finally {
            http.delete("/api/roles?accountId=" + accountB + "&role=REVIEWER&orgId=" + sh, admin).expect(204);
        }
        // an editor cannot publish to a subtree it does not edit: members get 403 on drafting
        http.post("/api/news/articles", memberA, article("Không có quyền", "<p>x</p>", tp)).expectProblem(403);
    }

    @Test
    void hostileHtmlIsSanitisedOnSave() {
        long id = draft("Bài có mã độc", "<p onclick=\"steal()\">Nội dung</p><script>alert('x')</script>"
                + "<img src=\"https://baoquangngai.vn/a.jpg\" onerror=\"alert(1)\" alt=\"ảnh\">"
                + "<a href=\"javascript:alert(2)\">bấm</a><a href=\"https://dangcongsan.vn\">Báo Đảng</a>", tp);
        String body = http.get("/api/news/articles/" + id, editor).expectJson(200).json().path("body").asText();
        for (String bad : List.of("<script", "onerror", "onclick", "javascript:", "alert")) {
            assertFalse(body.toLowerCase().contains(bad), bad + " survived: " + body);
        }
        assertTrue(body.contains("<p>Nội dung</p>"), body);
        assertTrue(body.contains("src=\"https://baoquangngai.vn/a.jpg\""), body);
        assertTrue(body.contains("href=\"https://dangcongsan.vn\""), body);
        // a body that is only script is empty after sanitising
        http.post("/api/news/articles", editor, article("Rỗng", "<script>alert(1)</script>", tp)).expectProblem(400)
                .expectErrorField("body");
    }

    @Test
    void anEarlierVersionIsRestoredAsANewVersion() {
        long id = draft("Tiêu đề gốc", "<p>Nội dung gốc.</p>", tp);
        http.send("PUT", "/api/news/articles/" + id, editor, "application/json",
                article("Tiêu đề sửa", "<p>Nội dung sửa.</p>", tp).toString()).expectJson(200);
        JsonNode restored = http.post("/api/news/articles/" + id + "/versions/1/restore", editor, null)
                .expectJson(200).json();
        assertEquals("Tiêu đề gốc", restored.path("title").asText());
        assertEquals("<p>Nội dung gốc.</p>", restored.path("body").asText());
        assertEquals(3, restored.path("version").asInt());
        JsonNode versions = http.get("/api/news/articles/" + id + "/versions", editor).expectJson(200).json();
        assertEquals(3, versions.size(), versions.toString());
        assertEquals("RESTORE", versions.get(2).path("kind").asText());
        assertFalse(versions.get(2).path("editorName").asText("").isBlank(), "who: " + versions);
        assertFalse(versions.get(2).path("savedAt").asText("").isBlank(), "when: " + versions);
        http.post("/api/news/articles/" + id + "/versions/99/restore", editor, null).expectProblem(404);
        http.get("/api/news/articles/" + id + "/versions", memberA).expectProblem(404);
    }

    /**
     * One copy of an article (the answer cache's READERS sharing) serves every caller who may read
     * it, whatever their cell and grants; the others get the resource's own answer, never the copy;
     * a withdrawn article's copy is gone with its event.
     */
    @Test
    void oneCopyOfAnArticleServesEveryReaderOfItsSubtreeAndNoOneElse() {
        long id = draft("Tin cho mọi đảng viên thành phố", "<p>Một bản cho mọi người đọc.</p>", tp);
        http.post("/api/news/articles/" + id + "/submit", editor, null).expectJson(200);
        http.post("/api/news/articles/" + id + "/approve", admin, null).expectJson(200);
        String path = "/api/news/articles/" + id;
        String committeeTp = http.login(Demo.COMMITTEE_TP, Demo.PASSWORD);
        String committeeSh = http.login(Demo.COMMITTEE_SH, Demo.PASSWORD);
        String secretaryA = http.login(Demo.SECRETARY_CELL_A, Demo.PASSWORD);
        String made = http.get(path, memberA).expectJson(200).body();
        Distribution.sleep(300); // the copy is kept once the answer is complete
        for (String reader : List.of(committeeTp, secretaryA)) { // another cell, other grants
            Http.Response r = http.get(path, reader).expectJson(200);
            assertEquals("hit", r.headers().firstValue("X-Sotay-Cache").orElse(""), "the first reader's copy");
            assertEquals(made, r.body());
            assertTrue(r.header("X-Sotay-Readers").isEmpty(), "the declaration never reaches a client");
        }
        for (String outsider : List.of(memberB, committeeSh)) { // another district: the resource's 404
            Http.Response r = http.get(path, outsider).expectProblem(404);
            assertEquals("", r.headers().firstValue("X-Sotay-Cache").orElse(""));
        }
        JsonNode managed = http.get(path, editor).expectJson(200).json();
        assertTrue(managed.path("views").isNumber(), "the editor's own view, with its counters: " + managed);
        http.post(path + "/archive", admin, null).expectJson(200);
        http.get(path, committeeTp).expectProblem(404);
        http.get(path, memberA).expectProblem(404);
    }

    @Test
    void conditionalGetAnswers304WhenNothingChanged() throws Exception {
        long id = draft("Tin kiểm tra ETag", "<p>Không đổi.</p>", tp);
        http.post("/api/news/articles/" + id + "/submit", editor, null).expectJson(200);
        http.post("/api/news/articles/" + id + "/approve", admin, null).expectJson(200);

        String path = "/api/news/articles/" + id;
        HttpResponse<String> first = conditional(path, memberA, null);
        assertEquals(200, first.statusCode(), first.body());
        String tag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag"));
        assertFalse(tag.startsWith("W/"), "strong: " + tag);
        HttpResponse<String> again = conditional(path, memberA, tag);
        assertEquals(304, again.statusCode(), again.body());
        assertTrue(again.body().isEmpty());
        assertEquals(200, conditional(path, memberA, "\"something-else\"").statusCode());

        HttpResponse<String> feed = conditional("/api/news", memberA, null);
        assertEquals(200, feed.statusCode(), feed.body());
        String feedTag = feed.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no feed ETag"));
        assertEquals(304, conditional("/api/news", memberA, feedTag).statusCode());
        // another article published to the member: the feed changes, so does its tag
        long other = draft("Tin mới làm đổi ETag", "<p>Mới.</p>", tp);
        http.post("/api/news/articles/" + other + "/submit", editor, null).expectJson(200);
        http.post("/api/news/articles/" + other + "/approve", admin, null).expectJson(200);
        assertEquals(200, conditional("/api/news", memberA, feedTag).statusCode());
    }

    @Test
    void categoriesAreData() {
        JsonNode cats = http.get("/api/news/categories", memberA).expectJson(200).json();
        List<String> codes = new ArrayList<>();
        cats.forEach(c -> codes.add(c.path("code").asText()));
        assertEquals(List.of("leadership", "committee", "province", "domestic", "international"), codes);
        assertEquals("Tin tỉnh nhà", cats.get(2).path("label").asText());
        http.get("/api/news?category=khong-co", memberA).expectProblem(400).expectErrorField("category");
    }

    @Test
    void imagesAreCheckedByContentAndServedWithTheirType() throws Exception {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(800, 400,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", png);
        // a PNG sent under a misleading type is still a PNG
        HttpResponse<String> up = upload(editor, "image/jpeg", png.toByteArray());
        assertEquals(201, up.statusCode(), up.body());
        JsonNode image = Http.JSON.readTree(up.body());
        assertEquals("image/png", image.path("mediaType").asText(), up.body());
        assertEquals(800, image.path("width").asInt());
        String url = image.path("url").asText();
        assertTrue(url.startsWith("/api/news/images/" + image.path("id").asText() + "?exp="), "signed: " + url);
        assertTrue(image.path("variants").has("thumb") && image.path("variants").has("phone"), up.body());

        HttpResponse<byte[]> got = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(http.base() + url))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, got.statusCode());
        assertEquals("image/png", got.headers().firstValue("Content-Type").orElse(""));
        assertEquals(png.size(), got.body().length);
        HttpResponse<byte[]> thumb = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(http.base() + image.path("variants").path("thumb").asText())).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, thumb.statusCode());
        assertEquals(320, javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(thumb.body())).getWidth());

        // an image URL survives sanitising in an article body (answered signed, as the upload was)
        long id = draft("Tin có ảnh", "<p>Ảnh:</p><img src=\"" + url + "\" alt=\"Hội nghị\">", tp);
        assertTrue(http.get("/api/news/articles/" + id, editor).expectJson(200).json().path("body").asText()
                .contains("src=\"" + url.replace("&", "&amp;") + "\""));

        // not an image, whatever its declared type: 400 with a Vietnamese message
        HttpResponse<String> bad = upload(editor, "image/png", "<svg onload=\"alert(1)\"></svg>".getBytes());
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(Http.JSON.readTree(bad.body()).path("detail").asText().contains("không phải là loại tệp được nhận"),
                bad.body());
        // only editors upload
        assertEquals(403, upload(memberA, "image/png", png.toByteArray()).statusCode());
    }

    private static HttpResponse<String> upload(String token, String type, byte[] bytes)
            throws IOException, InterruptedException {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                URI.create(http.base() + "/api/news/images")).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", type)
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean searchHit(String token, String q, long id) {
        JsonNode hits = http.get("/api/search?q=" + Http.encode(q) + "&types=article&limit=100", token)
                .expectJson(200).json();
        for (JsonNode h : hits) {
            if (("/api/news/articles/" + id).equals(h.path("url").asText())) {
                return true;
            }
        }
        return false;
    }

    private static HttpResponse<String> conditional(String path, String token, String ifNoneMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(http.base() + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").header("Authorization", "Bearer " + token).GET();
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
