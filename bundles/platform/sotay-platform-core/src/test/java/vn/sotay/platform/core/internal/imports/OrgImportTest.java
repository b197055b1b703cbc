package vn.sotay.platform.core.internal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.sotay.platform.core.internal.imports.CsvTableTest.csv;
import static vn.sotay.platform.core.internal.imports.ImportAsserts.errors;
import static vn.sotay.platform.core.internal.imports.ImportAsserts.has;
import static vn.sotay.platform.core.internal.imports.ImportAsserts.single;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.sotay.api.ProblemError;
import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgType;

class OrgImportTest {

    private static final String HEAD = "Mã,Tên,Loại,Mã cấp trên\n";

    /** An existing tree: TU (1) → TP (2) → TP-PBT (3) → TP-PBT-CB01 (4). */
    private static final Map<String, OrgNode> TREE = new HashMap<>();
    static {
        TREE.put("TU", new OrgNode(1, "TU", "Tỉnh ủy Bình Sơn", OrgType.PROVINCE, null, "/1/"));
        TREE.put("TP", new OrgNode(2, "TP", "Thành ủy Bình Sơn", OrgType.DISTRICT, 1L, "/1/2/"));
        TREE.put("TP-PBT", new OrgNode(3, "TP-PBT", "Đảng ủy phường Bắc Thành", OrgType.GRASSROOTS, 2L, "/1/2/3/"));
        TREE.put("TP-PBT-CB01", new OrgNode(4, "TP-PBT-CB01", "Chi bộ Khu phố 1", OrgType.CELL, 3L, "/1/2/3/4/"));
    }
    private static final OrgImport.Existing EXISTING = TREE::get;
    private static final OrgImport.Existing NONE = code -> null;

    private static List<OrgRow> ok(String text, OrgImport.Existing existing) {
        return OrgImport.validate(csv(text), existing);
    }

    private static List<ProblemError> bad(String text, OrgImport.Existing existing) {
        return errors(() -> OrgImport.validate(csv(text), existing));
    }

    @Test
    void validFileComesBackParentsFirst() {
        List<OrgRow> rows = ok(HEAD
                + "SH-XSL-CB01,Chi bộ Thôn Đông,Chi bộ,SH-XSL\n"
                + "SH-XSL,Đảng ủy xã Sơn Long,Đảng bộ cơ sở,SH\n"
                + "TU,Tỉnh ủy Bình Sơn,Tỉnh ủy,\n"
                + "SH,Huyện ủy Sơn Hà,Cấp huyện,TU\n"
                + "TP,Thành ủy Bình Sơn,DISTRICT,TU\n", NONE);
        assertEquals(List.of("TU", "SH", "SH-XSL", "SH-XSL-CB01", "TP"), rows.stream().map(OrgRow::code).toList());
        OrgRow cell = rows.get(3);
        assertEquals(new OrgRow(2, "SH-XSL-CB01", "Chi bộ Thôn Đông", OrgType.CELL, "SH-XSL"), cell);
        assertNull(rows.get(0).parentCode());
        assertEquals(4, rows.get(0).line());
    }

    @Test
    void everyRowComesAfterItsParent() {
        StringBuilder b = new StringBuilder(HEAD);
        for (int i = 30; i >= 1; i--) {
            b.append("N").append(i).append(",Nút ").append(i).append(",Đảng bộ bộ phận,").append(i == 1 ? "TU" : "N" + (i - 1)).append('\n');
        }
        List<OrgRow> rows = ok(b.toString(), EXISTING);
        for (int i = 0; i < rows.size(); i++) {
            assertEquals("N" + (i + 1), rows.get(i).code());
        }
    }

    @Test
    void parentMayAlreadyExist() {
        List<OrgRow> rows = ok(HEAD + "TP-PNT,Đảng ủy phường Nam Thành,Đảng bộ cơ sở,TP\n", EXISTING);
        assertEquals("TP", rows.get(0).parentCode());
    }

