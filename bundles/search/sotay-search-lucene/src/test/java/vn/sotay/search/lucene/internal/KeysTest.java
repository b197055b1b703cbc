package vn.sotay.search.lucene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Collections;
import java.util.Set;

import org.junit.jupiter.api.Test;

class KeysTest {

    @Test
    void formIsLowerCaseFoldedLettersAndDigits() {
        assertEquals("619bcduk", Keys.form("619-BC/ĐUK"));
        assertEquals("2195cvbtgtu", Keys.form(" 2195 - CV / BTGTU "));
        assertEquals("339qdtw", Keys.form(Normalizer.normalize("339-QĐ/TW", Normalizer.Form.NFD)));
        assertEquals("", Keys.form("-/ …"));
    }

    @Test
    void runsHoldADigitAndSpanAtMostSixWords() {
        assertEquals(Set.of("so619", "so619bc", "so619bcduk", "619", "619bc", "619bcduk"), Keys.runs("Số 619-BC/ĐUK"));
        assertEquals(Set.of(), Keys.runs("chuyển đổi số"));
        assertTrue(Keys.runs("văn bản 04-ĐA/TU về chuyển đổi số").contains("04datu"));
        assertTrue(Keys.runs("339/QĐ-TW").contains("339qdtw"));
        assertTrue(Keys.runs("a b c d e f 1").contains("bcdef1"));
        assertTrue(Keys.runs("a b c d e f 1").stream().noneMatch(r -> r.startsWith("a")));
        assertTrue(Keys.runs(String.join(" ", Collections.nCopies(200, "7 x"))).size() <= Keys.MAX_TOKENS * Keys.MAX_RUN);
        assertEquals(Set.of("7", "7x", "7x8", "x8", "8"), Keys.runs("7 x 8"));
    }
}
