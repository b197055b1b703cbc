package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code feature:uninstall sotay-documents} takes the endpoints and menu entries away while the rest
 * keeps serving; {@code feature:install} brings them back with every document, attachment and
 * bookmark intact (the tables and the file store outlive the bundle).
 */
@Order(7)
class DocumentsHotDeployIT {
    static final String FEATURE = "sotay-documents";

    @Test
    void documentsAndAttachmentsSurviveUninstallAndReinstall() {
        Http http = Distribution.get().http();
        String editor = http.login(Demo.EDITOR, Demo.PASSWORD);
        String admin = http.login(Demo.ADMIN, Demo.PASSWORD);
        String member = http.login(Demo.MEMBER_A, Demo.PASSWORD);
        long tu = Orgs.id(http, admin, Demo.TU);
        long id = http.post("/api/documents", editor, DocumentsIT.document("93-TB/TU",
                "Thông báo thử gỡ và cài lại phân hệ tài liệu", tu, tu)).expectJson(201).longField("id");
        byte[] pdf = TestFiles.pdf(List.of("Thông báo số 93-TB/TU về lịch tiếp công dân."));
        HttpResponse<String> up = TestFiles.upload(http, "/api/documents/" + id + "/attachments?name=tb93.pdf", editor,
                DocumentsIT.PDF, pdf);
        assertEquals(201, up.statusCode(), up.body());
        http.post("/api/documents/" + id + "/submit", editor, null).expectJson(200);
        http.post("/api/documents/" + id + "/approve", admin, null).expectJson(200);
        http.send("PUT", "/api/documents/" + id + "/bookmark", member, null, null).expect(201);
        JsonNode before = http.get("/api/documents/" + id, member).expectJson(200).json();
        String url = before.path("attachments").get(0).path("url").asText();

        boolean installed = true;
        try {
            String out = Shell.exec("feature:uninstall " + FEATURE);
            installed = false;
            Await.until(Duration.ofSeconds(30), "GET /api/documents answers 404 after feature:uninstall (" + out + ")",
                    () -> {
                        Http.Response r = http.get("/api/documents", member);
                        return Await.Check.of(r.status() == 404, r);
                    });
            Await.until(Duration.ofSeconds(10), "/api/menu has no documents entries", () -> {
                String menu = http.get("/api/menu", editor).expectJson(200).body();
                return Await.Check.of(!menu.contains("documents."), menu);
            });
            http.get("/api/news", member).expectJson(200);
            out = Shell.exec("feature:install " + FEATURE);
            installed = true;
            Await.until(Duration.ofSeconds(60), "GET /api/documents answers 200 after feature:install (" + out + ")",
                    () -> {
                        Http.Response r = http.get("/api/documents", member);
                        return Await.Check.of(r.status() == 200, r);
                    });
        } finally {
            if (!installed) {
                Shell.run("feature:install " + FEATURE);
            }
        }
        JsonNode after = http.get("/api/documents/" + id, member).expectJson(200).json();
        assertEquals(before.path("number").asText(), after.path("number").asText());
        assertEquals(before.path("attachments"), after.path("attachments"));
        assertTrue(after.path("bookmarked").asBoolean(), "the bookmark is kept");
        HttpResponse<byte[]> file = TestFiles.download(http, url, member);
        assertEquals(200, file.statusCode());
        assertArrayEquals(pdf, file.body(), "the attachment's bytes are kept");
        assertTrue(http.get("/api/menu", editor).expectJson(200).body().contains("documents.upload"));
        Await.until(Duration.ofSeconds(30), "the document is found by number again", () -> {
            JsonNode hits = http.get("/api/documents/search?q=93%20TB%2FTU", member).expectJson(200).json();
            return Await.Check.of(hits.size() > 0 && hits.get(0).path("document").path("id").asLong() == id, hits);
        });
    }
}
