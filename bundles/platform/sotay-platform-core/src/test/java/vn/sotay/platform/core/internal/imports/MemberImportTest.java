package vn.sotay.platform.core.internal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.sotay.platform.core.internal.imports.CsvTableTest.csv;
import static vn.sotay.platform.core.internal.imports.ImportAsserts.errors;
import static vn.sotay.platform.core.internal.imports.ImportAsserts.has;
import static vn.sotay.platform.core.internal.imports.ImportAsserts.single;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.sotay.api.ProblemError;
import vn.sotay.api.member.Gender;
import vn.sotay.api.member.MemberStatus;
import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgType;

class MemberImportTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    private static final String HEAD =
            "Họ và tên,Ngày sinh,Giới tính,Số thẻ đảng viên,Điện thoại,Email,Mã chi bộ,Trạng thái,Ngày vào Đảng,Ngày chính thức\n";
    private static final String[] BASE = {"Nguyễn Văn An", "15/03/1980", "Nam", "93000001", "0900000001",
        "an@example.vn", "TP-PBT-CB01", "Chính thức", "03/02/2005", "03/02/2006"};
    private static final int NAME = 0, BIRTH = 1, GENDER = 2, CARD = 3, PHONE = 4, EMAIL = 5, CELL = 6, STATUS = 7,
            JOINED = 8, OFFICIAL = 9;

    private static final Map<String, OrgNode> ORGS = Map.of(
            "TP-PBT", new OrgNode(3, "TP-PBT", "Đảng ủy phường Bắc Thành", OrgType.GRASSROOTS, 2L, "/1/2/3/"),
            "TP-PBT-CB01", new OrgNode(4, "TP-PBT-CB01", "Chi bộ Khu phố 1", OrgType.CELL, 3L, "/1/2/3/4/"),
            "SH-XSL-CB01", new OrgNode(7, "SH-XSL-CB01", "Chi bộ Thôn Đông", OrgType.CELL, 6L, "/1/5/6/7/"));
    /** Member 10: card 93000010, phone 0911111111. Member 11: card 93000011, phone 0922222222. */
    private static final MemberImport.Existing EXISTING = new MemberImport.Existing() {
        @Override
        public OrgNode orgByCode(String code) {
            return ORGS.get(code);
        }

        @Override
        public Long memberIdByPhone(String phone) {
            return switch (phone) {
                case "0911111111" -> 10L;
                case "0922222222" -> 11L;
                default -> null;
            };
        }

        @Override
        public Long memberIdByCard(String card) {
            return switch (card) {
                case "93000010" -> 10L;
                case "93000011" -> 11L;
                default -> null;
            };
        }
    };

    /** The base row with some cells replaced: index, value, index, value… */
    private static String row(Object... changes) {
        String[] cells = BASE.clone();
        for (int i = 0; i < changes.length; i += 2) {
            cells[(Integer) changes[i]] = (String) changes[i + 1];
        }
        return String.join(",", cells) + "\n";
    }

    private static List<MemberRow> ok(String text) {
        return MemberImport.validate(csv(text), EXISTING, TODAY);
    }

    private static List<ProblemError> bad(String text) {
        return errors(() -> MemberImport.validate(csv(text), EXISTING, TODAY));
    }

    /** One row with one change must give exactly one error on line 2 in {@code field}. */
    private static void one(int column, String value, String field, String text) {
        single(bad(HEAD + row(column, value)), 2, field, text);
    }

    private static void fine(Object... changes) {
        assertEquals(1, ok(HEAD + row(changes)).size());
    }

    @Test
    void validRowIsNormalised() {
        List<MemberRow> rows = ok(HEAD + row(NAME, "  Trần   Thị  Bình ", CARD, "93.000 001", PHONE, "+84 900-000.001")
                + row(CARD, "93000002", PHONE, "0900000002", GENDER, "nữ", STATUS, "Dự bị", OFFICIAL, "", EMAIL, "",
                        BIRTH, "1990-12-31", JOINED, "1/1/2015"));
        assertEquals(new MemberRow(2, "Trần Thị Bình", LocalDate.of(1980, 3, 15), Gender.MALE, "93000001", "0900000001",
                "an@example.vn", "TP-PBT-CB01", MemberStatus.OFFICIAL, LocalDate.of(2005, 2, 3), LocalDate.of(2006, 2, 3)),
                rows.get(0));
        MemberRow second = rows.get(1);
        assertEquals(Gender.FEMALE, second.gender());
        assertEquals(MemberStatus.PROBATIONARY, second.status());
        assertEquals(LocalDate.of(1990, 12, 31), second.birthDate());
        assertEquals(LocalDate.of(2015, 1, 1), second.joinedOn());
        assertNull(second.email());
        assertNull(second.officialOn());
    }

    @Test
    void headersMatchInAnySpelling() {
        String head = "HO TEN,ngay sinh,gioi tinh,So the,So dien thoai,E-mail,ma chi bo,trang thai,ngay vao dang,ngay chinh thuc\n";
        assertEquals(1, ok(head + row()).size());
        String english = "full_name,birth_date,gender,card_number,phone,email,cell_code,status,joined_on,official_on\n";
        assertEquals(1, ok(english + row()).size());
        String semis = HEAD.replace(',', ';') + row().replace(',', ';');
        assertEquals(1, ok(semis).size());
    }

    @Test
    void optionalColumnsMayBeAbsentAndUnknownOnesAreIgnored() {
        String head = "STT,Họ và tên,Ngày sinh,Giới tính,Số thẻ đảng viên,Điện thoại,Mã chi bộ,Trạng thái,Ngày vào Đảng\n";
        List<MemberRow> rows = ok(head + "1,Lê Văn Cường,01/01/1970,Nam,93000003,0900000003,TP-PBT-CB01,Chính thức,01/01/1995\n");
        assertNull(rows.get(0).email());
        assertNull(rows.get(0).officialOn());
    }

    @Test
    void missingRequiredColumns() {
        List<ProblemError> e = bad("Họ và tên,Ngày sinh,Giới tính,Điện thoại,Mã chi bộ,Trạng thái\nA,1/1/1970,Nam,0900000001,TP-PBT-CB01,Dự bị\n");
        assertEquals(2, e.size(), () -> ImportAsserts.show(e));
        has(e, 1, "Số thẻ đảng viên", "Thiếu cột «Số thẻ đảng viên»");
        has(e, 1, "Ngày vào Đảng", "Thiếu cột «Ngày vào Đảng»");
    }

    @Test
    void rowWithWrongNumberOfCells() {
        single(bad(HEAD + "Nguyễn Văn An,15/03/1980,Nam\n"), 2, null, "Dòng có 3 ô nhưng dòng tiêu đề có 10 cột");
    }

    @Test
    void fullName() {
        one(NAME, "", "Họ và tên", "Thiếu họ và tên");
        one(NAME, "Ngô " + "Thị".repeat(90), "Họ và tên", "dài quá 255 ký tự");
    }

    @Test
    void birthDate() {
        one(BIRTH, "", "Ngày sinh", "Thiếu ngày sinh");
        one(BIRTH, "1980/03/15", "Ngày sinh", "Ngày sinh «1980/03/15» không hợp lệ (định dạng dd/mm/yyyy)");
        one(BIRTH, "31/02/1980", "Ngày sinh", "không hợp lệ");
        one(BIRTH, "15-03-1980", "Ngày sinh", "không hợp lệ");
        one(BIRTH, "1980-3-15", "Ngày sinh", "không hợp lệ");
        one(BIRTH, "16/06/2025", "Ngày sinh", "Ngày sinh ở tương lai");
        fine(BIRTH, "5/3/1980");
        fine(BIRTH, "05/03/1980");
        fine(BIRTH, "29/02/1980");
    }

    @Test
    void atLeastEighteenWhenJoining() {
        one(BIRTH, "04/02/1987", "Ngày vào Đảng", "Đảng viên phải đủ 18 tuổi khi vào Đảng (mới 17 tuổi)");
        fine(BIRTH, "03/02/1987");
    }

    @Test
    void gender() {
        one(GENDER, "", "Giới tính", "Thiếu giới tính");
        one(GENDER, "Khác", "Giới tính", "Giới tính «Khác» không hợp lệ (Nam hoặc Nữ)");
        fine(GENDER, "NU");
        fine(GENDER, "female");
    }

    @Test
    void cardNumber() {
        one(CARD, "", "Số thẻ đảng viên", "Thiếu số thẻ đảng viên");
        one(CARD, "93A00001", "Số thẻ đảng viên", "Số thẻ đảng viên «93A00001» chỉ được gồm chữ số");
        one(CARD, "1".repeat(21), "Số thẻ đảng viên", "dài quá 20 chữ số");
        assertEquals("93000001", ok(HEAD + row(CARD, "93 000.001")).get(0).cardNumber());
        List<ProblemError> e = bad(HEAD + row() + row(PHONE, "0900000002", CARD, "93.000.001"));
        single(e, 3, "Số thẻ đảng viên", "Số thẻ đảng viên bị trùng với dòng 2");
    }

    @Test
    void phone() {
        one(PHONE, "", "Điện thoại", "Thiếu số điện thoại");
        one(PHONE, "090000001", "Điện thoại", "Số điện thoại «090000001» không hợp lệ (10 chữ số, bắt đầu bằng 0)");
        one(PHONE, "09000000011", "Điện thoại", "không hợp lệ");
        one(PHONE, "09OO000001", "Điện thoại", "không hợp lệ");
        one(PHONE, "+1 650 253 0000", "Điện thoại", "không hợp lệ");
        assertEquals("0912345678", ok(HEAD + row(PHONE, "84912345678")).get(0).phone());
        assertEquals("0912345678", ok(HEAD + row(PHONE, "+84 (91) 234-5678")).get(0).phone());
        assertEquals("0912345678", ok(HEAD + row(PHONE, "912345678")).get(0).phone(), "the 0 a spreadsheet dropped");
        assertEquals("0912345678", ok(HEAD + row(PHONE, "091.234.5678")).get(0).phone());
        single(bad(HEAD + row() + row(CARD, "93000002", PHONE, "+84900000001")), 3, "Điện thoại",
                "Số điện thoại bị trùng với dòng 2");
    }

    @Test
    void phoneOfAnotherExistingMember() {
        one(PHONE, "0911111111", "Điện thoại", "Số điện thoại đã được dùng cho đảng viên khác");
        single(bad(HEAD + row(CARD, "93000011", PHONE, "0911111111")), 2, "Điện thoại", "đảng viên khác");
        fine(CARD, "93000010", PHONE, "0911111111"); // the same member, re-imported
        fine(CARD, "93000010", PHONE, "0933333333"); // the member changes phone
    }

    @Test
    void email() {
        one(EMAIL, "an.example.vn", "Email", "Email «an.example.vn» không hợp lệ");
        one(EMAIL, "an@example", "Email", "không hợp lệ");
        one(EMAIL, "an @example.vn", "Email", "không hợp lệ");
        fine(EMAIL, "");
        fine(EMAIL, "nguyen.van.an+so-tay@binhson.gov.vn");
    }

    @Test
    void cell() {
        one(CELL, "", "Mã chi bộ", "Thiếu mã chi bộ");
        one(CELL, "XX", "Mã chi bộ", "Không tìm thấy chi bộ có mã «XX»");
        one(CELL, "TP-PBT", "Mã chi bộ", "Đơn vị «TP-PBT» không phải là chi bộ");
        fine(CELL, "SH-XSL-CB01");
    }

    @Test
    void status() {
        one(STATUS, "", "Trạng thái", "Thiếu trạng thái");
        one(STATUS, "Đã mất", "Trạng thái", "Trạng thái «Đã mất» không hợp lệ");
        fine(STATUS, "OFFICIAL");
        fine(STATUS, "chinh thuc");
        fine(STATUS, "Miễn sinh hoạt");
        fine(STATUS, "Đã chuyển đi");
        fine(STATUS, "Dự bị", OFFICIAL, "");
    }

    @Test
    void joinedDate() {
        one(JOINED, "", "Ngày vào Đảng", "Thiếu ngày vào Đảng");
        one(JOINED, "3/2/05", "Ngày vào Đảng", "Ngày vào Đảng «3/2/05» không hợp lệ (định dạng dd/mm/yyyy)");
        single(bad(HEAD + row(JOINED, "16/06/2025", OFFICIAL, "")), 2, "Ngày vào Đảng", "Ngày vào Đảng ở tương lai");
        single(bad(HEAD + row(JOINED, "01/01/1979", OFFICIAL, "")), 2, "Ngày vào Đảng", "Ngày vào Đảng trước ngày sinh");
        fine(JOINED, "15/06/2025", OFFICIAL, "", STATUS, "Dự bị");
    }

    @Test
    void officialDate() {
        one(OFFICIAL, "2006-02-30", "Ngày chính thức", "Ngày chính thức «2006-02-30» không hợp lệ");
        one(OFFICIAL, "02/02/2005", "Ngày chính thức", "Ngày chính thức trước ngày vào Đảng");
        one(OFFICIAL, "16/06/2025", "Ngày chính thức", "Ngày chính thức ở tương lai");
        single(bad(HEAD + row(STATUS, "Dự bị")), 2, "Ngày chính thức", "Đảng viên dự bị chưa có ngày chính thức");
        fine(OFFICIAL, "");
        fine(OFFICIAL, "03/02/2005");
    }

    @Test
    void listsEveryErrorOfEveryRowWithTheHeaderAsWritten() {
        String head = HEAD.replace("Điện thoại", "SỐ ĐIỆN THOẠI");
        List<ProblemError> e = bad(head
                + row(NAME, "", GENDER, "x")
                + row(CARD, "93000002", PHONE, "0900000002")
                + "\n"
                + row(CARD, "93000002", PHONE, "123", CELL, "TP-PBT", STATUS, "", JOINED, "1/1/2030"));
        assertEquals(List.of(2, 2, 5, 5, 5, 5, 5), e.stream().map(ProblemError::line).toList(), () -> ImportAsserts.show(e));
        has(e, 2, "Họ và tên", "Thiếu họ và tên");
        has(e, 2, "Giới tính", "«x»");
        has(e, 5, "Số thẻ đảng viên", "trùng với dòng 3");
        has(e, 5, "SỐ ĐIỆN THOẠI", "«123»");
        has(e, 5, "Mã chi bộ", "không phải là chi bộ");
        has(e, 5, "Trạng thái", "Thiếu trạng thái");
        has(e, 5, "Ngày vào Đảng", "ở tương lai");
    }

    @Test
    void quotedCellsAndBlankLinesKeepPhysicalLineNumbers() {
        String text = HEAD + "\"Phạm, Thị Dung\",1/1/1970,Nữ,93000005,0900000005,,TP-PBT-CB01,Chính thức,1/1/1995,\n"
                + "\"Hoàng\nVăn Em\",1/1/1970,Nam,93000006,0900000006,,TP-PBT-CB01,Chính thức,1/1/1995,\n"
                + "\n"
                + row(NAME, "", CARD, "93000007", PHONE, "0900000007");
        single(bad(text), 6, "Họ và tên", "Thiếu họ và tên");
    }

    @Test
    void phoneNormalisation() {
        assertEquals("0900000001", MemberImport.normalisePhone("0900 000 001"));
        assertEquals("0900000001", MemberImport.normalisePhone("+84900000001"));
        assertEquals("0900000001", MemberImport.normalisePhone("84-900-000-001"));
        assertNull(MemberImport.normalisePhone("8490000000"));
        assertNull(MemberImport.normalisePhone("1900000001"));
        assertNull(MemberImport.normalisePhone(""));
    }

    @Test
    void dateFormats() {
        assertEquals(LocalDate.of(2024, 1, 5), MemberImport.parseDate("05/01/2024"));
        assertEquals(LocalDate.of(2024, 1, 5), MemberImport.parseDate("5/1/2024"));
        assertEquals(LocalDate.of(2024, 1, 5), MemberImport.parseDate("2024-01-05"));
        assertNull(MemberImport.parseDate("2024-1-5"));
        assertNull(MemberImport.parseDate("29/02/2023"));
        assertNull(MemberImport.parseDate("5.1.2024"));
        assertNull(MemberImport.parseDate("05/13/2024"));
    }

    @Test
    void aNumberIsUsedOnceAcrossTheCardAndPhoneColumns() {
        // a card equal to another member's phone, and a phone equal to another member's card
        single(bad(HEAD + row(CARD, "0911111111", PHONE, "0900000009")), 2, "Số thẻ đảng viên",
                "trùng với số điện thoại của một đảng viên khác");
        single(bad(HEAD + row(CARD, "93000099", PHONE, "9300001")), 2, "Điện thoại", "không hợp lệ");
        List<ProblemError> inFile = bad(HEAD + row(CARD, "93000001", PHONE, "0900000001")
                + row(NAME, "Trần Thị Bình", CARD, "0900000001", PHONE, "0900000002"));
        has(inFile, 3, "Số thẻ đảng viên", "trùng với dòng 2");
        single(bad(HEAD + row(CARD, "0900000001", PHONE, "0900000001")), 2, "Điện thoại", "trùng với dòng 2");
        // a member's own numbers are theirs: an unchanged re-import passes
        ok(HEAD + row(CARD, "93000010", PHONE, "0911111111"));
    }

    @Test
    void aPhoneEqualToAnotherMembersCardIsRefused() {
        MemberImport.Existing cardLikePhone = new MemberImport.Existing() {
            @Override public OrgNode orgByCode(String code) { return ORGS.get(code); }
            @Override public Long memberIdByPhone(String phone) { return null; }
            @Override public Long memberIdByCard(String card) { return "0933333333".equals(card) ? 12L : null; }
        };
        List<ProblemError> e = errors(() -> MemberImport.validate(csv(HEAD + row(PHONE, "0933333333")), cardLikePhone,
                TODAY));
        single(e, 2, "Điện thoại", "trùng với số thẻ đảng viên của một đảng viên khác");
    }

    /** Admin at TP-PBT (node 3) only. */
    private static final java.util.function.LongPredicate ADMIN_TP_PBT = org -> org == 3 || org == 4;

    @Test
    void anAdministratorImportsOnlyInsideTheirSubtreeAtBothEnds() {
        // member 10 is recorded in cell 7 (another district): neither re-filed into cell 4 nor changed
        String text = HEAD + row(CARD, "93000010", PHONE, "0911111111")
                + row(NAME, "Trần Thị Bình", CARD, "93000020", PHONE, "0900000020", CELL, "SH-XSL-CB01")
                + row(NAME, "Lê Văn Cường", CARD, "93000030", PHONE, "0900000030");
        List<MemberRow> rows = ok(text);
        vn.sotay.api.ProblemException e = org.junit.jupiter.api.Assertions.assertThrows(
                vn.sotay.api.ProblemException.class, () -> MemberImport.authorise(csv(text), rows, ORGS::get,
                        card -> "93000010".equals(card) ? 7L : null, ADMIN_TP_PBT));
        assertEquals(403, e.status());
        assertEquals(2, e.errors().size(), () -> ImportAsserts.show(e.errors()));
        has(e.errors(), 2, "Số thẻ đảng viên", "ngoài phạm vi quản trị");
        has(e.errors(), 3, "Mã chi bộ", "ngoài phạm vi quản trị");
        // the same rows by an administrator above both
        MemberImport.authorise(csv(text), rows, ORGS::get, card -> "93000010".equals(card) ? 7L : null, org -> true);
    }
}
