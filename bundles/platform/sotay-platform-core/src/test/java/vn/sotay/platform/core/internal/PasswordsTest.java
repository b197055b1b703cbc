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
    void theDecoyMatchesNoPasswordAndCostsAFullDerivation() {
        String decoy = Passwords.decoy(20_000);
        assertTrue(decoy.matches("pbkdf2-sha256\\$20000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"), decoy);
        assertNotEquals(decoy, Passwords.decoy(20_000), "a fresh salt each time");
        assertFalse(Passwords.verify("", decoy));
        assertFalse(Passwords.verify("not-a-password-0", decoy));
        // same shape as a real hash of the same cost, so verify derives as long (unknown accounts time like wrong passwords)
        String real = Passwords.hash("Đảng@2024", 20_000);
        assertEquals(real.split("\\$")[1], decoy.split("\\$")[1]);
        assertEquals(real.split("\\$")[2].length(), decoy.split("\\$")[2].length());
        assertEquals(real.split("\\$")[3].length(), decoy.split("\\$")[3].length());
        for (int i = 0; i < 5; i++) {
            Passwords.verify("Đảng@2024", real); // JIT warm-up, so that the two timings compare
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            Passwords.verify("Đảng@2024", real);
        }
        long realNs = System.nanoTime() - t0;
        t0 = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            Passwords.verify("Đảng@2024", decoy);
        }
        long decoyNs = System.nanoTime() - t0;
        assertTrue(decoyNs > realNs / 4, "the decoy's verify derives in full: " + decoyNs + " ns against " + realNs);
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
