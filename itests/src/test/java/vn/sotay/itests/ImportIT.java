package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * CSV import of organisations and members over REST and the Karaf shell: all or nothing, line and
 * column of every error, idempotent re-import. The methods build on each other (ordered).
 */
@Order(4)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportIT {
    static final String CSV = "text/csv; charset=UTF-8";
    static final String ORG_HEADER = "Mã,Tên,Loại,Mã cấp trên\n";
    static final String MEMBER_HEADER = "Họ và tên,Ngày sinh,Giới tính,Số thẻ đảng viên,Điện thoại,Email,Mã chi bộ,"
            + "Trạng thái,Ngày vào Đảng,Ngày chính thức\n";

    /** A new grassroots committee under TP with two cells. */
    static final String ORGS = ORG_HEADER
            + "TP-PKT,Đảng ủy phường Kiểm Thử,Đảng bộ cơ sở,TP\n"
            + "TP-PKT-CB01,Chi bộ Khu phố Đồng Tâm,Chi bộ,TP-PKT\n"
            + "TP-PKT-CB02,Chi bộ Khu phố Hướng Dương,Chi bộ,TP-PKT\n";

    static final String MEMBERS = MEMBER_HEADER
            + "Lê Thị Kiểm,01/02/1980,Nữ,93900001,0912000001,kiemlt@binhson.example,TP-PKT-CB01,Chính thức,03/02/2005,03/02/2006\n"
            + "Trần Văn Thử,15/06/1975,Nam,93900002,0912000002,,TP-PKT-CB01,Dự bị,20/05/2024,\n";

    /** Karaf's SSH exec channel never prints a command's return value (ShellCommand: "TODO: print the result"). */
    static final String EMPTY_HINT = " (an empty output: over `ssh karaf@host <command>` Karaf does not print what a"
            + " command returns; the command must print its report itself)";

    private static Http http;
    private static String admin;

    @BeforeAll
    static void boot() {
        http = Distribution.get().http();
        admin = http.login(Demo.ADMIN, Demo.PASSWORD);
    }

    private static Http.Response importCsv(String kind, String token, String csv) {
        return http.send("POST", "/api/import/" + kind, token, CSV, csv);
    }

    /** Asserts a 200 import report with these counts. */
    private static void assertReport(Http.Response r, int created, int updated, int unchanged) {
        JsonNode report = r.expectJson(200).json();
        assertEquals(created, report.path("created").asInt(-1), "created: " + report);
        assertEquals(updated, report.path("updated").asInt(-1), "updated: " + report);
        assertEquals(unchanged, report.path("unchanged").asInt(-1), "unchanged: " + report);
    }

    /** Asserts {@code errors[]} holds an error at {@code line} for {@code field} with a message. */
    private static void assertError(Http.Response r, int line, String field) {
        List<JsonNode> errors = r.errors();
        assertTrue(errors.stream().anyMatch(e -> e.path("line").asInt(-1) == line
                        && field.equals(e.path("field").asText(null)) && !e.path("message").asText("").isBlank()),
                () -> "no error for line " + line + ", column «" + field + "»: " + r.body());
    }

    @Test
    @Order(1)
    void anOrganisationFileWithErrorsImportsNothing() {
        String csv = ORG_HEADER
                + "IT-BAD-OK,Đảng ủy phường Hợp Lệ,Đảng bộ cơ sở,TP\n"          // line 2: valid
                + "IT-BAD-TYPE,Chi bộ Sai Loại,Loại không có,TP\n"                // line 3: bad type
                + "IT-BAD-ORPHAN,Chi bộ Mồ Côi,Chi bộ,KHONG-TON-TAI\n"           // line 4: missing parent
                + "IT-BAD-OK,Chi bộ Trùng Mã,Chi bộ,TP\n";                       // line 5: duplicate code
        Http.Response r = importCsv("organisations", admin, csv).expectProblem(400);
        assertError(r, 3, "Loại");
        assertError(r, 4, "Mã cấp trên");
        assertError(r, 5, "Mã");
        JsonNode tree = Orgs.tree(http, admin);
        for (String code : new String[] {"IT-BAD-OK", "IT-BAD-TYPE", "IT-BAD-ORPHAN"}) {
            assertTrue(Orgs.find(tree, code).isEmpty(), "nothing imported, yet " + code + " exists");
        }
    }

    @Test
    @Order(2)
    void aValidOrganisationFileImportsOnceThenIsUnchanged() {
        assertReport(importCsv("organisations", admin, ORGS), 3, 0, 0);
        JsonNode tree = Orgs.tree(http, admin);
        long tp = Orgs.find(tree, Demo.TP).orElseThrow().path("id").asLong();
        JsonNode pkt = Orgs.find(tree, "TP-PKT").orElseThrow(() -> new AssertionError("TP-PKT not in the tree"));
        assertEquals(tp, pkt.path("parentId").asLong(), "TP-PKT under TP: " + pkt);
        assertEquals("Đảng ủy phường Kiểm Thử", pkt.path("name").asText(), "UTF-8 name kept");
        JsonNode cb01 = Orgs.find(pkt.path("children"), "TP-PKT-CB01")
                .orElseThrow(() -> new AssertionError("TP-PKT-CB01 not under TP-PKT: " + pkt));
        assertEquals("Chi bộ Khu phố Đồng Tâm", cb01.path("name").asText());
        assertEquals("CELL", cb01.path("type").asText(), "type: " + cb01);
        assertEquals(pkt.path("id").asLong(), cb01.path("parentId").asLong());
        assertTrue(Orgs.find(pkt.path("children"), "TP-PKT-CB02").isPresent(), "TP-PKT-CB02 under TP-PKT");

        assertReport(importCsv("organisations", admin, ORGS), 0, 0, 3);
        // one renamed row: updated=1
        String renamed = ORGS.replace("Chi bộ Khu phố Hướng Dương", "Chi bộ Khu phố Hướng Dương Mới");
        assertReport(importCsv("organisations", admin, renamed), 0, 1, 2);
        assertEquals("Chi bộ Khu phố Hướng Dương Mới",
                Orgs.node(http, admin, "TP-PKT-CB02").path("name").asText(), "rename applied");
        assertReport(importCsv("organisations", admin, ORGS), 0, 1, 2);
    }

    @Test
    @Order(3)
    void aMemberFileWithErrorsImportsNothing() {
        String csv = MEMBER_HEADER
                + "Nguyễn Văn Đúng,10/10/1985,Nam,93900011,0912000011,,TP-PKT-CB01,Chính thức,01/01/2010,01/01/2011\n"
                + "Nguyễn Văn Sai Số,10/10/1985,Nam,93900012,12345,,TP-PKT-CB01,Chính thức,01/01/2010,01/01/2011\n"
                + "Nguyễn Văn Lạc,10/10/1985,Nam,93900013,0912000013,,TP-KHONG-CO,Chính thức,01/01/2010,01/01/2011\n";
        Http.Response r = importCsv("members", admin, csv).expectProblem(400);
        assertError(r, 3, "Điện thoại");
        assertError(r, 4, "Mã chi bộ");
        long cell = Orgs.id(http, admin, "TP-PKT-CB01");
        List<JsonNode> members = http.all("/api/members?org=" + cell, admin);
        assertEquals(0, members.size(), "nothing imported into TP-PKT-CB01: " + members);
    }

    @Test
    @Order(4)
    void aValidMemberFileImportsOnceThenIsUnchanged() {
        assertReport(importCsv("members", admin, MEMBERS), 2, 0, 0);
        long cell = Orgs.id(http, admin, "TP-PKT-CB01");
        List<JsonNode> members = http.all("/api/members?org=" + cell, admin);
        assertEquals(2, members.size(), "two members in TP-PKT-CB01: " + members);
        assertTrue(members.toString().contains("Lê Thị Kiểm"), "UTF-8 name kept: " + members);
        assertReport(importCsv("members", admin, MEMBERS), 0, 0, 2);
    }

    @Test
    @Order(5)
    void onlyAnAdminImports() {
        String member = http.login(Demo.MEMBER_A, Demo.PASSWORD);
        importCsv("organisations", member, ORGS).expectProblem(403);
        importCsv("members", member, MEMBERS).expectProblem(403);
        String committee = http.login(Demo.COMMITTEE_TP, Demo.PASSWORD);
        importCsv("organisations", committee, ORGS).expectProblem(403);
        importCsv("organisations", null, ORGS).expectProblem(401);
    }

    @Test
    @Order(6)
    void theShellCommandsImportFiles() throws IOException {
        Path dir = Distribution.get().home().resolve("import-it");
        Files.createDirectories(dir);
        Path orgs = dir.resolve("to-chuc.csv");
        Files.writeString(orgs, ORG_HEADER
                + "TP-PKT,Đảng ủy phường Kiểm Thử,Đảng bộ cơ sở,TP\n"
                + "TP-PKT-CB03,Chi bộ Khu phố Bình Minh,Chi bộ,TP-PKT\n", StandardCharsets.UTF_8);
        String out = Shell.exec("sotay:import-org " + orgs);
        assertTrue(Orgs.exists(http, admin, "TP-PKT-CB03"), "TP-PKT-CB03 imported through the shell; output: " + out);
        assertTrue(out.contains("created=1") && out.contains("updated=0") && out.contains("unchanged=1"),
                () -> "sotay:import-org output: «" + out + "»" + EMPTY_HINT);

        Path members = dir.resolve("dang-vien.csv");
        Files.writeString(members, MEMBER_HEADER
                + "Phạm Thị Bình Minh,05/05/1990,Nữ,93900021,0912000021,,TP-PKT-CB03,Chính thức,19/05/2015,19/05/2016\n",
                StandardCharsets.UTF_8);
        String first = Shell.exec("sotay:import-members " + members);
        assertTrue(first.contains("created=1") && first.contains("updated=0") && first.contains("unchanged=0"),
                () -> "sotay:import-members output: «" + first + "»" + EMPTY_HINT);
        String again = Shell.exec("sotay:import-members " + members);
        assertTrue(again.contains("created=0") && again.contains("unchanged=1"), () -> "re-import: «" + again + "»");
        long cell = Orgs.id(http, admin, "TP-PKT-CB03");
        assertEquals(1, http.all("/api/members?org=" + cell, admin).size(), "one member in TP-PKT-CB03");
        assertFalse(again.contains("Exception"), again);
    }

    @Test
    @Order(7)
    void theProvincialAdminReimportsAFileThatStartsWithTheRoot() {
        JsonNode root = http.get("/api/org/tree", admin).expectJson(200).json().get(0);
        String file = ORG_HEADER + root.get("code").asText() + "," + root.get("name").asText() + ",Tỉnh ủy,\n"
                + "TP-PGOC,Đảng ủy phường Gốc Tỉnh,Đảng bộ cơ sở,TP\n";
        String committeeTp = http.login(Demo.COMMITTEE_TP, Demo.PASSWORD);
        importCsv("organisations", committeeTp, file).expectProblem(403);
        assertReport(importCsv("organisations", admin, file), 1, 0, 1);
    }
}
