package vn.sotay.meetings.internal.minutes;

import vn.sotay.api.rest.Description;

/** The four grades of a meeting's quality (xếp loại chất lượng sinh hoạt chi bộ). */
public enum Grade {
    @Description("Tốt") GOOD("Tốt"),
    @Description("Khá") FAIR("Khá"),
    @Description("Trung bình") AVERAGE("Trung bình"),
    @Description("Kém") POOR("Kém");

    /** The Vietnamese label. */
    public final String label;

    Grade(String label) {
        this.label = label;
    }
}
