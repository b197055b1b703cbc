package vn.sotay.files.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import vn.sotay.api.files.FileKind;

/** What a user-given file name says: the name to show in a message, and the kind its extension announces. Pure. */
final class FileNames {
    private static final int SHOWN = 120;
    private static final Map<String, FileKind> ANNOUNCES = Map.of("pdf", FileKind.PDF, "docx", FileKind.DOCX,
            "png", FileKind.PNG, "jpg", FileKind.JPEG, "jpeg", FileKind.JPEG, "jpe", FileKind.JPEG,
            "jfif", FileKind.JPEG, "gif", FileKind.GIF, "webp", FileKind.WEBP);
    /** Extensions that make the user's computer run the file when it is opened after download. */
    private static final Set<String> PROGRAMS = Set.of("exe", "com", "bat", "cmd", "scr", "pif", "msi", "dll", "cpl",
            "ps1", "vbs", "vbe", "js", "jse", "wsf", "hta", "jar", "sh", "apk", "app", "lnk", "html", "htm", "svg");

    private FileNames() {
    }

    /** The last path segment of {@code name}, without control characters, at most 120 characters; null when blank. */
    static String shown(String name) {
        String base = base(name);
        if (base == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        base.codePoints().filter(c -> !Character.isISOControl(c) && c != '«' && c != '»').forEach(b::appendCodePoint);
        String s = b.toString().strip();
        if (s.isEmpty()) {
            return null;
        }
        return s.length() <= SHOWN ? s : s.substring(0, s.offsetByCodePoints(0, SHOWN - 1)) + "…";
    }

    /**
     * The lower-case extension of {@code name} (letters and digits after the last dot, at most 8), or
     * null: {@code Nghị quyết 01.2024 về công tác} has none.
     */
    static String extension(String name) {
        String base = base(name);
        if (base == null) {
            return null;
        }
        int dot = base.lastIndexOf('.');
        if (dot < 0 || dot == base.length() - 1) {
            return null;
        }
        String ext = base.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
        return ext.length() <= 8 && ext.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c)) ? ext : null;
    }

    /** The kind {@code ext} announces ({@code jpg} and {@code jpeg} both JPEG), or null. */
    static FileKind announced(String ext) {
        return ext == null ? null : ANNOUNCES.get(ext);
    }

    /** Whether {@code ext} is the extension of a program or of a page a browser would run. */
    static boolean program(String ext) {
        return ext != null && PROGRAMS.contains(ext);
    }

    private static String base(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip();
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        n = n.substring(slash + 1);
        return n.isBlank() ? null : n;
    }
}
