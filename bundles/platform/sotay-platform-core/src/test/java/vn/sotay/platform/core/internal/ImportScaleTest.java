package vn.sotay.platform.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.sotay.api.Caller;
import vn.sotay.api.audit.AuditService;
import vn.sotay.api.imports.ImportReport;
import vn.sotay.testing.DerbyUnit;

/**
 * The member import at a district's size on the real unit (in-memory Derby): tens of thousands of
 * rows in one file stay linear (each chunk used to look its members up with an IN list that Derby ran
 * as a table scan: 20,000 rows took minutes), re-importing changes nothing, and a changed number follows its
 * owner; a province's tree is created a level at a time (a flush per node was O(n^2)) with correct paths.
 */
class ImportScaleTest {
    static final int ROWS = 20_000;
    static final String HEADER = "Họ và tên,Ngày sinh,Giới tính,Số thẻ đảng viên,Điện thoại,Email,Mã chi bộ,Trạng thái,Ngày vào Đảng,Ngày chính thức\n";
    private CoreDb db;
    private ImportServiceImpl imports;
    private OrgServiceImpl orgs;

    @BeforeEach
    void setUp() {
        db = new CoreDb(spec -> new DerbyUnit("importscale" + System.nanoTime(), spec));
        AuditService audit = TestAccounts.noop(AuditService.class);
        orgs = new OrgServiceImpl(db, audit);
        imports = new ImportServiceImpl(db, orgs, new MemberServiceImpl(db, orgs), audit, new Sessions(db));
        StringBuilder tree = new StringBuilder("Mã,Tên,Loại,Mã cấp trên\nTU,Tỉnh ủy Thử,Tỉnh ủy,\nH01,Huyện ủy Thử,Cấp huyện,TU\n"
                + "H01-X01,Đảng ủy xã Thử,Đảng bộ cơ sở,H01\n");
        for (int c = 1; c <= 40; c++) {
            tree.append("H01-X01-CB").append(c).append(",Chi bộ Thôn ").append(c).append(",Chi bộ,H01-X01\n");
        }
        imports.importOrganisations(Caller.SYSTEM, csv(tree));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static ByteArrayInputStream csv(CharSequence text) {
        return new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String row(int i, String phone) {
        return "Trần Văn Thử " + i + ",01/01/1980,Nam," + (95_000_000 + i) + "," + phone + ",,H01-X01-CB" + (i % 40 + 1)
                + ",Chính thức,01/01/2005,01/01/2006\n";
    }

    private static String phone(int i) {
        return String.format("08%08d", 10_000_000 + i);
    }

    private Long memberOf(String login) {
        return db.unit().read(em -> LoginIdentifiers.memberOf(em, login));
    }

    @Test
    void aDistrictsFileIsImportedInBoundedTimeAndReimportedUnchanged() {
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i < ROWS; i++) {
            file.append(row(i, phone(i)));
        }
        long t0 = System.nanoTime();
        assertEquals(new ImportReport(ROWS, 0, 0), imports.importMembers(Caller.SYSTEM, csv(file)));
        long seconds = (System.nanoTime() - t0) / 1_000_000_000;
        assertTrue(seconds < 120, ROWS + " rows took " + seconds + " s (the IN-list scans took about 3 minutes for this file)");
        assertEquals(new ImportReport(0, 0, ROWS), imports.importMembers(Caller.SYSTEM, csv(file)));
        Long first = memberOf(phone(0)), last = memberOf(phone(ROWS - 1));
        assertEquals(first, memberOf(String.valueOf(95_000_000)), "card and phone name the same member");
        assertTrue(last != null && !last.equals(first));

        // one member takes a new number, another moves to another cell: every login follows its owner
        String changed = HEADER + row(2, "0799999999") + row(3, phone(3)).replace("CB4,", "CB5,");
        assertEquals(new ImportReport(0, 2, 0), imports.importMembers(Caller.SYSTEM, csv(changed)));
        assertEquals(memberOf(String.valueOf(95_000_002)), memberOf("0799999999"));
        assertEquals(null, memberOf(phone(2)), "the old number names nobody");
        assertEquals(memberOf(String.valueOf(95_000_003)), memberOf(phone(3)));
    }

    @Test
    void aProvincesTreeIsCreatedALevelAtATimeWithItsPaths() {
        StringBuilder file = new StringBuilder("Mã,Tên,Loại,Mã cấp trên\n");
        for (int d = 2; d <= 13; d++) {
            for (int b = 1; b <= 20; b++) {
                for (int c = 1; c <= 25; c++) { // children before their parents in the file: the import orders them
                    file.append("H").append(d).append("-X").append(b).append("-CB").append(c).append(",Chi bộ ").append(c).append(",Chi bộ,H")
                            .append(d).append("-X").append(b).append('\n');
                }
                file.append("H").append(d).append("-X").append(b).append(",Đảng ủy xã ").append(b).append(",Đảng bộ cơ sở,H").append(d).append('\n');
            }
            file.append("H").append(d).append(",Huyện ủy ").append(d).append(",Cấp huyện,TU\n");
        }
        long t0 = System.nanoTime();
        assertEquals(new ImportReport(12 * 20 * 26 + 12, 0, 0), imports.importOrganisations(Caller.SYSTEM, csv(file)));
        long seconds = (System.nanoTime() - t0) / 1_000_000_000;
        assertTrue(seconds < 30, "6,252 nodes took " + seconds + " s (a flush per node: over a minute)");
        var tree = orgs.tree();
        var cell = tree.byCode("H7-X3-CB9");
        assertEquals(tree.byCode("TU").path() + tree.byCode("H7").id() + "/" + tree.byCode("H7-X3").id() + "/" + cell.id() + "/", cell.path());

        // an existing grassroots committee moves under a district the same file creates: its cells follow
        String move = "Mã,Tên,Loại,Mã cấp trên\nH7-X3,Đảng ủy xã 3,Đảng bộ cơ sở,H14\nH14,Huyện ủy mới,Cấp huyện,TU\n";
        assertEquals(new ImportReport(1, 1, 0), imports.importOrganisations(Caller.SYSTEM, csv(move)));
        tree = orgs.tree();
        assertEquals(tree.byCode("H14").path() + tree.byCode("H7-X3").id() + "/" + cell.id() + "/", tree.byCode("H7-X3-CB9").path());
        assertEquals(tree.byCode("H14").id(), tree.byCode("H7-X3").parentId());
    }
}
