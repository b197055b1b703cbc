package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The documents library over HTTP on the real distribution: attachments found by their text,
 * number search in many spellings, relations and legal status, audience limits in lists, search
 * and downloads, bookmarks, refused files. The province reviewer is the admin (the demo reviewer
 * account is locked by AuthIT).
 */
@Order(6)
class DocumentsIT {
    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static Http http;
    private static String editor;
    private static String admin;
    private static String memberA;
    private static String memberB;
    private static long tu;
    private static long sh;
    private static long duk;

    @BeforeAll
    static void boot() {
        http = Distribution.get().http();
        editor = http.login(Demo.EDITOR, Demo.PASSWORD);
        admin = http.login(Demo.ADMIN, Demo.PASSWORD);
        memberA = http.login(Demo.MEMBER_A, Demo.PASSWORD);
        memberB = http.login(Demo.MEMBER_B, Demo.PASSWORD);
        tu = Orgs.id(http, admin, Demo.TU);
        sh = Orgs.id(http, admin, Demo.SH);
        duk = Orgs.id(http, admin, "DUK");
        Await.until(Duration.ofSeconds(90), "the demo documents are loaded", () -> {
            List<JsonNode> all = http.all("/api/documents", admin);
            return Await.Check.of(all.size() >= 25, all.size());
        });
    }

    static ObjectNode document(String number, String title, long owner, long audience) {
        return Http.object().put("number", number).put("issuerName", "Cơ quan ban hành thử nghiệm")
                .put("ownerOrgId", owner).put("audienceOrgId", audience).put("issuedOn", "2026-10-01")
                .put("signer", "Nguyễn Văn Kiểm").put("title", title).put("summary", "Tóm tắt " + title);
    }

    static long draft(ObjectNode body) {
        Http.Response r = http.post("/api/documents", editor, body).expectJson(201);
        assertEquals("DRAFT", r.field("reviewStatus").asText(), r.body());
        return r.longField("id");
    }

