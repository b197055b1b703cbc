package vn.sotay.news.internal;

/** Image types told by their first bytes (magic numbers), never by a file name or a header. Pure. */
final class ImageTypes {
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";
    static final String GIF = "image/gif";
    static final String WEBP = "image/webp";

    private ImageTypes() {
    }

    /** The media type of {@code b}, or {@code null} when it is none of PNG, JPEG, GIF, WebP. */
    static String sniff(byte[] b) {
        if (starts(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (starts(b, 0, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (starts(b, 0, 'G', 'I', 'F', '8', '7', 'a') || starts(b, 0, 'G', 'I', 'F', '8', '9', 'a')) {
            return GIF;
        }
        if (starts(b, 0, 'R', 'I', 'F', 'F') && starts(b, 8, 'W', 'E', 'B', 'P')) {
            return WEBP;
        }
        return null;
    }

    /** Width and height of a WebP image from its first chunk (VP8, VP8L or VP8X), or {@code null}. */
    static int[] webpSize(byte[] b) {
        if (b.length >= 30 && starts(b, 12, 'V', 'P', '8', 'X')) {
            return new int[] {1 + u24(b, 24), 1 + u24(b, 27)};
        }
        if (b.length >= 30 && starts(b, 12, 'V', 'P', '8', ' ')) {
            return new int[] {u16(b, 26) & 0x3FFF, u16(b, 28) & 0x3FFF};
        }
        if (b.length >= 25 && starts(b, 12, 'V', 'P', '8', 'L') && (b[20] & 0xFF) == 0x2F) {
            int bits = (b[21] & 0xFF) | (b[22] & 0xFF) << 8 | (b[23] & 0xFF) << 16 | (b[24] & 0xFF) << 24;
            return new int[] {(bits & 0x3FFF) + 1, (bits >>> 14 & 0x3FFF) + 1};
        }
        return null;
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static int u24(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16;
    }

    private static boolean starts(byte[] b, int at, int... magic) {
        if (b == null || b.length < at + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[at + i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
