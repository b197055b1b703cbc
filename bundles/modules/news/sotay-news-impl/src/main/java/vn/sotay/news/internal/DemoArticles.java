package vn.sotay.news.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.sotay.api.review.ReviewAction;
import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgTree;

/**
 * The demo articles (DỮ LIỆU MẪU) of {@code demo/articles.tsv} and how they are stored: parsing,
 * the request of each row, and the workflow each one goes through, through the module's own store
 * (the path approval takes). No OSGi: {@link DemoNews}, the module's demo contributor, calls
 * {@link #load}.
 */
final class DemoArticles {
    static final String RESOURCE = "demo/articles.tsv";
    /** Tag of every demo article. */
    static final String TAG = "dữ-liệu-mẫu";
    static final String SOURCE_BASE = "https://example.vn/";
    /** Author when the demo editor's or reviewer's account is not found. */
    static final Author SYSTEM = new Author(0, "Ban Biên tập (dữ liệu mẫu)");
    private static final Logger LOG = LoggerFactory.getLogger(DemoArticles.class);
    private static final int COLUMNS = 12;

    /** The state a demo article is left in. */
    enum State {
        PUBLISHED, DRAFT, SUBMITTED, RETURNED, SCHEDULED, EXPIRED
    }

    /** Who writes or reviews: an account id and the name shown. */
    record Author(long accountId, String name) {
    }

    /** One line of the table. {@code days}: the age (ahead of now for SCHEDULED). */
    record Row(int line, State state, String category, String audience, Integer featuredOrder, int days, String title,
            String summary, List<String> paragraphs, String sourceName, String sourcePath, List<String> tags,
            String comment) {

        /** The body: one {@code <p>} per paragraph. */
        String body() {
            return paragraphs.stream().map(p -> "<p>" + p + "</p>").collect(Collectors.joining());
        }
    }

    private DemoArticles() {
    }

    /** The table shipped in the bundle. */
    static List<Row> bundled() {
        try (InputStream in = DemoArticles.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the bundle");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the table (NFC); {@link IllegalArgumentException} naming the line of the first bad row. */
    static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = Normalizer.normalize(line, Normalizer.Form.NFC).split("\t", -1);
            int n = i + 1;
            if (c.length != COLUMNS) {
                throw bad(n, "expected " + COLUMNS + " tab-separated columns, found " + c.length);
            }
            State state;
            try {
                state = State.valueOf(c[0].strip());
            } catch (IllegalArgumentException e) {
                throw bad(n, "unknown state " + c[0]);
            }
            Integer featured = c[3].isBlank() ? null : number(n, c[3]);
            int days = number(n, c[4]);
            List<String> paragraphs = List.of(c[7].split("\\s*\\|\\|\\s*")).stream().map(String::strip)
                    .filter(p -> !p.isEmpty()).toList();
            if (c[5].isBlank() || paragraphs.isEmpty()) {
                throw bad(n, "title and body are required");
            }
            if (state == State.RETURNED && c[11].isBlank()) {
                throw bad(n, "a RETURNED article needs the reviewer's comment");
            }
            if (state == State.EXPIRED && days < 2) {
                throw bad(n, "an EXPIRED article is published at least 2 days ago");
            }
            if ((state == State.SCHEDULED || state == State.PUBLISHED) && days < 0 || featured != null && featured < 0) {
                throw bad(n, "negative days or featured order");
            }
            Set<String> tags = new LinkedHashSet<>();
            for (String t : c[10].split(";")) {
                if (!t.isBlank()) {
                    tags.add(t.strip());
                }
            }
            tags.add(TAG);
            rows.add(new Row(n, state, c[1].strip(), c[2].strip(), featured, days, c[5].strip(), c[6].strip(),
                    paragraphs, c[8].strip(), c[9].strip(), List.copyOf(tags), c[11].strip()));
        }
        return List.copyOf(rows);
    }

