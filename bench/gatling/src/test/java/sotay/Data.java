package sotay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The province data set as bench/province.sh writes it (its header is the contract): members with a
 * token, other members' passwords, article, document and notice ids, tonight's meetings, queries.
 */
final class Data {
    record Member(String token, long id, long cellId, String login) {
    }

    /** A meeting of this evening, with its check-in code ("" when not opened). */
    record Meeting(long id, long cellId, String code) {
    }

    final List<Member> members = new ArrayList<>();
    final List<String[]> passwords = new ArrayList<>();
    final List<Long> articles = new ArrayList<>();
    final List<Long> documents = new ArrayList<>();
    final List<Meeting> meetings = new ArrayList<>();
    final List<String> queries = new ArrayList<>();

    static Data load(String dir) {
        Data d = new Data();
        Path p = Path.of(dir);
        for (String[] f : rows(p.resolve("members.tsv"))) {
            d.members.add(new Member(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]), f.length > 3 ? f[3] : ""));
        }
        for (String[] f : rows(p.resolve("passwords.tsv"))) {
            if (f.length >= 2) {
                d.passwords.add(new String[] {f[0], f[1]});
            }
        }
        for (String[] f : rows(p.resolve("articles.txt"))) {
            d.articles.add(Long.parseLong(f[0]));
        }
        for (String[] f : rows(p.resolve("documents.txt"))) {
            d.documents.add(Long.parseLong(f[0]));
        }
        for (String[] f : rows(p.resolve("meetings.tsv"))) {
            d.meetings.add(new Meeting(Long.parseLong(f[0]), Long.parseLong(f[1]), f.length > 2 ? f[2].strip() : ""));
        }
        for (String[] f : rows(p.resolve("queries.txt"))) {
            d.queries.add(String.join("\t", f));
        }
        if (d.members.isEmpty() || d.articles.isEmpty() || d.documents.isEmpty() || d.queries.isEmpty()) {
            throw new IllegalStateException("incomplete data set in " + p.toAbsolutePath() + ": run bench/province.sh first");
        }
        System.out.printf("data set %s: %d members with tokens over %d cells, %d passwords, %d articles, %d documents, "
                + "%d meetings, %d queries%n", p, d.members.size(), d.members.stream().map(Member::cellId).distinct().count(),
                d.passwords.size(), d.articles.size(), d.documents.size(), d.meetings.size(), d.queries.size());
        return d;
    }

    private static List<String[]> rows(Path f) {
        List<String[]> out = new ArrayList<>();
        if (!Files.exists(f)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(f)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
