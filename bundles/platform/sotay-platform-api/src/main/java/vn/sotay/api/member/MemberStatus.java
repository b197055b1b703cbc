package vn.sotay.api.member;

import vn.sotay.api.org.OrgType;
import vn.sotay.api.rest.Description;

/** Party membership status; it decides who counts in the rates the provinces report. */
@Description("Tình trạng đảng tịch; quyết định ai được tính trong các tỉ lệ báo cáo")
public enum MemberStatus {
    /** Chính thức. */
    @Description("Chính thức: đảng viên chính thức")
    OFFICIAL("Chính thức"),
    /** Dự bị: may not vote on some items. */
    @Description("Dự bị: đảng viên dự bị, chưa biểu quyết một số nội dung")
    PROBATIONARY("Dự bị"),
    /** Miễn công tác và sinh hoạt đảng: excluded from every denominator. */
    @Description("Miễn công tác và sinh hoạt đảng: không tính trong mẫu số các tỉ lệ")
    EXEMPT("Miễn sinh hoạt"),
    /** Chuyển sinh hoạt đi: no longer a member here. */
    @Description("Đã chuyển sinh hoạt đi: không còn là đảng viên tại đây")
    TRANSFERRED("Đã chuyển đi");

    private final String label;

    MemberStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Counted in rates (read rates, login rates): {@link Eligibility#countsInRates}. */
    public boolean counted() {
        return Eligibility.countsInRates(this);
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