    @Test
    void headersMatchWithoutAccentsCaseOrInEnglish() {
        String row = "TP-PNT,Đảng ủy phường Nam Thành,Đảng bộ cơ sở,TP\n";
        assertEquals(1, ok("Ma,Ten,Loai,Ma cap tren\n" + row, EXISTING).size());
        assertEquals(1, ok("MÃ,TÊN,LOẠI,MÃ CẤP TRÊN\n" + row, EXISTING).size());
        assertEquals(1, ok("code,name,type,parent\n" + row, EXISTING).size());
        assertEquals(1, ok("Mã;Tên;Loại;Mã đơn vị cấp trên\n" + row.replace(',', ';'), EXISTING).size());
        assertEquals(1, ok("ma,ten,loai,ma_don_vi_cap_tren\n" + row, EXISTING).size());
    }

    @Test
    void unknownColumnsAreIgnoredAndColumnsMayComeInAnyOrder() {
        List<OrgRow> rows = ok("Ghi chú,Mã cấp trên,Loại,Tên,Mã\nabc,TP,Chi bộ,Chi bộ Văn phòng,TP-CBVP\n", EXISTING);
        assertEquals(new OrgRow(2, "TP-CBVP", "Chi bộ Văn phòng", OrgType.CELL, "TP"), rows.get(0));
    }

    @Test
    void missingColumnIsOneErrorOnTheHeader() {
        single(bad("Mã,Tên,Loại\nTU,Tỉnh ủy,Tỉnh ủy\nX,,,\n", NONE), 1, "Mã cấp trên", "Thiếu cột «Mã cấp trên»");
        List<ProblemError> two = bad("Mã,Loại\nTU,Tỉnh ủy\n", NONE);
        assertEquals(2, two.size());
        has(two, 1, "Tên", "Thiếu cột «Tên»");
        has(two, 1, "Mã cấp trên", "Thiếu cột");
    }

    @Test
    void columnNamedTwiceIsAnError() {
        single(bad("Mã,Tên,Loại,Mã cấp trên,code\nTU,Tỉnh ủy,Tỉnh ủy,,TU\n", NONE), 1, "code", "trùng nghĩa với cột «Mã»");
    }

    @Test
    void rowWithWrongNumberOfCells() {
        List<ProblemError> e = bad(HEAD + "TP-A,Tên,Chi bộ\nTP-B,Tên, có dấu phẩy,Chi bộ,TP\n", EXISTING);
        assertEquals(2, e.size());
        has(e, 2, null, "Dòng có 3 ô nhưng dòng tiêu đề có 4 cột");
        has(e, 3, null, "Dòng có 5 ô");
        assertEquals(1, ok(HEAD + "TP-A,Tên,Chi bộ,TP,,\n", EXISTING).size(), "trailing empty cells are tolerated");
    }

    @Test
    void codeRules() {
        single(bad(HEAD + ",Chi bộ A,Chi bộ,TP\n", EXISTING), 2, "Mã", "Thiếu mã đơn vị");
        single(bad(HEAD + "X".repeat(65) + ",Chi bộ A,Chi bộ,TP\n", EXISTING), 2, "Mã", "dài quá 64 ký tự");
        assertEquals(1, ok(HEAD + "X".repeat(64) + ",Chi bộ A,Chi bộ,TP\n", EXISTING).size());
        single(bad(HEAD + "TP CB1,Chi bộ A,Chi bộ,TP\n", EXISTING), 2, "Mã", "chỉ được gồm chữ cái không dấu");
        single(bad(HEAD + "ĐUK,Đảng ủy Khối,Cấp huyện,TU\n", EXISTING), 2, "Mã", "«ĐUK»");
        assertEquals(1, ok(HEAD + "a.B-c_9,Chi bộ A,Chi bộ,TP\n", EXISTING).size());
        single(bad(HEAD + "TP-A,Chi bộ A,Chi bộ,TP\n\nTP-A,Chi bộ B,Chi bộ,TP\n", EXISTING), 4, "Mã",
                "Mã đơn vị «TP-A» bị trùng với dòng 2");
    }

    @Test
    void nameRules() {
        single(bad(HEAD + "TP-A,,Chi bộ,TP\n", EXISTING), 2, "Tên", "Thiếu tên đơn vị");
        single(bad(HEAD + "TP-A," + "ư".repeat(256) + ",Chi bộ,TP\n", EXISTING), 2, "Tên", "dài quá 255 ký tự");
        assertEquals(1, ok(HEAD + "TP-A," + "ư".repeat(255) + ",Chi bộ,TP\n", EXISTING).size());
    }

