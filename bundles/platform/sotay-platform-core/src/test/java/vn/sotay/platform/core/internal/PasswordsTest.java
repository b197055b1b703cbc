package vn.sotay.platform.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordsTest {
    @Test
    void hashesAreSaltedAndVerify() {
        String a = Passwords.hash("Đảng@2024", 1000);
        String b = Passwords.hash("Đảng@2024", 1000);
        assertNotEquals(a, b, "salted");
        assertTrue(a.startsWith("pbkdf2-sha256$1000$"));
        assertTrue(Passwords.verify("Đảng@2024", a));
        assertFalse(Passwords.verify("Dang@2024", a));
        assertFalse(Passwords.verify("x", "md5$abc"));
    }

    @Test
    void owaspCostByDefault() {
        assertEquals(600_000, Passwords.OWASP_ITERATIONS);
    }

    @Test
    void weakPasswordsAreRefusedInVietnamese() {
        assertNotNull(Passwords.weakness("short1"));
        assertNotNull(Passwords.weakness("12345678"));
        assertNotNull(Passwords.weakness("abcdefgh"));
        assertNull(Passwords.weakness("Demo@2024"));
    }

    @Test
    void loginsAreNormalised() {
        assertEquals("0912345678", AccountServiceImpl.normalise(" +84 912 345 678 "));
        assertEquals("0912345678", AccountServiceImpl.normalise("0912.345.678"));
        assertEquals("93000001", AccountServiceImpl.normalise("93000001"));
    }
}
