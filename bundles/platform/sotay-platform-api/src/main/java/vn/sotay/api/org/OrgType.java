package vn.sotay.api.org;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Kind of an organisation node. The tree's depth varies (a cell may hang directly under a
 * district-level committee), so the type is descriptive, never a fixed level.
 */
public enum OrgType {
    /** Tỉnh ủy: the province committee, the root. */
    PROVINCE("Tỉnh ủy"),
    /** Huyện ủy / thị ủy / thành ủy / đảng ủy trực thuộc: district-level and affiliated committees. */
    DISTRICT("Cấp huyện"),
    /** Đảng bộ cơ sở: grassroots committee. */
    GRASSROOTS("Đảng bộ cơ sở"),
    /** Đảng bộ bộ phận: intermediate committee inside a large grassroots committee. */
    SECTION("Đảng bộ bộ phận"),
    /** Chi bộ: a cell, where members belong. */
    CELL("Chi bộ");

    private final String label;

    OrgType(String label) {
        this.label = label;
    }

    /** Vietnamese label. */
    public String label() {
        return label;
    }

    /**
     * Parses a type as people write it in a spreadsheet: the English constant, or the Vietnamese
     * label with or without diacritics ({@code "chi bo"}, {@code "Chi bộ"}, {@code "CELL"}).
     *
     * @return the type, or {@code null} when the text names none
     */
    public static OrgType parse(String text) {
        if (text == null) {
            return null;
        }
        String k = fold(text);
        for (OrgType t : values()) {
            if (k.equals(fold(t.name())) || k.equals(fold(t.label))) {
                return t;
            }
        }
        return switch (k) {
            case "tinh", "tinh uy" -> PROVINCE;
            case "huyen", "huyen uy", "thi uy", "thanh uy", "dang uy truc thuoc", "dang uy khoi" -> DISTRICT;
            case "co so", "dang uy co so", "dang bo co so" -> GRASSROOTS;
            case "bo phan", "dang bo bo phan" -> SECTION;
            case "chi bo co so", "chi bo truc thuoc" -> CELL;
            default -> null;
        };
    }

    /** Lower-case, accents removed, {@code đ}→{@code d}, separators collapsed to one space. */
    public static String fold(String s) {
        String d = Normalizer.normalize(s.trim().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replace('đ', 'd');
        return d.replaceAll("[\\s_\\-]+", " ");
    }
}
