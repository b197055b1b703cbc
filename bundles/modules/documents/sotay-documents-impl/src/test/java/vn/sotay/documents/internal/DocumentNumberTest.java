package vn.sotay.documents.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentNumberTest {

    @Test
    void theSeedsNumbersParse() {
        assertEquals("619-BC/ĐUK", DocumentNumber.parse("Số 619-BC/ĐUK").orElseThrow().toString());
        assertEquals(DocType.LETTER, DocumentNumber.parse("2195-CV/BTGTU").orElseThrow().type());
        DocumentNumber scheme = DocumentNumber.parse("04-ĐA/TU").orElseThrow();
        assertEquals("04", scheme.number());
        assertEquals(DocType.SCHEME, scheme.type());
        assertEquals("TU", scheme.issuer());
        assertEquals(DocType.DECISION, DocumentNumber.parse("339-QĐ/TW").orElseThrow().type());
        assertEquals(DocType.PLAN, DocumentNumber.parse("168-KH/VPTW").orElseThrow().type());
        assertEquals("45-KH/ThU", DocumentNumber.parse("45-KH/ThU").orElseThrow().toString());
        assertEquals("339-QĐ/TW", DocumentNumber.parse("số 339-qđ/tw").orElseThrow().toString());
        assertEquals(DocType.REGULATION, DocumentNumber.parse("08-QĐi/TW").orElseThrow().type());
    }

    @ParameterizedTest
    @ValueSource(strings = {"339-QĐ/TW", "339 QD/TW", "so 339-QD/TW", "Số 339-QĐ/TW", "số: 339 - qđ / tw",
            "339/QĐ-TW", "339-qđ/tw"})
    void everySpellingHasTheSameKey(String typed) {
        DocumentNumber n = DocumentNumber.parse(typed).orElseThrow(() -> new AssertionError(typed));
        assertEquals("339qdtw", n.key(), typed);
        assertEquals(DocType.DECISION, n.type());
    }

    @Test
    void theDWithStrokeFoldsAndDecomposedInputIsRead() {
        assertEquals("619bcduk", DocumentNumber.parse("so 619-BC/DUK").orElseThrow().key());
        assertEquals("619bcduk", DocumentNumber.parse("619-BC/ĐUK").orElseThrow().key());
        String nfd = Normalizer.normalize("Số 04-ĐA/TU", Normalizer.Form.NFD);
        assertEquals("04-ĐA/TU", DocumentNumber.parse(nfd).orElseThrow().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Nghị quyết về xây dựng Đảng", "619", "619-XY/TU", "BC/ĐUK", "619-BC"})
    void notANumber(String typed) {
        assertTrue(DocumentNumber.parse(typed).isEmpty(), typed);
    }

    @Test
    void aCraftedLongNumberIsAnsweredAtOnce() {
        long t0 = System.nanoTime();
        String spaces = " ".repeat(50_000);
        assertTrue(DocumentNumber.parse("so" + spaces + "1" + spaces + "QĐ" + spaces + "x").isEmpty());
        assertTrue(DocumentNumber.parse("1 " + "A1".repeat(40_000) + "-").isEmpty());
        assertTrue(DocumentNumber.parse("1-QĐ/" + "A-".repeat(40) + "!").isEmpty());
        for (int i = 0; i < 1_000; i++) {
            DocumentNumber.parse("số: 1" + " ".repeat(40) + "-" + " ".repeat(40) + "QĐ/T" + "W".repeat(i % 50) + "!");
        }
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 500, "linear time, bounded input: " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }

    @ParameterizedTest
    @ValueSource(strings = {"339-QĐ/TW-", "339-QĐ/-TW", "339--QĐ/TW", "1234567-NQ/TU", "339-QĐQĐQĐ/TW", "339-QĐ/1TW",
            "٣٣-NQ/TU", "339-NQ/TU extra"})
    void almostNumbersAreNone(String typed) {
        assertTrue(DocumentNumber.parse(typed).isEmpty(), typed);
    }

    @Test
    void issuersWithDashesAndDigitsParse() {
        assertEquals("12-KH/ĐU-TCT1", DocumentNumber.parse("12 kh ĐU-TCT1").orElseThrow().toString());
        assertEquals("5-NQ/TU", DocumentNumber.parse("Số.5.NQ-TU").orElseThrow().toString());
    }
}