    static JsonNode attach(long id, String name, String type, byte[] bytes, int expected) {
        HttpResponse<String> r = TestFiles.upload(http, "/api/documents/" + id + "/attachments?name=" + Http.encode(name),
                editor, type, bytes);
        assertEquals(expected, r.statusCode(), r.body());
        try {
            return Http.JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode publish(long id) {
        http.post("/api/documents/" + id + "/submit", editor, null).expectJson(200);
        JsonNode d = http.post("/api/documents/" + id + "/approve", admin, null).expectJson(200).json();
        assertEquals("APPROVED", d.path("reviewStatus").asText());
        return d;
    }

    static List<Long> hits(String token, String q) {
        List<Long> ids = new ArrayList<>();
        http.get("/api/documents/search?q=" + Http.encode(q), token).expectJson(200).json()
                .forEach(h -> ids.add(h.path("document").path("id").asLong()));
        return ids;
    }

    static List<Long> listed(String token, String query) {
        List<Long> ids = new ArrayList<>();
        http.all("/api/documents" + query, token).forEach(i -> ids.add(i.path("id").asLong()));
        return ids;
    }

    @Test
    void aPdfAndADocxAreFoundByAPhraseFromTheirBodyWithAHighlightedSnippet() {
        long id = draft(document("88-NQ/TU", "Nghị quyết về phát triển kinh tế thủy sản", tu, tu));
        byte[] pdf = TestFiles.pdf(List.of("TỈNH ỦY BÌNH SƠN", "Số 88-NQ/TU",
                "Phát triển mô hình nuôi cá lồng bè trên sông Trà Khúc gắn với hợp tác xã kiểu mới.",
                "Các chi bộ thôn ven sông vận động đảng viên đi đầu."));
        JsonNode a = attach(id, "Nghị quyết 88 thủy sản.pdf", PDF, pdf, 201);
        assertEquals(PDF, a.path("mediaType").asText());
        assertEquals(1, a.path("pages").asInt());
        long docxId = draft(document("89-HD/TU", "Hướng dẫn trồng rừng gỗ lớn", tu, tu));
        byte[] docx = TestFiles.docx(List.of("Hướng dẫn số 89-HD/TU.",
                "Khuyến khích trồng rừng gỗ lớn bằng giống keo lai mô hom trên đất đồi."));
        attach(docxId, "Hướng dẫn 89.docx", "application/octet-stream", docx, 201);

        assertFalse(hits(memberA, "nuôi cá lồng bè").contains(id), "drafts are never searchable");
        publish(id);
        publish(docxId);

        JsonNode hit = http.get("/api/documents/search?q=" + Http.encode("nuoi ca long be song Tra Khuc"), memberA)
                .expectJson(200).json().get(0);
        assertEquals(id, hit.path("document").path("id").asLong(), "a phrase without accents finds the PDF");
        String snippet = hit.path("snippet").asText();
        assertTrue(snippet.contains("nuôi cá lồng bè"), snippet);
        JsonNode first = hit.path("highlights").get(0);
        String marked = snippet.substring(first.path("start").asInt(), first.path("end").asInt());
        assertTrue(List.of("nuôi", "cá", "lồng", "bè", "sông", "Trà", "Khúc").contains(marked), marked + " in " + snippet);
        assertEquals(docxId, hits(memberB, "giống keo lai mô hom").get(0), "the DOCX body is searchable");

        JsonNode detail = http.get("/api/documents/" + id, memberA).expectJson(200).json();
        String url = detail.path("attachments").get(0).path("url").asText();
        HttpResponse<byte[]> got = TestFiles.download(http, url, memberA);
        assertEquals(200, got.statusCode());
        assertEquals(PDF, got.headers().firstValue("Content-Type").orElse(""));
        String disposition = got.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment;") && disposition.contains("filename*=UTF-8''Ngh%E1%BB%8B%20quy%E1%BA%BFt%2088"),
                disposition);
        assertArrayEquals(pdf, got.body(), "the bytes uploaded");
        JsonNode docxFile = http.get("/api/documents/" + docxId, memberA).expectJson(200).json().path("attachments").get(0);
        assertEquals(DOCX, docxFile.path("mediaType").asText(), "the type is taken from the content, not the request");
        assertEquals(DOCX, TestFiles.download(http, docxFile.path("url").asText(), memberA).headers()
                .firstValue("Content-Type").orElse(""));
    }

    @Test
    void aNumberIsFoundFirstInEverySpelling() {
        long id = draft(document("515-QĐ/ĐUK", "Quyết định kiện toàn Ban Chỉ đạo chuyển đổi số của Khối", duk, duk));
        publish(id);
        long decoy = draft(document("516-BC/ĐUK", "Báo cáo có 515 đảng viên Khối QĐ và ĐUK tham gia", duk, duk));
        publish(decoy);
        for (String q : List.of("515-QĐ/ĐUK", "515 QD/DUK", "so 515-qd/duk", "Số 515/QĐ-ĐUK", "515-qđ/đuk",
                "quyết định 515 QĐ/ĐUK")) {
            List<Long> ids = hits(admin, q);
            assertFalse(ids.isEmpty(), q);
            assertEquals(id, ids.get(0), "«" + q + "» finds 515-QĐ/ĐUK first: " + ids);
        }
        assertEquals(List.of(id), listed(admin, "?number=" + Http.encode("515 QD/DUK")));
        assertEquals("515-QĐ/ĐUK", http.get("/api/documents/" + id, admin).expectJson(200).field("number").asText());
        http.post("/api/documents", editor, document("515 QĐ", "Thiếu cơ quan", duk, duk)).expectProblem(400)
                .expectErrorField("number");
    }

    @Test
    void aReplacedDocumentShowsWhatReplacedIt() {
        long old = draft(document("61-CT/TU", "Chỉ thị về phòng, chống thiên tai năm 2026", tu, tu));
        publish(old);
        ObjectNode next = document("62-CT/TU", "Chỉ thị về phòng, chống thiên tai và tìm kiếm cứu nạn", tu, tu);
        next.putArray("relations").addObject().put("kind", "REPLACES").put("number", "61 CT/TU");
        long id = draft(next);
        assertEquals("IN_FORCE", http.get("/api/documents/" + old, memberA).expectJson(200).field("legalStatus").asText(),
                "in force until the replacement is approved");
        publish(id);
        JsonNode replaced = http.get("/api/documents/" + old, memberA).expectJson(200).json();
        assertEquals("REPLACED", replaced.path("legalStatus").asText());
        JsonNode by = replaced.path("relatedBy").get(0);
        assertEquals(id, by.path("documentId").asLong());
        assertEquals("62-CT/TU", by.path("number").asText());
        assertEquals("Được thay thế bởi", by.path("label").asText());
        JsonNode rel = http.get("/api/documents/" + id, memberA).expectJson(200).json().path("relations").get(0);
        assertEquals(old, rel.path("documentId").asLong());
        assertEquals("REPLACES", rel.path("kind").asText());
        assertTrue(listed(memberA, "?status=REPLACED").contains(old));
        assertFalse(listed(memberA, "?status=IN_FORCE").contains(old));
        // the demo data: Quy định 37-QĐi/TW replaced 47-QĐ/TW
        long demoOld = listed(memberA, "?number=47-QD/TW").get(0);
        JsonNode demo = http.get("/api/documents/" + demoOld, memberA).expectJson(200).json();
        assertEquals("REPLACED", demo.path("legalStatus").asText());
        assertEquals("37-QĐi/TW", demo.path("relatedBy").get(0).path("number").asText());
        http.post("/api/documents/" + old + "/legal-status", memberA, Http.object().put("status", "EXPIRED")).expectProblem(403);
        http.post("/api/documents/" + old + "/legal-status", admin, Http.object().put("status", "EXPIRED")).expectJson(200);
        assertEquals("EXPIRED", http.get("/api/documents/" + old, memberA).expectJson(200).field("legalStatus").asText());
    }

    @Test
    void aDistrictsInternalDocumentIsInvisibleToAnotherDistrict() {
        long id = draft(document("77-CV/HU", "Công văn nội bộ về đê bao Sơn Hà", sh, sh));
        JsonNode a = attach(id, "Công văn 77.pdf", PDF, TestFiles.pdf(List.of("Gia cố đê bao xã Sơn Long trước mùa lũ.")), 201);
        publish(id);
        String url = "/api/documents/" + id + "/attachments/" + a.path("id").asLong();
        // member B (a cell of Sơn Hà) reads it everywhere
        assertTrue(listed(memberB, "").contains(id));
        assertTrue(listed(memberB, "?scope=cell").contains(id));
        assertTrue(hits(memberB, "gia co de bao").contains(id));
        assertEquals(200, TestFiles.download(http, url, memberB).statusCode());
        // member A (a cell of the city) sees nothing of it
        assertFalse(listed(memberA, "").contains(id), "not listed");
        assertFalse(listed(memberA, "?level=DISTRICT").contains(id), "not listed with a filter");
        assertFalse(hits(memberA, "gia co de bao").contains(id), "not found");
        assertFalse(hits(memberA, "77-CV/HU").contains(id), "not found by number");
        http.get("/api/documents/" + id, memberA).expectProblem(404);
        HttpResponse<byte[]> refused = TestFiles.download(http, url, memberA);
        assertEquals(404, refused.statusCode());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith(Http.PROBLEM_JSON));
        http.send("PUT", "/api/documents/" + id + "/bookmark", memberA, null, null).expectProblem(404);
        // "for my cell": the province's documents reach every cell, Sơn Hà's do not reach the city
        List<Long> mine = listed(memberA, "?scope=cell");
        assertTrue(mine.containsAll(listed(memberA, "?level=CENTRAL")) && !mine.isEmpty());
    }

