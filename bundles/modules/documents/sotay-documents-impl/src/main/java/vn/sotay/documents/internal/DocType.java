package vn.sotay.documents.internal;

import java.util.Locale;

/**
 * The kinds of party document, by the type code of their number ({@code 619-BC/ĐUK} is a report).
 * Codes follow the party's document conventions (Hướng dẫn 36-HD/VPTW): a regulation (Quy định) is
 * {@code QĐi}, a decision (Quyết định) {@code QĐ}.
 */
enum DocType {
    RESOLUTION("NQ", "Nghị quyết", "Resolution"),
    DECISION("QĐ", "Quyết định", "Decision"),
    REGULATION("QĐi", "Quy định", "Regulation"),
    RULES("QC", "Quy chế", "Rules"),
    DIRECTIVE("CT", "Chỉ thị", "Directive"),
    CONCLUSION("KL", "Kết luận", "Conclusion"),
    INSTRUCTION("HD", "Hướng dẫn", "Instruction"),
    REPORT("BC", "Báo cáo", "Report"),
    LETTER("CV", "Công văn", "Official letter"),
    PLAN("KH", "Kế hoạch", "Plan"),
    NOTICE("TB", "Thông báo", "Notice"),
    SCHEME("ĐA", "Đề án", "Scheme"),
    PROGRAMME("CTr", "Chương trình", "Programme");

    final String code;
    final String label;
    final String labelEn;

    DocType(String code, String label, String labelEn) {
        this.code = code;
        this.label = label;
        this.labelEn = labelEn;
    }

    /** The type of a code as typed ({@code qd}, {@code QĐ}, {@code QDi}), or the constant name; {@code null} if none. */
    static DocType parse(String text) {
        if (text == null) {
            return null;
        }
        String k = Texts.fold(text);
        for (DocType t : values()) {
            if (k.equals(Texts.fold(t.code)) || k.equals(Texts.fold(t.name()))) {
                return t;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
