package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Editing lessons and programmes of the study module over HTTP: a draft lesson and a programme edited
 * with the version they were opened at (a stale version is refused with 409 in Vietnamese and changes
 * nothing, by body or {@code If-Match}), a returned lesson edited and resubmitted, the check's key shown
 * to its drafters only while the lesson is not approved; images and attachments uploaded through the
 * file inspector (disguised, classified, oversized files refused), shown in the text, and served to the
 * lesson's readers only: a member of another district gets 404.
 */
@Order(7)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StudyLessonsIT {
    private static Http http;
    private static String admin;
    private static String committeeTp;
    private static String memberA;
    private static String memberB;
    private static String reviewer;
    private static long cellA;

    @BeforeAll
    static void boot() {
        http = Distribution.get().http();
        admin = http.login(Demo.ADMIN, Demo.PASSWORD);
        committeeTp = http.login(Demo.COMMITTEE_TP, Demo.PASSWORD);
        memberA = http.login(Demo.MEMBER_A, Demo.PASSWORD);
        memberB = http.login(Demo.MEMBER_B, Demo.PASSWORD);
        JsonNode tree = Orgs.tree(http, admin);
        cellA = Orgs.find(tree, Demo.CELL_A).orElseThrow().path("id").asLong();
        // the demo reviewer may be locked by AuthIT: a member of cell B (not StudyIT's) gets REVIEWER at the root
        long root = Orgs.find(tree, Demo.TU).orElseThrow().path("id").asLong();
        long cellB = Orgs.find(tree, Demo.CELL_B).orElseThrow().path("id").asLong();
        reviewer = Members.account(http, admin, Members.member(http, admin, cellB, 6), Map.of("REVIEWER", root));
    }

    static long programme() {
        return http.post("/api/study/programmes", committeeTp, Http.object().put("orgId", cellA)
                .put("title", "Chuyên đề sửa IT " + System.nanoTime())
                .put("deadline", Instant.now().plus(Duration.ofDays(20)).toString())).expectJson(201).json().path("id").asLong();
    }

    static ObjectNode lessonBody(String title, String html) {
        ObjectNode body = Http.object().put("title", title).put("position", 1).put("body", html);
        ObjectNode check = body.putObject("check").put("text", "Bài học nói gì?").put("correct", 1);
        check.putArray("options").add("Phương án một").add("Phương án hai");
        return body;
    }

    @Test
    @Order(1)
    void aDraftIsEditedAtTheVersionItWasOpenedAtAndAStaleSaveChangesNothing() {
        long p = programme();
        JsonNode l = http.post("/api/study/programmes/" + p + "/lessons", committeeTp, lessonBody("Bài nháp", "<p>Một</p>"))
                .expectJson(201).json();
        long id = l.path("id").asLong();
        JsonNode opened = http.get("/api/study/lessons/" + id, committeeTp).expectJson(200).json();
        assertEquals(1, opened.path("version").asInt(), opened.toString());
        assertTrue(opened.path("editable").asBoolean(), opened.toString());
        assertEquals(1, opened.path("checkCorrect").asInt(), "the drafter edits the key: " + opened);
        JsonNode saved = http.sendWith("PUT", "/api/study/lessons/" + id, committeeTp,
                lessonBody("Bài đã sửa", "<p>Hai <img src=\"javascript:x\" onerror=\"x()\"></p>").put("version", 1), Map.of())
                .expectJson(200).json();
        assertEquals(2, saved.path("version").asInt());
        assertFalse(saved.path("body").asText().contains("onerror") || saved.path("body").asText().contains("javascript"), saved.toString());
        JsonNode stale = http.sendWith("PUT", "/api/study/lessons/" + id, committeeTp,
                lessonBody("Bài cũ", "<p>Ba</p>").put("version", 1), Map.of()).expectProblem(409).json();
        assertTrue(stale.path("detail").asText().contains("phiên bản 2"), stale.toString());
        http.sendWith("PUT", "/api/study/lessons/" + id, committeeTp, lessonBody("Bài cũ", "<p>Ba</p>"), Map.of("If-Match", "\"1\""))
                .expectProblem(409);
        http.sendWith("PUT", "/api/study/lessons/" + id, committeeTp, lessonBody("Bài cũ", "<p>Ba</p>"), Map.of("If-Match", "x"))
                .expectProblem(400);
        assertEquals("Bài đã sửa", http.get("/api/study/lessons/" + id, committeeTp).expectJson(200).json().path("title").asText());

        assertEquals(3, http.post("/api/study/lessons/" + id + "/submit", committeeTp, null).expectJson(200).json().path("version").asInt());
        JsonNode submitted = http.get("/api/study/lessons/" + id, committeeTp).expectJson(200).json();
        assertFalse(submitted.path("editable").asBoolean(), submitted.toString());
        http.sendWith("PUT", "/api/study/lessons/" + id, committeeTp, lessonBody("Bài", "<p>x</p>").put("version", 3), Map.of())
                .expectProblem(409);
        http.post("/api/study/lessons/" + id + "/return", reviewer, Map.of("comment", "Thêm ví dụ ở chi bộ.")).expectJson(200);
        JsonNode returned = http.get("/api/study/lessons/" + id, committeeTp).expectJson(200).json();
        assertTrue(returned.path("editable").asBoolean() && returned.path("version").asInt() == 4, returned.toString());
        http.sendWith("PUT", "/api/study/lessons/" + id, committeeTp,
                lessonBody("Bài có ví dụ", "<p>Ví dụ ở chi bộ.</p>"), Map.of("If-Match", "\"4\"")).expectJson(200);
        http.post("/api/study/lessons/" + id + "/submit", committeeTp, null).expectJson(200);
        http.post("/api/study/lessons/" + id + "/approve", reviewer, null).expectJson(200);
        JsonNode read = http.get("/api/study/lessons/" + id, memberA).expectJson(200).json();
        assertEquals("Bài có ví dụ", read.path("title").asText());
        assertTrue(read.path("checkCorrect").isNull() && read.path("check").path("correct").isMissingNode(), read.toString());
        assertFalse(read.path("editable").asBoolean());
        JsonNode drafter = http.get("/api/study/lessons/" + id, committeeTp).expectJson(200).json();
        assertTrue(drafter.path("checkCorrect").isNull(), "approved: the key stays on the server: " + drafter);
        http.sendWith("PUT", "/api/study/lessons/" + id, memberA, lessonBody("Bài", "<p>x</p>"), Map.of()).expectProblem(403);
        http.sendWith("PUT", "/api/study/lessons/" + id, memberB, lessonBody("Bài", "<p>x</p>"), Map.of()).expectProblem(404);
    }

    @Test
    @Order(2)
    void aProgrammeIsEditedWithItsVersionAndKeepsItsOrganisation() {
        long p = programme();
        JsonNode opened = http.get("/api/study/programmes/" + p, committeeTp).expectJson(200).json();
        assertEquals(1, opened.path("version").asInt(), opened.toString());
        String deadline = Instant.now().plus(Duration.ofDays(40)).toString();
        ObjectNode edit = Http.object().put("title", "Chuyên đề đã sửa").put("description", "Giới thiệu mới").put("deadline", deadline)
                .put("version", 1);
        JsonNode saved = http.sendWith("PUT", "/api/study/programmes/" + p, committeeTp, edit, Map.of()).expectJson(200).json();
        assertEquals(2, saved.path("version").asInt(), saved.toString());
        assertEquals("Chuyên đề đã sửa", saved.path("title").asText());
        assertEquals(cellA, saved.path("orgId").asLong());
        JsonNode stale = http.sendWith("PUT", "/api/study/programmes/" + p, committeeTp, edit.put("title", "Cũ"), Map.of())
                .expectProblem(409).json();
        assertTrue(stale.path("detail").asText().contains("phiên bản 2"), stale.toString());
        http.sendWith("PUT", "/api/study/programmes/" + p, committeeTp, edit.put("version", 2).put("orgId", 1), Map.of())
                .expectProblem(400).expectErrorField("orgId");
        edit.remove("orgId");
        http.sendWith("PUT", "/api/study/programmes/" + p, memberA, edit, Map.of()).expectProblem(403);
        http.sendWith("PUT", "/api/study/programmes/" + p, memberB, edit, Map.of()).expectProblem(404);
        assertEquals("Chuyên đề đã sửa", http.get("/api/study/programmes/" + p, memberA).expectJson(200).json().path("title").asText());
    }

    @Test
    @Order(3)
    void imagesAndAttachmentsReachTheLessonsReadersOnly() {
        long p = programme();
        long id = http.post("/api/study/programmes/" + p + "/lessons", committeeTp, lessonBody("Bài có ảnh", "<p>Chưa có ảnh</p>"))
                .expectJson(201).json().path("id").asLong();
        String base = "/api/study/lessons/" + id + "/files";
        byte[] png = TestFiles.png();
        HttpResponse<String> up = TestFiles.upload(http, base + "?name=so-do-to-chuc.png", committeeTp, "image/png", png);
        assertEquals(201, up.statusCode(), up.body());
        JsonNode image = json(up.body());
        assertTrue(image.path("image").asBoolean() && image.path("width").asInt() == 40, up.body());
        String imageUrl = image.path("url").asText();
        byte[] pdf = TestFiles.pdf(List.of("Tài liệu tham khảo bài học", "Nội dung hướng dẫn thảo luận ở chi bộ"));
        HttpResponse<String> doc = TestFiles.upload(http, base + "?name=" + Http.encode("Tài liệu thảo luận.pdf"), committeeTp,
                "application/pdf", pdf);
        assertEquals(201, doc.statusCode(), doc.body());
        String docUrl = json(doc.body()).path("url").asText();
        HttpResponse<String> extra = TestFiles.upload(http, base + "?name=thua.png", committeeTp, "image/png", png);
        assertEquals(201, extra.statusCode(), extra.body());

        assertEquals(400, TestFiles.upload(http, base + "?name=bao-cao.pdf", committeeTp, "application/pdf", png).statusCode(),
                "a PNG named .pdf is disguised");
        HttpResponse<String> stamped = TestFiles.upload(http, base + "?name=nghi-quyet.pdf", committeeTp, "application/pdf",
                TestFiles.resolution("12-NQ/TU", "MẬT", "NGHỊ QUYẾT", "về nhiệm vụ năm 2026", List.of("Nội dung.")));
        assertEquals(400, stamped.statusCode(), stamped.body());
        assertTrue(stamped.body().contains("classified"), stamped.body());
        assertEquals(400, TestFiles.upload(http, base + "?name=" + Http.encode("Kế hoạch TỐI MẬT.png"), committeeTp, "image/png", png)
                .statusCode(), "a classification mark in the name");
        assertEquals(413, TestFiles.upload(http, base + "?name=lon.png", committeeTp, "image/png", new byte[11 << 20]).statusCode());
        assertEquals(404, TestFiles.upload(http, base + "?name=a.png", memberB, "image/png", png).statusCode());
        assertEquals(404, TestFiles.upload(http, base + "?name=a.png", memberA, "image/png", png).statusCode(), "a draft is unknown to members");

        http.delete(base + "/" + json(extra.body()).path("id").asLong(), committeeTp).expect(204);
        http.delete(base + "/" + json(extra.body()).path("id").asLong(), committeeTp).expectProblem(404);
        JsonNode saved = http.sendWith("PUT", "/api/study/lessons/" + id, committeeTp, lessonBody("Bài có ảnh",
                "<p>Sơ đồ:</p><p><img src=\"" + imageUrl + "\" alt=\"Sơ đồ tổ chức\"></p>"), Map.of()).expectJson(200).json();
        assertTrue(saved.path("body").asText().contains("src=\"" + imageUrl + "\""), saved.toString());
        assertEquals(2, saved.path("files").size(), saved.toString());
        assertEquals(404, TestFiles.download(http, imageUrl, memberA).statusCode(), "not approved yet");
        http.post("/api/study/lessons/" + id + "/submit", committeeTp, null).expectJson(200);
        assertEquals(409, TestFiles.upload(http, base + "?name=muon.png", committeeTp, "image/png", png).statusCode());
        http.post("/api/study/lessons/" + id + "/approve", reviewer, null).expectJson(200);
        http.delete(docUrl, committeeTp).expectProblem(409);

        JsonNode read = http.get("/api/study/lessons/" + id, memberA).expectJson(200).json();
        assertEquals(2, read.path("files").size(), read.toString());
        HttpResponse<byte[]> got = TestFiles.download(http, imageUrl, memberA);
        assertEquals(200, got.statusCode());
        assertArrayEquals(png, got.body());
        assertEquals("image/png", got.headers().firstValue("Content-Type").orElse(""));
        assertTrue(got.headers().firstValue("Content-Disposition").orElse("").startsWith("inline"));
        HttpResponse<byte[]> att = TestFiles.download(http, docUrl, memberA);
        assertEquals(200, att.statusCode());
        assertArrayEquals(pdf, att.body());
        assertTrue(att.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"), att.headers().toString());
        String etag = got.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, http.exchange("GET", imageUrl, "Bearer " + memberA, null, null, Map.of("If-None-Match", etag)).status());
        assertEquals(404, TestFiles.download(http, imageUrl, memberB).statusCode(), "another district: as if it did not exist");
        assertEquals(404, TestFiles.download(http, docUrl, memberB).statusCode());
        assertEquals(404, TestFiles.download(http, "/api/study/lessons/" + id + "/files/2000000001", memberA).statusCode());
        assertEquals(401, http.get(imageUrl, null).status());
    }

    static JsonNode json(String body) {
        try {
            return Http.JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