    @Test
    void aCellSecretaryUploadsTheCellsOwnDocument() {
        String secretary = http.login(Demo.SECRETARY_CELL_A, Demo.PASSWORD);
        long cellA = Orgs.id(http, admin, Demo.CELL_A);
        long tp = Orgs.id(http, admin, Demo.TP);
        http.post("/api/documents", secretary, document("05-BC/TP", "Báo cáo của cấp trên", tp, tp)).expectProblem(403);
        Http.Response created = http.post("/api/documents", secretary,
                document("05-BC/CB", "Báo cáo kết quả sinh hoạt chuyên đề quý IV của Chi bộ Khu phố 1", cellA, cellA))
                .expectJson(201);
        assertEquals("GRASSROOTS", created.field("level").asText());
        long id = created.longField("id");
        HttpResponse<String> up = TestFiles.upload(http, "/api/documents/" + id + "/attachments?name="
                + Http.encode("Báo cáo quý IV.pdf"), secretary, PDF, TestFiles.pdf(List.of("Chi bộ duy trì sinh hoạt đều đặn.")));
        assertEquals(201, up.statusCode(), up.body());
        http.post("/api/documents/" + id + "/submit", secretary, null).expectJson(200);
        http.post("/api/documents/" + id + "/approve", secretary, null).expectProblem(403);
        assertTrue(http.get("/api/documents/review", admin).expectJson(200).body().contains("05-BC/CB"), "in the review queue");
        http.post("/api/documents/" + id + "/approve", admin, null).expectJson(200);
        assertTrue(listed(memberA, "?scope=cell").contains(id), "addressed to the members of cell A");
        assertFalse(listed(memberB, "").contains(id), "not to another district's cell");
    }

