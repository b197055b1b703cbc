package vn.sotay.api.member;

import vn.sotay.api.org.OrgType;
import vn.sotay.api.rest.Description;

/**
 * Party membership status; it decides who counts in the rates the provinces report. Each status carries
 * its "counted in rates" column of the charter's table, which only {@link Eligibility} reads: Eligibility
 * documents the rules and is where modules ask. The enum never calls Eligibility (no cycle between the
 * two files).
 */
@Description("Tình trạng đảng tịch; quyết định ai được tính trong các tỉ lệ báo cáo")
public enum MemberStatus {
    /** Chính thức. */
    @Description("Chính thức: đảng viên chính thức")
    OFFICIAL("Chính thức", true),
    /** Dự bị: may not vote on some items. */
    @Description("Dự bị: đảng viên dự bị, chưa biểu quyết một số nội dung")
    PROBATIONARY("Dự bị", true),
    /** Miễn công tác và sinh hoạt đảng: excluded from every denominator. */
    @Description("Miễn công tác và sinh hoạt đảng: không tính trong mẫu số các tỉ lệ")
    EXEMPT("Miễn sinh hoạt", false),
    /** Chuyển sinh hoạt đi: no longer a member here. */
    @Description("Đã chuyển sinh hoạt đi: không còn là đảng viên tại đây")
    TRANSFERRED("Đã chuyển đi", false);

    private final String label;
    /** Counted in a rate's denominator: the data behind {@link Eligibility#countsInRates}, for it alone. */
    final boolean countsInRates;

    MemberStatus(String label, boolean countsInRates) {
        this.label = label;
        this.countsInRates = countsInRates;
    }

    public String label() {
        return label;
    }

    /**
     * Counted in rates (read rates, login rates): the same answer as {@link Eligibility#countsInRates},
     * which modules should ask (kept for binary compatibility).
     */
    public boolean counted() {
        return countsInRates;
    }

    /** Parses the constant or the Vietnamese label, with or without diacritics; {@code null} if none. */
    public static MemberStatus parse(String text) {
        if (text == null) {
            return null;
        }
        String k = OrgType.fold(text);
        for (MemberStatus s : values()) {
            if (k.equals(OrgType.fold(s.name())) || k.equals(OrgType.fold(s.label))) {
                return s;
            }
        }
        return switch (k) {
            case "mien", "mien cong tac", "mien cong tac va sinh hoat dang" -> EXEMPT;
            case "chuyen di", "chuyen sinh hoat", "da chuyen" -> TRANSFERRED;
            default -> null;
        };
    }
}
