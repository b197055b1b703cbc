package vn.sotay.documents.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Text helpers the vocabulary enums and the parsers share (a leaf: it depends on nothing of the module). */
final class Texts {
    private Texts() {
    }

    /** Lower case without diacritics, {@code đ} → {@code d} (NFC or NFD input). */
    static String fold(String s) {
        return Normalizer.normalize(s.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replace('đ', 'd');
    }

    /** The constant of {@code type} named {@code text} (any case, trimmed), or {@code null}. */
    static <E extends Enum<E>> E named(Class<E> type, String text) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return e;
            }
        }
        return null;
    }
}