    @Test
    void bookmarksRoundTrip() {
        long id = listed(memberA, "?type=RESOLUTION&level=PROVINCE").get(0);
        http.delete("/api/documents/" + id + "/bookmark", memberA).expect(204);
        http.send("PUT", "/api/documents/" + id + "/bookmark", memberA, null, null).expect(201);
        http.send("PUT", "/api/documents/" + id + "/bookmark", memberA, null, null).expect(204);
        List<JsonNode> marks = http.all("/api/documents/bookmarks", memberA);
        assertEquals(id, marks.get(0).path("id").asLong());
        assertTrue(marks.get(0).path("bookmarked").asBoolean());
        assertTrue(http.get("/api/documents/" + id, memberA).expectJson(200).field("bookmarked").asBoolean());
        assertTrue(http.all("/api/documents/bookmarks", memberB).stream().noneMatch(m -> m.path("id").asLong() == id),
                "bookmarks are per member");
        http.delete("/api/documents/" + id + "/bookmark", memberA).expect(204);
        assertTrue(http.all("/api/documents/bookmarks", memberA).stream().noneMatch(m -> m.path("id").asLong() == id));
    }

    @Test
    void corruptOversizedAndDisguisedFilesAreRefusedAndNothingIsStored() throws IOException {
        long id = draft(document("90-KH/TU", "Kế hoạch thử tệp hỏng", tu, tu));
        long before = storedFiles();
        byte[] pdf = TestFiles.pdf(List.of("Kế hoạch số 90."));
        byte[] broken = java.util.Arrays.copyOf(pdf, 2048); // the PDF header, then a cut-off body and zeros
        java.util.Arrays.fill(broken, 16, broken.length, (byte) 'x');
        JsonNode corrupt = attach(id, "ke-hoach.pdf", PDF, broken, 400);
        assertTrue(corrupt.path("detail").asText().contains("ke-hoach.pdf"), corrupt.toString());
        assertEquals("file", corrupt.path("errors").get(0).path("field").asText());
        JsonNode disguised = attach(id, "bao-cao.pdf", PDF, TestFiles.png(), 400);
        assertTrue(disguised.path("detail").asText().contains("bao-cao.pdf"), disguised.toString());
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        attach(id, "huong-dan.docx", DOCX, exe, 400);
        JsonNode empty = attach(id, "rong.pdf", PDF, new byte[0], 400);
        assertTrue(empty.path("detail").asText().contains("rỗng"), empty.toString());
        JsonNode big = attach(id, "lon.pdf", PDF, new byte[21 * 1024 * 1024], 413);
        assertTrue(big.path("detail").asText().contains("20 MB"), big.toString());
        assertEquals(0, http.get("/api/documents/" + id, editor).expectJson(200).json().path("attachments").size());
        assertEquals(before, storedFiles(), "nothing stored, no temporary file left");
        assertEquals(1, attach(id, "ke-hoach.pdf", PDF, pdf, 201).path("pages").asInt(), "the good file is taken");
    }

