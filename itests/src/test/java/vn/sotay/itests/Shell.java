package vn.sotay.itests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;

/**
 * Karaf shell commands over SSH (an exec channel per command) as {@code karaf} with the password the
 * distribution generated at its first start ({@link Distribution#shellPassword()}) on
 * 127.0.0.1:{@value Distribution#SSH_PORT}. Karaf 4.4's {@code bin/client} is not used (docs/stack.md,
 * trap 9).
 */
public final class Shell {

    public static final String USER = "karaf";
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);
    static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(180);

    private static SshClient client;

    private Shell() {
    }

    /** The outcome of one command. */
    public record Result(String command, Integer exitStatus, String out, String err) {
        /** Standard output and error together. */
        public String output() {
            return err.isEmpty() ? out : out + err;
        }

        /** True when the command neither exited non-zero nor wrote to standard error. */
        public boolean ok() {
            return (exitStatus == null || exitStatus == 0) && err.isBlank();
        }
    }

    /**
     * Runs a command and returns its output (standard output then standard error); throws when the
     * command fails (non-zero exit or output on standard error), with that output in the message.
     */
    public static String exec(String command) {
        Result r = run(command);
        if (!r.ok()) {
            throw new AssertionError("Karaf shell command «" + command + "» failed (exit " + r.exitStatus() + "):\n"
                    + r.output());
        }
        return r.output();
    }

    /** Runs a command whatever its outcome. */
    public static Result run(String command) {
        String password = Distribution.get().shellPassword();
        try (ClientSession session = client().connect(USER, "127.0.0.1", Distribution.SSH_PORT)
                .verify(CONNECT_TIMEOUT).getSession()) {
            session.addPasswordIdentity(password);
            session.auth().verify(CONNECT_TIMEOUT);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            try (ChannelExec channel = session.createExecChannel(command)) {
                channel.setOut(out);
                channel.setErr(err);
                channel.open().verify(CONNECT_TIMEOUT);
                Set<ClientChannelEvent> events = channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED),
                        COMMAND_TIMEOUT);
                if (events.contains(ClientChannelEvent.TIMEOUT)) {
                    throw new AssertionError("Karaf shell command «" + command + "» did not finish within "
                            + COMMAND_TIMEOUT.toSeconds() + " s; output so far:\n" + out.toString(StandardCharsets.UTF_8));
                }
                return new Result(command, channel.getExitStatus(), out.toString(StandardCharsets.UTF_8),
                        err.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("SSH to karaf@127.0.0.1:" + Distribution.SSH_PORT + " for «" + command
                    + "» failed: " + e, e);
        }
    }

    /** True when SSH accepts {@link #USER} with this password on this host (loopback unless told). */
    public static boolean accepts(String host, String password) {
        try (ClientSession session = client().connect(USER, host, Distribution.SSH_PORT).verify(CONNECT_TIMEOUT)
                .getSession()) {
            session.addPasswordIdentity(password);
            session.auth().verify(CONNECT_TIMEOUT);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static synchronized SshClient client() {
        if (client == null) {
            client = SshClient.setUpDefaultClient();
            // a fresh test copy generates its host key on first boot: accept it, silently
            client.setServerKeyVerifier((session, address, key) -> true);
            client.start();
        }
        return client;
    }
}
