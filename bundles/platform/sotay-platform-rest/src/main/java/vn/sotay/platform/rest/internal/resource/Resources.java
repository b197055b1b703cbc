package vn.sotay.platform.rest.internal.resource;

import vn.sotay.api.ProblemException;

/** Small helpers shared by the platform's resources. */
final class Resources {
    private Resources() {
    }

    /** A required JSON body, or a 400 naming it. */
    static <T> T body(T body) {
        if (body == null) {
            throw ProblemException.invalid("body", "Thiếu nội dung yêu cầu");
        }
        return body;
    }

    /** A required value, or a 400 naming the field. */
    static <T> T required(T value, String field) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw ProblemException.invalid(field, "Không được để trống");
        }
        return value;
    }
}
