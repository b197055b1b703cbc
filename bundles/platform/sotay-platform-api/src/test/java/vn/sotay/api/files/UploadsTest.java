package vn.sotay.api.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sotay.api.ProblemException;

class UploadsTest {
    @Test
    void aNameKeepsItsLastSegmentInNfcWithoutControlsOrQuotes() {
        assertEquals("Hướng dẫn.pdf", Uploads.fileName("C:\\tmp\\Hu\u031Bo\u031B\u0301ng dẫn.pdf", "x.pdf"));
        assertEquals("a.pdf", Uploads.fileName("../../a.pdf", "x.pdf"));
        assertEquals("ab.pdf", Uploads.fileName(" a\"b\n.pdf ", "x.pdf"));
    }

    @Test
    void aMissingOrOverlongNameIsA400OnTheNameField() {
        for (String bad : new String[] {null, "", "   ", "dir/", "\n\""}) {
            ProblemException e = assertThrows(ProblemException.class, () -> Uploads.fileName(bad, "so-do.png"));
            assertEquals(400, e.status());
            assertEquals("name", e.errors().get(0).field());
        }
        assertEquals(400, assertThrows(ProblemException.class, () -> Uploads.fileName("a".repeat(256), "x")).status());
        assertEquals(255, Uploads.fileName("a".repeat(255), "x").length());
    }

    @Test
    void aBodyWithinTheBoundIsKeptWhole(@TempDir Path dir) throws IOException {
        byte[] body = new byte[200_000];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) i;
        }
        Path tmp = Uploads.receive(new ByteArrayInputStream(body), body.length, dir.resolve("tmp"), "quá lớn");
        assertArrayEquals(body, Files.readAllBytes(tmp));
        assertTrue(tmp.startsWith(dir.resolve("tmp")));
    }

    @Test
    void aBodyBeyondTheBoundIsA413AndLeavesNothingBehind(@TempDir Path dir) throws IOException {
        ProblemException e = assertThrows(ProblemException.class,
                () -> Uploads.receive(new ByteArrayInputStream(new byte[100_001]), 100_000, dir, "Tệp quá lớn."));
        assertEquals(413, e.status());
        try (var left = Files.list(dir)) {
            assertEquals(0, left.count(), "no temporary file left");
        }
    }
}