    /** Number of rows per state, every state present (zero included). */
    static Map<State, Integer> distribution(List<Row> rows) {
        Map<State, Integer> out = new EnumMap<>(State.class);
        for (State s : State.values()) {
            out.put(s, 0);
        }
        rows.forEach(r -> out.merge(r.state(), 1, Integer::sum));
        return out;
    }

    /** When the row's article is published (null: not yet decided) and when it expires. */
    static Instant[] schedule(Row r, int index, Instant now) {
        Instant base = now.truncatedTo(ChronoUnit.MINUTES);
        // spread over the day so that no two articles share a time (each row a few hours apart)
        Duration within = Duration.ofMinutes(47L * (index % 9));
        return switch (r.state()) {
            case PUBLISHED -> new Instant[] {base.minus(Duration.ofDays(r.days())).minus(within), null};
            case SCHEDULED -> new Instant[] {base.plus(Duration.ofDays(r.days())).plus(within), null};
            case EXPIRED -> {
                Instant at = base.minus(Duration.ofDays(r.days()));
                yield new Instant[] {at, at.plus(Duration.ofDays(r.days() / 2))};
            }
            default -> new Instant[] {null, null};
        };
    }

    /** The request of a row, as an editor would send it (validated by the caller). */
    static ArticleRequest request(Row r, int index, OrgTree tree, Instant now) {
        OrgNode audience = tree.byCode(r.audience());
        Instant[] at = schedule(r, index, now);
        return new ArticleRequest(r.title(), r.summary().isEmpty() ? null : r.summary(), r.body(), r.sourceName(),
                r.sourcePath().isEmpty() ? null : SOURCE_BASE + r.sourcePath(), r.category(), r.tags(),
                r.featuredOrder() != null, r.featuredOrder(), audience == null ? null : audience.id(), at[0], at[1],
                null);
    }

    /**
     * Stores every row with its workflow (draft, submit, return or approve) written by
     * {@code editor} and reviewed by {@code reviewer}, with times before {@code now}; the store
     * publishes each change, so search takes what is published now, as at approval. A row that does not validate (a category the province
     * removed, an unknown audience) is skipped with a warning. Returns the number stored.
     */
    static int load(List<Row> rows, NewsStore store, OrgTree tree, Author editor,
            Author reviewer, Instant now) {
        Set<String> categories = store.categories().stream().map(Category::code)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        int stored = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            ArticleRequest r;
            try {
                r = ArticleValidation.check(request(row, i, tree, now), tree, categories, id -> false);
            } catch (vn.sotay.api.ProblemException e) {
                LOG.warn("Demo article on line {} of {} skipped: {}", row.line(), RESOURCE, e.detail());
                continue;
            }
            Instant written = (r.publishAt() != null && r.publishAt().isBefore(now) ? r.publishAt() : now)
                    .minus(Duration.ofHours(3)).minus(Duration.ofDays(
                            r.publishAt() == null ? row.days() : 0)).truncatedTo(ChronoUnit.MILLIS);
            Article a = store.insert(r, editor.accountId(), editor.name(), written);
            if (row.state() != State.DRAFT) {
                a = store.save(a.id(), ReviewAction.SUBMIT, editor.accountId(), editor.name(), written.plusSeconds(3600),
                        null, (em, e) -> { });
            }
            Instant reviewed = written.plusSeconds(7200);
            switch (row.state()) {
                case RETURNED -> a = store.save(a.id(), ReviewAction.RETURN, reviewer.accountId(), reviewer.name(), reviewed,
                        row.comment(), (em, e) -> { });
                case PUBLISHED, SCHEDULED, EXPIRED -> a = store.save(a.id(), ReviewAction.APPROVE, reviewer.accountId(),
                        reviewer.name(), reviewed, null, (em, e) -> { });
                default -> { }
            }
            stored++;
        }
        return stored;
    }

    private static int number(int line, String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw bad(line, "not a number: " + s);
        }
    }

    private static IllegalArgumentException bad(int line, String what) {
        return new IllegalArgumentException(RESOURCE + " line " + line + ": " + what);
    }
}