    @Test
    void typeRules() {
        single(bad(HEAD + "TP-A,Chi bộ A,,TP\n", EXISTING), 2, "Loại", "Thiếu loại đơn vị");
        single(bad(HEAD + "TP-A,Chi bộ A,Tổ đảng,TP\n", EXISTING), 2, "Loại", "Loại đơn vị «Tổ đảng» không hợp lệ");
        assertEquals(OrgType.SECTION, ok(HEAD + "TP-A,Đảng bộ bộ phận A,dang bo bo phan,TP\n", EXISTING).get(0).type());
    }

    @Test
    void onlyTheProvinceHasNoParent() {
        single(bad(HEAD + "TP-A,Chi bộ A,Chi bộ,\n", EXISTING), 2, "Mã cấp trên", "Thiếu mã cấp trên");
        single(bad(HEAD + "TU,Tỉnh ủy,Tỉnh ủy,TP\n", EXISTING), 2, "Mã cấp trên", "không có đơn vị cấp trên");
        assertEquals(1, ok(HEAD + "TU,Tỉnh ủy Bình Sơn,Tỉnh ủy,\n", NONE).size());
    }

    @Test
    void parentMustExistInFileOrTree() {
        single(bad(HEAD + "TP-A,Chi bộ A,Chi bộ,XX\n", EXISTING), 2, "Mã cấp trên",
                "Không tìm thấy đơn vị cấp trên có mã «XX»");
        single(bad(HEAD + "TP-A,Chi bộ A,Chi bộ,TP\n", NONE), 2, "Mã cấp trên", "«TP»");
    }

    @Test
    void parentMustNotBeACell() {
        single(bad(HEAD + "X,Chi bộ X,Chi bộ,TP-PBT-CB01\n", EXISTING), 2, "Mã cấp trên",
                "Đơn vị cấp trên «TP-PBT-CB01» là chi bộ");
        single(bad(HEAD + "A,Chi bộ A,Chi bộ,TP\nB,Chi bộ B,Chi bộ,A\n", EXISTING), 3, "Mã cấp trên", "là chi bộ");
        // the file turns the existing cell into a grassroots committee: children are fine then
        assertEquals(2, ok(HEAD + "TP-PBT-CB01,Đảng bộ X,Đảng bộ cơ sở,TP\nX,Chi bộ X,Chi bộ,TP-PBT-CB01\n", EXISTING).size());
    }

    @Test
    void existingCodeMayChangeType() {
        List<OrgRow> rows = ok(HEAD + "TP-PBT,Đảng bộ bộ phận Bắc Thành,Đảng bộ bộ phận,TP\n", EXISTING);
        assertEquals(OrgType.SECTION, rows.get(0).type());
    }

    @Test
    void cyclesInsideTheFile() {
        List<ProblemError> e = bad(HEAD + "A,A,Đảng bộ cơ sở,B\nB,B,Đảng bộ cơ sở,C\nC,C,Đảng bộ cơ sở,A\nD,D,Chi bộ,A\n", NONE);
        assertEquals(3, e.size(), () -> ImportAsserts.show(e));
        has(e, 2, "Mã cấp trên", "vòng lặp");
        has(e, 3, "Mã cấp trên", "vòng lặp");
        has(e, 4, "Mã cấp trên", "«A» tạo thành vòng lặp");
        single(bad(HEAD + "A,A,Đảng bộ cơ sở,A\n", NONE), 2, "Mã cấp trên", "nằm dưới chính nó");
    }

    @Test
    void cycleThroughTheExistingTree() {
        // moving TP under TP-PBT, which lies under TP
        single(bad(HEAD + "TP,Thành ủy,Cấp huyện,TP-PBT\n", EXISTING), 2, "Mã cấp trên", "vòng lặp");
        // but moving TP-PBT away first makes it legal
        List<OrgRow> rows = ok(HEAD + "TP,Thành ủy,Cấp huyện,TP-PBT\nTP-PBT,Đảng ủy phường,Cấp huyện,TU\n", EXISTING);
        assertEquals(List.of("TP-PBT", "TP"), rows.stream().map(OrgRow::code).toList());
    }

