package vn.sotay.itests;

import java.util.List;

/**
 * The callers of the authorisation matrix: the demo roles of docs/rest-api.md ("Demo data"), each
 * held by an account the test makes itself ({@link RoleHolders}), and the anonymous caller.
 *
 * <p>{@code home} is the side of the province the role belongs to: {@link Side#A} (Thành ủy TP,
 * cell A TP-PBT-CB01), {@link Side#B} (Huyện ủy SH, cell B SH-XSL-CB01), or {@code null} for the
 * province-wide roles (their whole province is inside: they have no outside) and for anonymous.
 * {@code cell} is where the holder is a member; {@code grants} are {@code ROLE@ORGCODE}. The
 * province-wide holders and the committees sit in cells outside cell A and cell B, so that they
 * read the objects of those cells as staff, not as members of the audience.
 */
enum MatrixRole {
    ANONYMOUS("anonymous", null, null, List.of()),
    MEMBER_A("member A", Side.A, Demo.CELL_A, List.of()),
    MEMBER_B("member B", Side.B, Demo.CELL_B, List.of()),
    SECRETARY_A("secretary A", Side.A, Demo.CELL_A, List.of("SECRETARY@" + Demo.CELL_A)),
    COMMITTEE_TP("committee TP", Side.A, "TP-CBVP", List.of("COMMITTEE@" + Demo.TP)),
    COMMITTEE_SH("committee SH", Side.B, "SH-CBVP", List.of("COMMITTEE@" + Demo.SH)),
    EDITOR("editor", null, "DUK-STC", List.of("EDITOR@" + Demo.TU)),
    REVIEWER("reviewer", null, "DUK-STC", List.of("REVIEWER@" + Demo.TU)),
    ADMIN("admin", null, "DUK-STC", List.of("ADMIN@" + Demo.TU));

    /** The two halves of the demo province. */
    enum Side {
        A, B;

        Side other() {
            return this == A ? B : A;
        }
    }

    /** The column heading in docs/security.md. */
    final String column;
    final Side home;
    final String cell;
    final List<String> grants;

    MatrixRole(String column, Side home, String cell, List<String> grants) {
        this.column = column;
        this.home = home;
        this.cell = cell;
        this.grants = grants;
    }

    boolean anonymous() {
        return this == ANONYMOUS;
    }

    /** Province-wide: the whole province is inside, so the table has no "out" value ({@code -}). */
    boolean provinceWide() {
        return home == null && !anonymous();
    }

    /** The object side called "in" for this role: its own half; side A for province-wide roles and anonymous. */
    Side inside() {
        return home == null ? Side.A : home;
    }

    static MatrixRole byColumn(String heading) {
        for (MatrixRole r : values()) {
            if (r.column.equalsIgnoreCase(heading.strip())) {
                return r;
            }
        }
        return null;
    }
}
