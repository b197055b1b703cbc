package vn.sotay.platform.rest.internal;

import java.io.IOException;

import vn.sotay.api.ProblemException;

/**
 * A request body past its limit ({@link BodyLimit}); an {@code IOException} so parsers pass it on
 * unchanged, and {@link ProblemMapper} answers it 413 whoever was reading.
 */
final class BodyTooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    final long limit;

    BodyTooLarge(long limit) {
        super("request body over " + limit + " bytes");
        this.limit = limit;
    }

    /** The 413 problem for a body over {@code max} bytes. */
    static ProblemException problem(long max) {
        return new ProblemException(413, "too-large", "Nội dung gửi lên quá lớn",
                "Nội dung gửi lên vượt quá giới hạn " + size(max) + " của địa chỉ này.", null);
    }

    private static String size(long bytes) {
        return bytes % (1L << 20) == 0 ? bytes / (1L << 20) + " MB" : bytes / 1024 + " KB";
    }
}
