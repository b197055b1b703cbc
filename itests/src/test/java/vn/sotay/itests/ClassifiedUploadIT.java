package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The classification guard of the platform's file check, over HTTP: an attachment whose heading
 * carries a state-secret stamp (MẬT, TỐI MẬT, TUYỆT MẬT, "Độ mật: …") is refused with 400
 * {@code classified} and a Vietnamese message, and nothing is stored; a regulation about
 * {@code bảo mật} that mentions {@code bí mật nhà nước} is taken.
 */
@Order(6)
class ClassifiedUploadIT {
    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static Http http;
    private static String editor;
    private static long documentId;

    @BeforeAll
    static void boot() {
        http = Distribution.get().http();
        editor = http.login(Demo.EDITOR, Demo.PASSWORD);
        long tu = Orgs.id(http, editor, Demo.TU);
        documentId = http.post("/api/documents", editor, Http.object().put("number", "92-QC/TU")
                .put("issuerName", "Tỉnh ủy Bình Sơn").put("ownerOrgId", tu).put("audienceOrgId", tu)
                .put("issuedOn", "2026-10-03").put("signer", "Nguyễn Văn Kiểm").put("title", "Quy chế bảo mật thông tin")
                .put("summary", "Quy chế bảo mật thông tin trên Sổ tay")).expectJson(201).longField("id");
    }

    static HttpResponse<String> attach(String name, String type, byte[] bytes) {
        return TestFiles.upload(http, "/api/documents/" + documentId + "/attachments?name=" + Http.encode(name), editor,
                type, bytes);
    }

    static final List<String> BODY = List.of("I. TÌNH HÌNH",
            "Các cấp ủy quán triệt và thực hiện nghiêm Luật Bảo vệ bí mật nhà nước năm 2018;",
            "tài liệu có độ mật được quản lý theo quy định, không đưa lên mạng Internet.",
            "II. NHIỆM VỤ, GIẢI PHÁP", "1. Tăng cường công tác bảo mật thông tin trên môi trường mạng.");

    @Test
    void aStampedResolutionIsRefusedWithAVietnameseMessageAndNotStored() throws IOException {
        byte[] stamped = TestFiles.resolution("12-NQ/TU", "MẬT", "NGHỊ QUYẾT", "về nhiệm vụ quốc phòng, an ninh năm 2026",
                BODY);
        HttpResponse<String> r = attach("Nghị quyết 12.pdf", PDF, stamped);
        assertEquals(400, r.statusCode(), r.body());
        JsonNode p = Http.JSON.readTree(r.body());
        assertEquals("https://sotay.vn/problems/classified", p.path("type").asText(), r.body());
        assertEquals("Tài liệu mật không được đưa lên", p.path("title").asText());
        assertTrue(p.path("detail").asText().startsWith("Tệp «Nghị quyết 12.pdf» có dấu độ mật «MẬT» ở phần đầu văn bản: "
                + "tài liệu chứa bí mật nhà nước không được đưa lên hệ thống này"), r.body());
        assertEquals("file", p.path("errors").get(0).path("field").asText());
        HttpResponse<String> docx = attach("Báo cáo.docx", DOCX, TestFiles.docx(List.of("TỈNH ỦY BÌNH SƠN",
                "Số 15-BC/TU", "Độ mật: Tối mật", "BÁO CÁO", "tình hình an ninh chính trị nội bộ")));
        assertEquals(400, docx.statusCode(), docx.body());
        assertTrue(docx.body().contains("«TỐI MẬT»"), docx.body());
        JsonNode kept = http.get("/api/documents/" + documentId, editor).expectJson(200).json().path("attachments");
        assertTrue(kept.findValuesAsText("fileName").stream().noneMatch(n -> n.equals("Nghị quyết 12.pdf")
                || n.equals("Báo cáo.docx")), "nothing stored: " + kept);
    }

    @Test
    void aRegulationOnProtectingStateSecretsIsTaken() {
        byte[] regulation = TestFiles.resolution("05-QC/TU", null, "QUY CHẾ",
                "BẢO VỆ BÍ MẬT NHÀ NƯỚC TRONG CÁC CƠ QUAN ĐẢNG", BODY);
        HttpResponse<String> r = attach("Quy chế 05.pdf", PDF, regulation);
        assertEquals(201, r.statusCode(), r.body());
    }
}
