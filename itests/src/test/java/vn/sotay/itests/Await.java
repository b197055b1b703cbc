package vn.sotay.itests;

import java.time.Duration;
import java.util.function.Supplier;

/** Polling until a condition holds, for what the server does asynchronously. */
public final class Await {
    private Await() {
    }

    /** A condition's verdict: {@code ok}, and what was seen (for the failure message). */
    public record Check(boolean ok, String seen) {
        public static Check of(boolean ok, Object seen) {
            return new Check(ok, String.valueOf(seen));
        }
    }

    /**
     * Polls {@code check} every 250 ms until it holds; fails after {@code timeout} with
     * {@code what} and the last thing seen. An exception thrown by the check counts as "not yet".
     *
     * @return milliseconds it took
     */
    public static long until(Duration timeout, String what, Supplier<Check> check) {
        long t0 = System.nanoTime();
        long deadline = t0 + timeout.toNanos();
        String seen = "";
        while (true) {
            try {
                Check c = check.get();
                if (c.ok()) {
                    return (System.nanoTime() - t0) / 1_000_000;
                }
                seen = c.seen();
            } catch (RuntimeException | AssertionError e) {
                seen = e.toString();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + timeout.toSeconds() + " s: " + what + "; last seen: "
                        + Distribution.abbreviate(seen));
            }
            Distribution.sleep(250);
        }
    }
}
