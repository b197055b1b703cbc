package vn.sotay.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The "no circle of references between files" rule (docs/architecture.md, Dependency rules), checked
 * on sources: within one source root, file A refers to file B when B's simple name appears as a token
 * in A outside comments, strings and character literals (same-name tokens: no compiler, so a local
 * variable named like a class counts too, which errs on the safe side). A cycle is a strongly connected
 * component of more than one file (Tarjan).
 */
final class ImportCycles {
    private static final Pattern TYPE_TOKEN = Pattern.compile("\\b[A-Z]\\w*\\b");

    private ImportCycles() {
    }

    /** Every {@code src/main/java} under {@code root}, sorted. */
    static List<Path> sourceRoots(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.endsWith(Path.of("src", "main", "java")) && !p.toString().contains("/target/"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cycles among the files of one source root, each as its sorted simple names. */
    static List<Set<String>> cycles(Path sourceRoot) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(sourceRoot)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = p.getFileName().toString().replaceFirst("\\.java$", "");
                if (!name.equals("package-info") && !name.equals("module-info")) {
                    files.merge(name, Files.readString(p, StandardCharsets.UTF_8), (a, b) -> a + "\n" + b);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cycles(files);
    }

    /** The cycles among {@code files} (simple name → source), each as its sorted simple names. */
    static List<Set<String>> cycles(Map<String, String> files) {
        Map<String, Set<String>> refs = new TreeMap<>();
        files.forEach((name, text) -> {
            Set<String> out = new TreeSet<>();
            Matcher m = TYPE_TOKEN.matcher(code(text));
            while (m.find()) {
                if (files.containsKey(m.group()) && !m.group().equals(name)) {
                    out.add(m.group());
                }
            }
            refs.put(name, out);
        });
        return new Tarjan(refs).components();
    }

    /** {@code text} with comments, string and character literals (text blocks too) blanked out. */
    static String code(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                out.append(' ');
            } else if (text.startsWith("\"\"\"", i)) {
                int end = text.indexOf("\"\"\"", i + 3);
                while (end > 0 && text.charAt(end - 1) == '\\') {
                    end = text.indexOf("\"\"\"", end + 1);
                }
                i = end < 0 ? n : end + 3;
                out.append("\"\"");
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < n && text.charAt(i) != c && text.charAt(i) != '\n') {
                    i += text.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                out.append(c).append(c);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Strongly connected components of more than one node, in discovery order. */
    private static final class Tarjan {
        private final Map<String, Set<String>> graph;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new TreeSet<>();
        private final List<Set<String>> found = new ArrayList<>();

        Tarjan(Map<String, Set<String>> graph) {
            this.graph = graph;
        }

        List<Set<String>> components() {
            graph.keySet().forEach(v -> {
                if (!index.containsKey(v)) {
                    visit(v);
                }
            });
            return found;
        }

        private void visit(String v) {
            index.put(v, index.size());
            low.put(v, index.get(v));
            stack.push(v);
            onStack.add(v);
            for (String w : graph.get(v)) {
                if (!index.containsKey(w)) {
                    visit(w);
                    low.put(v, Math.min(low.get(v), low.get(w)));
                } else if (onStack.contains(w)) {
                    low.put(v, Math.min(low.get(v), index.get(w)));
                }
            }
            if (low.get(v).equals(index.get(v))) {
                Set<String> component = new TreeSet<>();
                String w;
                do {
                    w = stack.pop();
                    onStack.remove(w);
                    component.add(w);
                } while (!w.equals(v));
                if (component.size() > 1) {
                    found.add(component);
                }
            }
        }
    }
}
