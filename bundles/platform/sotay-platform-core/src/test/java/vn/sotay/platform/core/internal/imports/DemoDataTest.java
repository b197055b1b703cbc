package vn.sotay.platform.core.internal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.sotay.api.member.MemberStatus;
import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgType;

/**
 * The demo province of the sotay-demo bundle passes the import validation on an empty database, and
 * holds the codes and accounts docs/rest-api.md fixes. Skipped when the bundle's sources are
 * not next to this one (system property {@code sotay.demo.dir} points elsewhere).
 */
class DemoDataTest {

    private static Path dir() {
        return Path.of(System.getProperty("sotay.demo.dir", "../sotay-demo/src/main/resources/demo"));
    }

    private static CsvTable read(String name) throws IOException {
        Path file = dir().resolve(name);
        assumeTrue(Files.isRegularFile(file), "demo data not found at " + file.toAbsolutePath());
        try (InputStream in = Files.newInputStream(file)) {
            return CsvTable.parse(in);
        }
    }

    @Test
    void demoProvinceValidates() throws IOException {
        List<OrgRow> orgs = OrgImport.validate(read("organisations.csv"), code -> null);
        Map<String, OrgNode> byCode = new HashMap<>();
        long id = 1;
        for (OrgRow r : orgs) { // parents first, so paths can be built in one pass
            OrgNode parent = r.parentCode() == null ? null : byCode.get(r.parentCode());
            String path = (parent == null ? "/" : parent.path()) + id + "/";
            byCode.put(r.code(), new OrgNode(id++, r.code(), r.name(), r.type(), parent == null ? null : parent.id(), path));
        }
        Map<String, OrgType> types = orgs.stream().collect(Collectors.toMap(OrgRow::code, OrgRow::type));
        assertEquals(OrgType.PROVINCE, types.get("TU"));
        for (String c : List.of("TP", "SH", "DUK")) {
            assertEquals(OrgType.DISTRICT, types.get(c), c);
        }
        assertEquals(OrgType.GRASSROOTS, types.get("TP-PBT"));
        assertEquals(OrgType.GRASSROOTS, types.get("SH-XSL"));
        for (String c : List.of("TP-PBT-CB01", "SH-XSL-CB01", "TP-CBVP")) {
            assertEquals(OrgType.CELL, types.get(c), c);
        }
        assertEquals("TP", parentOf(orgs, "TP-CBVP"));
        assertEquals("TP", parentOf(orgs, "TP-PBT"));
        assertEquals("SH", parentOf(orgs, "SH-XSL"));
        assertTrue(orgs.stream().anyMatch(r -> r.type() == OrgType.SECTION));

        List<MemberRow> members = MemberImport.validate(read("members.csv"), new MemberImport.Existing() {
            @Override
            public OrgNode orgByCode(String code) {
                return byCode.get(code);
            }

            @Override
            public Long memberIdByPhone(String phone) {
                return null;
            }

            @Override
            public Long memberIdByCard(String card) {
                return null;
            }
        });
        assertTrue(members.size() >= 250, "about 300 members");
        String[] cells = {"DUK-STTTT", "TP-CBVP", "SH-CBVP", "TP-PBT-CB01", "DUK-STTTT", "DUK-STTTT", "TP-PBT-CB01",
            "SH-XSL-CB01"};
        for (int i = 0; i < 8; i++) {
            MemberRow m = members.get(i);
            assertEquals("090000000" + (i + 1), m.phone());
            assertEquals("9300000" + (i + 1), m.cardNumber());
            assertEquals(cells[i], m.cellCode());
            assertEquals(MemberStatus.OFFICIAL, m.status());
        }
        Map<MemberStatus, Long> byStatus = members.stream()
                .collect(Collectors.groupingBy(MemberRow::status, Collectors.counting()));
        for (MemberStatus s : MemberStatus.values()) {
            assertTrue(byStatus.getOrDefault(s, 0L) > 0, "some " + s);
        }
        Map<String, Long> perCell = members.stream().collect(Collectors.groupingBy(MemberRow::cellCode, Collectors.counting()));
        long cellCount = orgs.stream().filter(r -> r.type() == OrgType.CELL).count();
        assertEquals(cellCount, perCell.size(), "every cell has members");
    }

    private static String parentOf(List<OrgRow> orgs, String code) {
        return orgs.stream().collect(Collectors.toMap(OrgRow::code, Function.identity())).get(code).parentCode();
    }
}
