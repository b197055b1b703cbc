package vn.sotay.platform.core.internal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.function.Executable;

import vn.sotay.api.ProblemError;
import vn.sotay.api.ProblemException;

/** Shared assertions on import problems. */
final class ImportAsserts {
    private ImportAsserts() {
    }

    /** The errors of the 400 problem {@code call} must throw. */
    static List<ProblemError> errors(Executable call) {
        ProblemException e = assertThrows(ProblemException.class, call);
        assertEquals(400, e.status());
        assertEquals("validation", e.type());
        assertTrue(e.detail().contains(e.errors().size() + " lỗi"), e.detail());
        return e.errors();
    }

    /** Exactly one error, at this line and field, whose message contains {@code text}. */
    static void single(List<ProblemError> errors, int line, String field, String text) {
        assertEquals(1, errors.size(), () -> show(errors));
        has(errors, line, field, text);
    }

    /** Some error at this line and field whose message contains {@code text}. */
    static void has(List<ProblemError> errors, int line, String field, String text) {
        for (ProblemError e : errors) {
            if (e.line() != null && e.line() == line && java.util.Objects.equals(field, e.field())
                    && e.message().contains(text)) {
                return;
            }
        }
        fail("no error (" + line + ", " + field + ", …" + text + "…) in\n" + show(errors));
    }

    static String show(List<ProblemError> errors) {
        return errors.stream().map(e -> e.line() + " | " + e.field() + " | " + e.message())
                .collect(Collectors.joining("\n"));
    }
}