    @Test
    void filtersPagingAndStatistics() {
        List<JsonNode> central = http.all("/api/documents?level=CENTRAL", memberA);
        assertTrue(central.size() >= 5 && central.stream().allMatch(d -> "CENTRAL".equals(d.path("level").asText())));
        List<JsonNode> plans = http.all("/api/documents?type=KH&year=2025", memberA);
        assertTrue(!plans.isEmpty() && plans.stream().allMatch(d -> d.path("number").asText().contains("-KH/")
                && d.path("issuedOn").asText().startsWith("2025")), plans.toString());
        assertTrue(http.all("/api/documents?issuer=DUK", admin).stream()
                .allMatch(d -> d.path("number").asText().endsWith("/ĐUK")));
        http.get("/api/documents?level=TINH", memberA).expectProblem(400).expectErrorField("level");
        // newest first, pages of 3 without overlap
        Http.Response p1 = http.get("/api/documents?limit=3", memberA).expectJson(200);
        Http.Response p2 = http.get("/api/documents?limit=3&cursor=" + Http.encode(p1.field("next").asText()), memberA)
                .expectJson(200);
        List<String> dates = new ArrayList<>();
        Stream.concat(toList(p1.field("items")).stream(), toList(p2.field("items")).stream())
                .forEach(i -> dates.add(i.path("issuedOn").asText()));
        assertEquals(6, dates.size());
        assertEquals(dates.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dates);
        // statistics: per level, for committees and administrators only
        JsonNode stats = http.get("/api/documents/stats?from=2000-01-01&to=2030-01-01", admin).expectJson(200).json();
        assertTrue(stats.path("postedByLevel").path("CENTRAL").asLong() >= 5, stats.toString());
        assertTrue(stats.path("postedByLevel").path("GRASSROOTS").asLong() >= 3, stats.toString());
        http.get("/api/documents/stats", memberA).expectProblem(403);
        JsonNode metrics = http.get("/api/metrics", admin).expectJson(200).json();
        assertTrue(metrics.toString().contains("documents.posted") && metrics.toString().contains("documents.downloads"));
        // the same figures as statistics contributions: every level, and one metric per level
        String period = "&from=1999-12-31T17:00:00Z&to=2029-12-31T17:00:00Z"; // the stats' days, in Vietnam
        long all = http.get("/api/metrics/documents.posted?org=" + tu + period, admin).expectJson(200).field("total").asLong();
        long levels = 0;
        for (String level : List.of("central", "province", "district", "grassroots")) {
            JsonNode m = http.get("/api/metrics/documents.posted." + level + "?org=" + tu + period, admin).expectJson(200).json();
            assertEquals(stats.path("postedByLevel").path(level.toUpperCase(java.util.Locale.ROOT)).asLong(-1),
                    m.path("total").asLong(), level + ": " + m + " / " + stats);
            levels += m.path("total").asLong();
        }
        assertEquals(all, levels, "the levels add up to documents.posted");
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    /** Files in the attachments store (bytes, texts and temporary uploads). */
    private static long storedFiles() throws IOException {
        Path dir = Distribution.get().home().resolve("data/sotay/documents/files");
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).count();
        }
    }
}
