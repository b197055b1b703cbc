package vn.sotay.api.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

import org.junit.jupiter.api.Test;

class ChangeEventTest {

    @Test
    void anEventTravelsAsASmallSerialisedObject() throws Exception {
        ChangeEvent e = ChangeEvent.created("notices", "notice", 42L, 7L);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        assertTrue(bytes.size() < 600, "small: " + bytes.size());
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(e, in.readObject());
        }
        assertEquals("42", e.id());
        assertEquals(ChangeEvent.Kind.CREATED, e.kind());
    }

    @Test
    void fieldsAreBounded() {
        assertThrows(NullPointerException.class, () -> ChangeEvent.updated(null, "t", 1, null));
        assertThrows(IllegalArgumentException.class, () -> ChangeEvent.updated(" ", "t", 1, null));
        assertThrows(IllegalArgumentException.class, () -> ChangeEvent.deleted("m", "t", "x".repeat(201), null));
    }
}
