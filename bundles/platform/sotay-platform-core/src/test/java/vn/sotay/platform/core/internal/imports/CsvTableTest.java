package vn.sotay.platform.core.internal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.sotay.api.ProblemException;

class CsvTableTest {

    static CsvTable csv(String text) {
        return CsvTable.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void parsesCommaSeparatedWithTrimmedCells() {
        CsvTable t = csv("Mã, Tên ,Loại\nTU,  Tỉnh ủy Bình Sơn ,Tỉnh ủy\n");
        assertEquals(List.of("Mã", "Tên", "Loại"), t.header());
        assertEquals(1, t.headerLine());
        assertEquals(List.of(new CsvRow(2, List.of("TU", "Tỉnh ủy Bình Sơn", "Tỉnh ủy"))), t.rows());
    }

    @Test
    void stripsUtf8Bom() {
        byte[] body = "Mã;Tên\nTU;Tỉnh ủy".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        CsvTable t = CsvTable.parse(new ByteArrayInputStream(bytes));
        assertEquals("Mã", t.header().get(0));
        assertEquals(List.of("TU", "Tỉnh ủy"), t.rows().get(0).cells());
    }

    @Test
    void detectsSemicolonFromHeader() {
        CsvTable t = csv("Mã;Tên;Loại\nTU;Tỉnh ủy, Bình Sơn;Tỉnh ủy\n");
        assertEquals(3, t.header().size());
        assertEquals("Tỉnh ủy, Bình Sơn", t.rows().get(0).cells().get(1));
    }

    @Test
    void commaWinsWhenHeaderHasMoreCommas() {
        CsvTable t = csv("a,b;c,d\n1,2;3,4");
        assertEquals(List.of("a", "b;c", "d"), t.header());
    }

    @Test
    void quotedCellsKeepSeparatorsEscapedQuotesAndNewlines() {
        CsvTable t = csv("a,b,c\r\n\"x, y\",\"He said \"\"hi\"\"\",\"two\r\nlines\"\r\nlast,\"\",z\r\n");
        assertEquals(2, t.rows().size());
        assertEquals(List.of("x, y", "He said \"hi\"", "two\r\nlines"), t.rows().get(0).cells());
        assertEquals(2, t.rows().get(0).line());
        assertEquals(List.of("last", "", "z"), t.rows().get(1).cells());
        assertEquals(4, t.rows().get(1).line(), "the quoted newline pushes the next record one line down");
    }

    @Test
    void spacesBeforeAnOpeningQuoteAreIgnored() {
        CsvTable t = csv("a,b\n1, \"x, y\" \n");
        assertEquals(List.of("1", "x, y"), t.rows().get(0).cells());
    }

    @Test
    void quoteInsideUnquotedCellIsLiteral() {
        assertEquals("5\" screen", csv("a\n5\" screen\n").rows().get(0).cells().get(0));
    }

    @Test
    void blankLinesAreSkippedButCountedInLineNumbers() {
        CsvTable t = csv("\n  \na,b\n\n1,2\n   \n,\n3,4");
        assertEquals(3, t.headerLine());
        assertEquals(2, t.rows().size());
        assertEquals(5, t.rows().get(0).line());
        assertEquals(8, t.rows().get(1).line());
    }

    @Test
    void handlesLoneCarriageReturnsAndMissingFinalNewline() {
        CsvTable t = csv("a,b\r1,2\r3,4");
        assertEquals(List.of(new CsvRow(2, List.of("1", "2")), new CsvRow(3, List.of("3", "4"))), t.rows());
    }

    @Test
    void keepsRowsWithDifferentCellCounts() {
        CsvTable t = csv("a,b\n1\n1,2,3");
        assertEquals(List.of("1"), t.rows().get(0).cells());
        assertEquals(List.of("1", "2", "3"), t.rows().get(1).cells());
    }

    @Test
    void normalisesToNfcAndTrimsNoBreakSpaces() {
        String decomposed = "Nguye\u0302\u0303n"; // Nguyễn written with combining marks
        CsvTable t = csv("a\n\u00A0" + decomposed + "\u00A0\n");
        assertEquals("Nguyễn", t.rows().get(0).cells().get(0));
    }

    @Test
    void headerOnlyHasNoRows() {
        assertTrue(csv("a,b\n").rows().isEmpty());
    }

    @Test
    void rejectsEmptyFile() {
        ProblemException e = assertThrows(ProblemException.class, () -> csv(""));
        assertEquals(400, e.status());
        assertTrue(e.detail().contains("rỗng"), e.detail());
        assertThrows(ProblemException.class, () -> csv("\uFEFF \n\r\n"));
        assertThrows(ProblemException.class, () -> csv(",,\n, ,\n"));
    }

    @Test
    void rejectsInvalidUtf8WithItsLine() {
        byte[] latin1 = "a,b\n1,2\nNguy\u1EC5n,3\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = "a,b\n1,2\nTr\u00E2n,3\n".getBytes(StandardCharsets.ISO_8859_1); // Windows-1252 style "â"
        ProblemException e = assertThrows(ProblemException.class, () -> CsvTable.parse(new ByteArrayInputStream(bad)));
        assertEquals(400, e.status());
        assertTrue(e.detail().contains("UTF-8"), e.detail());
        assertEquals(3, e.errors().get(0).line());
        assertEquals(2, CsvTable.parse(new ByteArrayInputStream(latin1)).rows().size());
    }

    @Test
    void rejectsUnterminatedQuoteNamingItsLine() {
        ProblemException e = assertThrows(ProblemException.class, () -> csv("a,b\n1,2\n3,\"open\n4,5\n"));
        assertEquals(400, e.status());
        assertTrue(e.detail().contains("dòng 3"), e.detail());
        assertEquals(3, e.errors().get(0).line());
    }
}
