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
 * owner.
 */
class ImportScaleTest {
    static final int ROWS = 20_000;
    static final String HEADER = "Họ và tên,Ngày sinh,Giới tính,Số thẻ đảng viên,Điện thoại,Email,Mã chi bộ,Trạng thái,Ngày vào Đảng,Ngày chính thức\n";
    private CoreDb db;
    private ImportServiceImpl imports;

    @BeforeEach
    void setUp() {
        db = new CoreDb(spec -> new DerbyUnit("importscale" + System.nanoTime(), spec));
        AuditService audit = TestAccounts.noop(AuditService.class);
        OrgServiceImpl orgs = new OrgServiceImpl(db, audit);
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
        assertTrue(seconds < 60, ROWS + " rows took " + seconds + " s (linear: about 10 s on a loaded 2-core machine)");
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
}
