package vn.sotay.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import vn.sotay.api.files.FileKind;

/** Tells what a file is by its first bytes and, for a ZIP, by its table of contents; parses nothing else. */
final class Sniffer {
    static final String PROGRAM = "một chương trình máy tính";

    /**
     * @param kind one of the platform's kinds, or null
     * @param what for any other content, what it is in Vietnamese ({@code "tệp nén ZIP"}), null when unknown
     * @param zip  the content starts like a ZIP (possibly a broken one): a DOCX that failed
     */
    record Sniffed(FileKind kind, String what, boolean zip) {
        static Sniffed of(FileKind kind) {
            return new Sniffed(kind, null, kind == FileKind.DOCX);
        }

        static Sniffed other(String what) {
            return new Sniffed(null, what, false);
        }
    }

    private Sniffer() {
    }

    static Sniffed sniff(Path file) throws IOException {
        byte[] b;
        try (InputStream in = Files.newInputStream(file)) {
            b = in.readNBytes(16);
        }
        if (starts(b, 0, '%', 'P', 'D', 'F', '-')) {
            return Sniffed.of(FileKind.PDF);
        }
        if (starts(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Sniffed.of(FileKind.PNG);
        }
        if (starts(b, 0, 0xFF, 0xD8, 0xFF)) {
            return Sniffed.of(FileKind.JPEG);
        }
        if (starts(b, 0, 'P', 'K', 3, 4)) {
            return zip(file);
        }
        if (starts(b, 0, 'M', 'Z') || starts(b, 0, 0x7F, 'E', 'L', 'F') || starts(b, 0, 0xCA, 0xFE, 0xBA, 0xBE)
                || starts(b, 0, 0xFE, 0xED, 0xFA) || starts(b, 1, 0xFA, 0xED, 0xFE) || starts(b, 0, '#', '!')) {
            return Sniffed.other(PROGRAM);
        }
        if (starts(b, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return Sniffed.other("tài liệu Office đời cũ (DOC, XLS, PPT) hoặc tài liệu Office có đặt mật khẩu");
        }
        if (starts(b, 0, '{', '\\', 'r', 't', 'f')) {
            return Sniffed.other("văn bản RTF");
        }
        if (starts(b, 0, 'G', 'I', 'F', '8', '7', 'a') || starts(b, 0, 'G', 'I', 'F', '8', '9', 'a')) {
            return Sniffed.of(FileKind.GIF);
        }
        if (starts(b, 0, 'R', 'I', 'F', 'F') && starts(b, 8, 'W', 'E', 'B', 'P')) {
            return Sniffed.of(FileKind.WEBP);
        }
        if (starts(b, 0, 'I', 'I', '*', 0) || starts(b, 0, 'M', 'M', 0, '*')) {
            return Sniffed.other("ảnh TIFF");
        }
        if (starts(b, 0, 'R', 'a', 'r', '!') || starts(b, 0, '7', 'z', 0xBC, 0xAF) || starts(b, 0, 0x1F, 0x8B)) {
            return Sniffed.other("tệp nén");
        }
        return Sniffed.other(null);
    }

    /** A DOCX holds {@code word/document.xml}; other ZIPs are named by what they hold. */
    private static Sniffed zip(Path file) {
        try (ZipFile z = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            if (z.getEntry("word/document.xml") != null) {
                return z.getEntry("word/vbaProject.bin") != null
                        ? new Sniffed(null, "tài liệu Word có macro (DOCM)", false)
                        : Sniffed.of(FileKind.DOCX);
            }
            if (z.getEntry("xl/workbook.xml") != null) {
                return new Sniffed(null, "bảng tính Excel (XLSX)", false);
            }
            if (z.getEntry("ppt/presentation.xml") != null) {
                return new Sniffed(null, "bản trình chiếu PowerPoint (PPTX)", false);
            }
            ZipEntry mime = z.getEntry("mimetype");
            if (mime != null && mime.getSize() < 100) {
                try (InputStream in = z.getInputStream(mime)) {
                    if (new String(in.readNBytes(100), StandardCharsets.US_ASCII).startsWith("application/vnd.oasis")) {
                        return new Sniffed(null, "tài liệu OpenDocument (ODT, ODS, ODP)", false);
                    }
                }
            }
            return new Sniffed(null, "tệp nén ZIP", true);
        } catch (IOException | RuntimeException e) {
            return new Sniffed(null, "tệp nén ZIP bị hỏng", true);
        }
    }

    private static boolean starts(byte[] b, int at, int... magic) {
        if (b.length < at + magic.length) {
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
