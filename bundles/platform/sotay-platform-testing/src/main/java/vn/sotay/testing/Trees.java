package vn.sotay.testing;

import java.util.List;

import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.org.OrgType;

/** The demo tree's shape: TU → TP (→ TP-PBT → TP-PBT-CB01, TP-CBVP), SH (→ SH-XSL → SH-XSL-CB01), DUK. */
public final class Trees {
    public static final long TU = 1, TP = 2, SH = 3, PBT = 4, CB01 = 5, CBVP = 6, XSL = 7, XSL_CB01 = 8, DUK = 9;

    public static final OrgTree TREE = OrgTree.of(List.of(
            new OrgNode(TU, "TU", "Tỉnh ủy", OrgType.PROVINCE, null, "/1/"),
            new OrgNode(TP, "TP", "Thành ủy Bình Sơn", OrgType.DISTRICT, TU, "/1/2/"),
            new OrgNode(SH, "SH", "Huyện ủy Sơn Hà", OrgType.DISTRICT, TU, "/1/3/"),
            new OrgNode(PBT, "TP-PBT", "Đảng ủy phường Bình Thạnh", OrgType.GRASSROOTS, TP, "/1/2/4/"),
            new OrgNode(CB01, "TP-PBT-CB01", "Chi bộ Khu phố 1", OrgType.CELL, PBT, "/1/2/4/5/"),
            new OrgNode(CBVP, "TP-CBVP", "Chi bộ Văn phòng", OrgType.CELL, TP, "/1/2/6/"),
            new OrgNode(XSL, "SH-XSL", "Đảng ủy xã Sơn Linh", OrgType.GRASSROOTS, SH, "/1/3/7/"),
            new OrgNode(XSL_CB01, "SH-XSL-CB01", "Chi bộ thôn 1", OrgType.CELL, XSL, "/1/3/7/8/"),
            new OrgNode(DUK, "DUK", "Đảng ủy Khối", OrgType.DISTRICT, TU, "/1/9/")));

    private Trees() {
    }
}
