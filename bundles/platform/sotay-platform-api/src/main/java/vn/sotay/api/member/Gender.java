package vn.sotay.api.member;

import vn.sotay.api.org.OrgType;

/** Gender as recorded on the party card. */
public enum Gender {
    MALE, FEMALE;

    /** Parses {@code Nam}/{@code Nữ} (any accents) or the constant; {@code null} if neither. */
    public static Gender parse(String text) {
        if (text == null) {
            return null;
        }
        return switch (OrgType.fold(text)) {
            case "nam", "male", "m" -> MALE;
            case "nu", "female", "f" -> FEMALE;
            default -> null;
        };
    }
}
