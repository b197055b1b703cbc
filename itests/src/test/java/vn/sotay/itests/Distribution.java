package vn.sotay.itests;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The built Sổ Tay distribution, booted once as a child process and shared by every IT class of
 * the failsafe JVM.
 *
 * <p>{@link #get()} copies {@code karaf-assembly/target/assembly} (system property
 * {@value #DISTRIBUTION_PROPERTY}) to {@code target/karaf-it} (fresh: deleted first, the source's
 * {@code data/} left out so the database starts empty), moves every port of the copy away from a
 * running instance ({@link #HTTP_PORT}, {@link #SSH_PORT}, {@link #RMI_REGISTRY_PORT},
 * {@link #RMI_SERVER_PORT}) and nothing else (the shell password is the one the first start generates,
 * {@link #shellPassword()}), starts
 * {@code bin/karaf server} with {@code -Dsotay.demo=true} and waits until the REST API is ready (see
 * {@link #awaitReady}). A JVM shutdown hook stops it.
 */
public final class Distribution {

    /** Ports of the test copy; {@code -Dsotay.it.port.base=N} moves them all (N+0, N+1, N+2, N+3). */
    private static final int BASE = Integer.getInteger("sotay.it.port.base", 0);
    public static final int HTTP_PORT = BASE == 0 ? 18181 : BASE;
    public static final int SSH_PORT = BASE == 0 ? 18101 : BASE + 1;
    public static final int RMI_REGISTRY_PORT = BASE == 0 ? 11099 : BASE + 2;
    public static final int RMI_SERVER_PORT = BASE == 0 ? 44445 : BASE + 3;

    /** Folder of the built distribution (set by the pom). */
    public static final String DISTRIBUTION_PROPERTY = "sotay.it.distribution";
    /** Where the distribution is copied and run (set by the pom). */
    public static final String WORK_PROPERTY = "sotay.it.work";
    /** File receiving the Karaf process's stdout and stderr (set by the pom). */
    public static final String STDOUT_PROPERTY = "sotay.it.stdout";

    static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private static Distribution instance;
    private static Throwable startFailure;

    private final Path source;
    private final Path home;
    private final Path stdout;
    private final Path pidFile;
    private Process process;
    private Http http;
    private long lastBootMillis = -1;

    private Distribution(Path source, Path home, Path stdout) {
        this.source = source;
        this.home = home;
        this.stdout = stdout;
        this.pidFile = home.resolveSibling(home.getFileName() + ".pid");
    }

    /**
     * The running distribution, booted on the first call. A failed boot is remembered: later IT
     * classes fail at once with the same cause instead of waiting another {@link #READY_TIMEOUT}.
     */
    public static synchronized Distribution get() {
        if (startFailure != null) {
            throw new AssertionError("The Sổ Tay distribution failed to start earlier in this run: "
                    + startFailure.getMessage(), startFailure);
        }
        if (instance == null) {
            Path base = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
            Path source = Path.of(System.getProperty(DISTRIBUTION_PROPERTY,
                    base.resolve("../karaf-assembly/target/assembly").toString())).toAbsolutePath().normalize();
            Path home = Path.of(System.getProperty(WORK_PROPERTY, base.resolve("target/karaf-it").toString()))
                    .toAbsolutePath().normalize();
            Path out = Path.of(System.getProperty(STDOUT_PROPERTY, base.resolve("target/karaf-it-stdout.log").toString()))
                    .toAbsolutePath().normalize();
            Distribution d = new Distribution(source, home, out);
            try {
                d.prepare();
                Runtime.getRuntime().addShutdownHook(new Thread(d::stopQuietly, "sotay-it-karaf-stop"));
                d.start();
            } catch (Throwable e) {
                startFailure = e;
                d.stopQuietly();
                throw e;
            }
            instance = d;
        }
        return instance;
    }

    /** Root folder of the running copy ({@code target/karaf-it}). */
    public Path home() {
        return home;
    }

    /** {@code data/log/karaf.log} of the running copy. */
    public Path karafLog() {
        return home.resolve("data/log/karaf.log");
    }

    /** An HTTP client for this distribution; a new one after every (re)start. */
    public synchronized Http http() {
        return http;
    }

    /**
     * The password of the shell user {@code karaf} that the first start wrote into the copy's
     * {@code etc/users.properties} (the distribution ships none); waits up to 60 s for it.
     */
    public String shellPassword() {
        Path users = home.resolve("etc/users.properties");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                Optional<String> line = property(users, "karaf");
                if (line.isPresent()) {
                    return line.get().split(",")[0].trim();
                }
            } catch (IOException e) {
                // being replaced right now: read again
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No shell user 'karaf' in " + users + " 60 s after the boot: the first start "
                        + "did not generate the password" + diagnostics());
            }
            sleep(250);
        }
    }

    /** Milliseconds from the last process launch to REST-ready. */
    public long lastBootMillis() {
        return lastBootMillis;
    }

    /** Runs {@code work} while the copy is stopped (its database files free), then starts it again. */
    public synchronized <T> T whileStopped(java.util.concurrent.Callable<T> work) {
        stop();
        try {
            return work.call();
        } catch (Exception e) {
            throw new AssertionError("While the distribution was stopped: " + e, e);
        } finally {
            start();
        }
    }

    /** The running JVM's process (the script execs java), for what only the process tells: its arguments. */
    public synchronized ProcessHandle process() {
        return process.toHandle();
    }

    /**
     * Kills the copy's JVM at once (SIGKILL: no shutdown hook, nothing closed or flushed by a stop,
     * as a power cut would leave the database) and starts the same copy again (Derby recovers from
     * its log).
     */
    public synchronized void killAndStart() {
        Process p = process;
        process = null;
        if (p != null) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            try {
                p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                Files.deleteIfExists(pidFile);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // pid file left behind: killLeftover checks the process before acting on it
            }
        }
        start();
    }

    /** Stops and starts the same copy: data, configuration and logs are kept. */
    public synchronized void restart() {
        stop();
        start();
    }

    // ---------------------------------------------------------------------------------------------
    // preparation

    /** Kills a copy left running by an aborted earlier run, then makes a fresh copy with our ports. */
    private void prepare() {
        if (!Files.isRegularFile(source.resolve("bin/karaf"))) {
            throw new AssertionError("No Karaf distribution at " + source + " (no bin/karaf). Build it first: "
                    + "`mvn install` from the root (karaf-assembly builds before itests), or point -D"
                    + DISTRIBUTION_PROPERTY + "=<folder> at a built assembly.");
        }
        killLeftover();
        for (int port : new int[] {HTTP_PORT, SSH_PORT, RMI_REGISTRY_PORT, RMI_SERVER_PORT}) {
            if (listening(port)) {
                throw new AssertionError("Port " + port + " on 127.0.0.1 is already in use; the integration tests "
                        + "need " + HTTP_PORT + ", " + SSH_PORT + ", " + RMI_REGISTRY_PORT + " and " + RMI_SERVER_PORT
                        + ". Is a Karaf from an earlier test run still alive? (ps -ef | grep karaf-it)");
            }
        }
        try {
            deleteTree(home);
            copyTree(source, home);
            Files.deleteIfExists(stdout);
            Files.createDirectories(stdout.getParent());
            for (Path script : listOrEmpty(home.resolve("bin"))) {
                script.toFile().setExecutable(true, false);
            }
            setProperty(home.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", String.valueOf(HTTP_PORT));
            setProperty(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", String.valueOf(SSH_PORT));
            setProperty(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort",
                    String.valueOf(RMI_REGISTRY_PORT));
            setProperty(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort",
                    String.valueOf(RMI_SERVER_PORT));
            // the test client is the proxy: tests name client addresses in X-Forwarded-For (login throttling)
            setProperty(home.resolve("etc/vn.sotay.http.cfg"), "trustedProxies", "127.0.0.1");
            // no shell user is set here: the first start generates one (KarafDefaultsIT), Shell reads it
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare " + home + " from " + source, e);
        }
    }

    /**
     * Sets {@code key = value} in a properties-style file: replaces the first active line for the
     * key, else uncomments a commented one, else appends; creates the file when absent.
     */
    static void setProperty(Path file, String key, String value) throws IOException {
        List<String> lines = Files.exists(file) ? new ArrayList<>(Files.readAllLines(file, StandardCharsets.ISO_8859_1))
                : new ArrayList<>();
        Pattern active = Pattern.compile("^\\s*" + Pattern.quote(key) + "\\s*[=:].*$");
        Pattern commented = Pattern.compile("^\\s*#\\s*" + Pattern.quote(key) + "\\s*[=:].*$");
        String line = key + " = " + value;
        int at = indexOf(lines, active);
        if (at < 0) {
            at = indexOf(lines, commented);
        }
        if (at >= 0) {
            lines.set(at, line);
        } else {
            lines.add(line);
        }
        Files.write(file, lines, StandardCharsets.ISO_8859_1);
    }

    private static int indexOf(List<String> lines, Pattern p) {
        for (int i = 0; i < lines.size(); i++) {
            // continuation lines of a previous value are not keys
            if (i > 0 && lines.get(i - 1).endsWith("\\")) {
                continue;
            }
            if (p.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** A Karaf this harness started in an earlier, aborted run (its pid file is ours). */
    private void killLeftover() {
        try {
            if (!Files.exists(pidFile)) {
                return;
            }
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            Optional<ProcessHandle> p = ProcessHandle.of(pid);
            if (p.isPresent() && p.get().isAlive()
                    && p.get().info().commandLine().map(c -> c.contains(home.toString())).orElse(false)) {
                System.out.println("Stopping the Karaf (pid " + pid + ") left running by an earlier test run");
                p.get().destroy();
                try {
                    p.get().onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                } catch (Exception e) {
                    p.get().destroyForcibly();
                }
            }
            Files.deleteIfExists(pidFile);
        } catch (IOException | NumberFormatException e) {
            // nothing we can do; the port check reports a live leftover clearly
        }
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // start and stop

    private synchronized void start() {
        List<String> command = List.of(home.resolve("bin/karaf").toString(), "server");
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(stdout.toFile()));
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("KARAF_"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("EXTRA_JAVA_OPTS", "-Dsotay.demo=true");
        // the script then execs java: our Process is the JVM, destroy() is a graceful SIGTERM
        env.put("KARAF_EXEC", "exec");
        long t0 = System.nanoTime();
        try {
            appendStdout("==== " + java.time.Instant.now() + " starting " + String.join(" ", command) + "\n");
            process = pb.start();
            process.getOutputStream().close();
            Files.writeString(pidFile, String.valueOf(process.pid()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + command, e);
        }
        http = new Http("http://127.0.0.1:" + HTTP_PORT);
        awaitReady(t0);
        lastBootMillis = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("Boot to REST-ready: " + lastBootMillis + " ms (" + home + ")");
    }

    /**
     * Ready means: {@code GET /api/ping} answers 200, {@code GET /api/modules} lists
     * {@code notices}, and the demo data is loaded: the admin logs in with an ADMIN grant and the
     * last demo account the loader sets up (member of cell B) logs in. The loader resets each demo
     * password, which also clears failed-login counters, so polling logins before the data exists
     * cannot lock the accounts the tests use.
     */
    private void awaitReady(long t0) {
        long deadline = t0 + READY_TIMEOUT.toNanos();
        String waitingFor = "GET /api/ping to answer 200";
        String last = "";
        while (true) {
            if (!process.isAlive()) {
                throw new AssertionError("Karaf exited with code " + process.exitValue() + " before being ready (while "
                        + "waiting for " + waitingFor + ")" + diagnostics());
            }
            try {
                Http.Response ping = http.get("/api/ping", null);
                last = "ping: " + ping.status();
                if (ping.status() == 200) {
                    waitingFor = "GET /api/modules to list \"notices\"";
                    Http.Response modules = http.get("/api/modules", null);
                    last = "modules: " + modules.status() + " " + abbreviate(modules.body());
                    if (modules.status() == 200 && listsModule(modules.json(), "notices")) {
                        waitingFor = "the demo data (admin " + Demo.ADMIN + " and member " + Demo.MEMBER_B
                                + " logging in with " + Demo.PASSWORD + ")";
                        Http.Response admin = http.loginResponse(Demo.ADMIN, Demo.PASSWORD);
                        last = "admin login: " + admin.status() + " " + abbreviate(admin.body());
                        if (admin.status() == 200 && hasGrant(admin.json().path("caller"), "ADMIN")) {
                            Http.Response member = http.loginResponse(Demo.MEMBER_B, Demo.PASSWORD);
                            last = "member login: " + member.status() + " " + abbreviate(member.body());
                            if (member.status() == 200) {
                                http.post("/api/auth/logout", admin.json().path("token").asText(), null);
                                http.post("/api/auth/logout", member.json().path("token").asText(), null);
                                return;
                            }
                        }
                    }
                }
            } catch (RuntimeException e) {
                last = e.toString();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Sổ Tay not ready within " + READY_TIMEOUT.toSeconds() + " s: still waiting for "
                        + waitingFor + "; last answer: " + last + diagnostics());
            }
            sleep(500);
        }
    }

    static boolean listsModule(JsonNode modules, String id) {
        if (modules == null || !modules.isArray()) {
            return false;
        }
        for (JsonNode m : modules) {
            if (id.equals(m.path("id").asText())) {
                return true;
            }
        }
        return false;
    }

    static boolean hasGrant(JsonNode caller, String role) {
        for (JsonNode g : caller.path("grants")) {
            if (role.equals(g.path("role").asText())) {
                return true;
            }
        }
        return false;
    }

    /** Stops Karaf (SIGTERM: Karaf's own shutdown hook stops the framework) and waits for the exit. */
    public synchronized void stop() {
        Process p = process;
        if (p == null) {
            return;
        }
        process = null;
        long t0 = System.nanoTime();
        try {
            if (p.isAlive()) {
                p.descendants().forEach(ProcessHandle::destroy);
                p.destroy();
                if (!p.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    System.out.println("Karaf did not stop within " + STOP_TIMEOUT.toSeconds() + " s: killing it");
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
            Files.deleteIfExists(pidFile);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // pid file left behind: killLeftover checks the process before acting on it
        }
        System.out.println("Karaf stopped in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (RuntimeException e) {
            System.err.println("Could not stop Karaf: " + e);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // logs

    /** Current size of karaf.log: pass it to {@link #karafLogSince(long)} to read what follows. */
    public long karafLogSize() {
        try {
            return Files.exists(karafLog()) ? Files.size(karafLog()) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines karaf.log gained after {@code offset} (see {@link #karafLogSize()}). */
    public List<String> karafLogSince(long offset) {
        try (RandomAccessFile f = new RandomAccessFile(karafLog().toFile(), "r")) {
            long size = f.length();
            if (size < offset) {
                offset = 0; // rotated meanwhile: read the new file whole
            }
            byte[] bytes = new byte[(int) (size - offset)];
            f.seek(offset);
            f.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tails of karaf.log and of the process output, for failure messages. */
    public String diagnostics() {
        return "\n---- first ERROR lines of " + karafLog() + " ----\n" + errors(karafLog(), 20)
                + "\n---- last lines of " + karafLog() + " (our own polling noise left out) ----\n" + tail(karafLog(), 80)
                + "\n---- last lines of " + stdout + " ----\n" + tail(stdout, 40);
    }

    /** CXF's warning for each poll of an endpoint that is not there yet: noise in a failure message. */
    private static boolean noise(String line) {
        return line.contains("Can't find the request for");
    }

    static String tail(Path file, int lines) {
        List<String> all = readLines(file).stream().filter(l -> !noise(l)).toList();
        return all.isEmpty() ? "(absent or empty)"
                : String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    static String errors(Path file, int lines) {
        List<String> errors = readLines(file).stream().filter(l -> l.contains("| ERROR ")).limit(lines).toList();
        return errors.isEmpty() ? "(none)" : String.join("\n", errors);
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList() : List.of();
        } catch (IOException | UncheckedIOException e) {
            return List.of("(unreadable: " + e + ")");
        }
    }

    private void appendStdout(String text) throws IOException {
        Files.writeString(stdout, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // files

    /** The source's runtime state is never copied: every run starts from an empty database. */
    private static final Set<String> NOT_COPIED = Set.of("data", "instances", "lock");

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path rel = from.relativize(dir);
                if (rel.getNameCount() == 1 && NOT_COPIED.contains(rel.toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(rel.toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path rel = from.relativize(file);
                if (rel.getNameCount() == 1 && NOT_COPIED.contains(rel.toString())) {
                    return FileVisitResult.CONTINUE;
                }
                Files.copy(file, to.resolve(rel.toString()), StandardCopyOption.COPY_ATTRIBUTES,
                        LinkOption.NOFOLLOW_LINKS);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static List<Path> listOrEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var s = Files.list(dir)) {
            return s.toList();
        }
    }

    /** Finds {@code key = value} in a properties-style file (tests of the harness itself). */
    static Optional<String> property(Path file, String key) throws IOException {
        Pattern p = Pattern.compile("^\\s*" + Pattern.quote(key) + "\\s*[=:]\\s*(.*)$");
        for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            Matcher m = p.matcher(line);
            if (m.matches()) {
                return Optional.of(m.group(1).trim());
            }
        }
        return Optional.empty();
    }
}
