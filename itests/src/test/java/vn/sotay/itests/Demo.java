package vn.sotay.itests;

/** The demo accounts and organisation codes of docs/rest-api.md ("Demo data"). */
public final class Demo {
    /** Password of every demo account. */
    public static final String PASSWORD = "Demo@2024";

    /** ADMIN at TU. */
    public static final String ADMIN = "0900000001";
    /** COMMITTEE at TP. */
    public static final String COMMITTEE_TP = "0900000002";
    /** COMMITTEE at SH. */
    public static final String COMMITTEE_SH = "0900000003";
    /** SECRETARY at TP-PBT-CB01 (cell A). */
    public static final String SECRETARY_CELL_A = "0900000004";
    /** EDITOR at TU; only AuthIT uses it (password change round trip). */
    public static final String EDITOR = "0900000005";
    /** REVIEWER at TU; only AuthIT uses it, and locks it (throttling). */
    public static final String REVIEWER = "0900000006";
    /** Member of cell A (TP-PBT-CB01). */
    public static final String MEMBER_A = "0900000007";
    /** Party card number of {@link #MEMBER_A}. */
    public static final String MEMBER_A_CARD = "93000007";
    /** Member of cell B (SH-XSL-CB01). */
    public static final String MEMBER_B = "0900000008";

    public static final String TU = "TU";
    public static final String TP = "TP";
    public static final String SH = "SH";
    public static final String TP_PBT = "TP-PBT";
    public static final String CELL_A = "TP-PBT-CB01";
    public static final String SH_XSL = "SH-XSL";
    public static final String CELL_B = "SH-XSL-CB01";

    private Demo() {
    }
}
