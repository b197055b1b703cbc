package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Decompression bombs over HTTP: a PNG claiming 12,000 × 12,000 pixels (about 140 KB on disk, 600 MB
 * decoded) and a zip-bomb DOCX are refused with 413 in Vietnamese by every upload that takes them,
 * from what their headers declare; three of them in parallel leave the rest of the server answering
 * as fast as before.
 */
@Order(6)
class UploadBombsIT {
    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static Http http;
    private static String editor;
    private static String memberA;
    private static long documentId;
    private static byte[] pngBomb;
    private static byte[] docxBomb;

    @BeforeAll
    static void boot() {
        http = Distribution.get().http();
        editor = http.login(Demo.EDITOR, Demo.PASSWORD);
        memberA = http.login(Demo.MEMBER_A, Demo.PASSWORD);
        long tu = Orgs.id(http, editor, Demo.TU);
        documentId = http.post("/api/documents", editor, Http.object().put("number", "91-BC/TU")
                .put("issuerName", "Tỉnh ủy Bình Sơn").put("ownerOrgId", tu).put("audienceOrgId", tu)
                .put("issuedOn", "2026-10-02").put("signer", "Nguyễn Văn Kiểm").put("title", "Báo cáo thử tệp bom nén")
                .put("summary", "Tệp đính kèm thử nghiệm")).expectJson(201).longField("id");
        pngBomb = TestFiles.pngBomb(12_000, 12_000);
        docxBomb = TestFiles.docxBomb(150);
        assertTrue(pngBomb.length < 600_000 && docxBomb.length < 600_000,
                "small on disk: " + pngBomb.length + ", " + docxBomb.length);
    }

    static HttpResponse<String> newsImage(byte[] bytes) {
        return TestFiles.upload(http, "/api/news/images", editor, "image/png", bytes);
    }

    static HttpResponse<String> attachment(String name, String type, byte[] bytes) {
        return TestFiles.upload(http, "/api/documents/" + documentId + "/attachments?name=" + Http.encode(name), editor,
                type, bytes);
    }

    /** A 413 problem+json of type too-large whose Vietnamese detail contains {@code phrase}. */
    static void tooLarge(HttpResponse<String> r, String phrase) {
        assertEquals(413, r.statusCode(), r.body());
        assertEquals(Http.PROBLEM_JSON, r.headers().firstValue("Content-Type").orElse("").split(";")[0], r.body());
        try {
            JsonNode p = Http.JSON.readTree(r.body());
            assertEquals("https://sotay.vn/problems/too-large", p.path("type").asText(), r.body());
            assertEquals("Tệp quá lớn", p.path("title").asText());
            assertTrue(p.path("detail").asText().contains(phrase), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aPngOf12000By12000PixelsIsRefused413ByNewsAndByDocuments() {
        long start = System.nanoTime();
        tooLarge(newsImage(pngBomb), "12.000 × 12.000 điểm ảnh (144 triệu điểm ảnh), vượt giới hạn 40 triệu điểm ảnh");
        tooLarge(attachment("so-do.png", "image/png", pngBomb), "«so-do.png» là ảnh 12.000 × 12.000 điểm ảnh");
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < 3_000, "refused from the header, not decoded: " + ms + " ms for both");
        // an ordinary picture still passes both
        assertEquals(201, newsImage(TestFiles.png()).statusCode());
        assertEquals(201, attachment("anh.png", "image/png", TestFiles.png()).statusCode());
    }

    @Test
    void aZipBombDocxIsRefused413() {
        tooLarge(attachment("bao-cao.docx", DOCX, docxBomb), "khi giải nén sẽ chiếm 150 MB, vượt giới hạn 100 MB");
        assertEquals(0, http.get("/api/documents/" + documentId, editor).expectJson(200).json().path("attachments")
                .findValues("fileName").stream().filter(n -> n.asText().equals("bao-cao.docx")).count());
    }

    @Test
    void threeBombUploadsInParallelDoNotSlowOtherRequests() throws Exception {
        // warm the path measured, then measure it while three clients send bombs in a loop
        for (int i = 0; i < 20; i++) {
            http.get("/api/news?limit=20", memberA).expectJson(200);
        }
        ExecutorService bombers = Executors.newFixedThreadPool(3);
        List<Future<Integer>> sent = new ArrayList<>();
        long until = System.nanoTime() + Duration.ofSeconds(8).toNanos();
        try {
            for (int b = 0; b < 3; b++) {
                int kind = b;
                sent.add(bombers.submit(() -> {
                    int n = 0;
                    while (System.nanoTime() < until) {
                        HttpResponse<String> r = switch (kind) {
                            case 0 -> newsImage(pngBomb);
                            case 1 -> attachment("bom.png", "image/png", pngBomb);
                            default -> attachment("bom.docx", DOCX, docxBomb);
                        };
                        assertEquals(413, r.statusCode(), r.body());
                        n++;
                    }
                    return n;
                }));
            }
            List<Long> latencies = new ArrayList<>();
            while (System.nanoTime() < until) {
                long start = System.nanoTime();
                http.get("/api/news?limit=20", memberA).expectJson(200);
                http.get("/api/ping", null).expect(200);
                latencies.add((System.nanoTime() - start) / 2_000_000);
            }
            int bombs = 0;
            for (Future<Integer> f : sent) {
                bombs += f.get(60, TimeUnit.SECONDS);
            }
            Collections.sort(latencies);
            long p95 = latencies.get((int) Math.ceil(latencies.size() * 0.95) - 1);
            System.out.println("UploadBombsIT: " + bombs + " bombs refused in 8 s; " + latencies.size()
                    + " requests beside them, p50 " + latencies.get(latencies.size() / 2) + " ms, p95 " + p95 + " ms, max "
                    + latencies.get(latencies.size() - 1) + " ms");
            assertTrue(bombs >= 6, "the bombs were sent: " + bombs);
            assertTrue(latencies.size() >= 20, "requests kept answering: " + latencies.size());
            assertTrue(p95 < 1_000, "p95 " + p95 + " ms");
        } finally {
            bombers.shutdownNow();
        }
    }

    @Test
    void aPdfOverThePageBoundIsRefused413() throws IOException {
        byte[] pdf;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            for (int i = 0; i < 2_001; i++) {
                doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            pdf = out.toByteArray();
        }
        tooLarge(attachment("dai.pdf", PDF, pdf), "có 2.001 trang, vượt giới hạn 2.000 trang");
    }
}
