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
}