    @Test
    void listsAllErrorsSortedByLine() {
        List<ProblemError> e = bad(HEAD
                + "B,,Chi bộ,XX\n"
                + ",Tên,Không rõ,TP\n"
                + "TP-PBT-CB02,Chi bộ Khu phố 2,Chi bộ,TP-PBT\n"
                + "B,Chi bộ B,Chi bộ,TP-PBT\n", EXISTING);
        assertEquals(List.of(2, 2, 3, 3, 5), e.stream().map(ProblemError::line).toList(), () -> ImportAsserts.show(e));
        has(e, 2, "Tên", "Thiếu tên đơn vị");
        has(e, 2, "Mã cấp trên", "«XX»");
        has(e, 3, "Mã", "Thiếu mã đơn vị");
        has(e, 3, "Loại", "«Không rõ»");
        has(e, 5, "Mã", "trùng với dòng 2");
    }

    @Test
    void fieldIsTheHeaderAsWrittenInTheFile() {
        single(bad("ma,ten,loai,ma cap tren\nTP-A,,Chi bộ,TP\n", EXISTING), 2, "ten", "Thiếu tên đơn vị");
    }

    @Test
    void headerOnlyFileIsValidAndEmpty() {
        assertEquals(List.of(), ok(HEAD, NONE));
    }

    /** Admin at TP (node 2) only. */
    private static final java.util.function.LongPredicate ADMIN_TP = org -> org >= 2;

    private static List<ProblemError> refused(String text, java.util.function.LongPredicate adminAt) {
        List<OrgRow> rows = ok(text, EXISTING);
        vn.sotay.api.ProblemException e = org.junit.jupiter.api.Assertions.assertThrows(
                vn.sotay.api.ProblemException.class, () -> OrgImport.authorise(csv(text), rows, EXISTING, adminAt));
        assertEquals(403, e.status());
        return e.errors();
    }

    @Test
    void nobodyMakesARootOverTheApi() {
        single(refused(HEAD + "TP,Thành ủy Bình Sơn,Tỉnh ủy,\n", ADMIN_TP), 2, "Mã cấp trên", "đơn vị gốc");
        single(refused(HEAD + "TU2,Tỉnh ủy thứ hai,Tỉnh ủy,\n", org -> true), 2, "Mã cấp trên", "đơn vị gốc");
        // the existing root, unchanged, by its administrator
        String root = HEAD + "TU,Tỉnh ủy Bình Sơn,Tỉnh ủy,\n";
        OrgImport.authorise(csv(root), ok(root, EXISTING), EXISTING, org -> true);
    }

    @Test
    void anAdministratorChangesOnlyInsideTheirSubtreeBeforeAndAfter() {
        // TU is outside (before); a node moved under TU leaves the subtree (after)
        single(refused(HEAD + "TU,Tỉnh ủy Đổi Tên,Tỉnh ủy,\n", ADMIN_TP), 2, "Mã", "ngoài phạm vi quản trị");
        single(refused(HEAD + "TP-PBT,Đảng ủy phường Bắc Thành,Đảng bộ cơ sở,TU\n", ADMIN_TP), 2, "Mã cấp trên",
                "ngoài phạm vi quản trị");
        single(refused(HEAD + "TP-NEW,Đảng ủy mới,Đảng bộ cơ sở,TU\n", ADMIN_TP), 2, "Mã cấp trên",
                "ngoài phạm vi quản trị");
        // inside: a rename of its own node, a new node under it, a chain of new nodes, a move inside
        String inside = HEAD + "TP,Thành ủy Bình Sơn Mới,Cấp huyện,TU\n"
                + "TP-NEW,Đảng ủy mới,Đảng bộ cơ sở,TP\n"
                + "TP-NEW-CB01,Chi bộ mới,Chi bộ,TP-NEW\n"
                + "TP-PBT-CB01,Chi bộ Khu phố 1,Chi bộ,TP-NEW\n";
        OrgImport.authorise(csv(inside), ok(inside, EXISTING), EXISTING, ADMIN_TP);
    }
}
