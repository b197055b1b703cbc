package vn.sotay.news.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import vn.sotay.api.persistence.PersistenceUnit;
import vn.sotay.news.internal.entity.ArticleEntity;

/**
 * The feed from memory: every APPROVED article without its body, in {@link #FEED_ORDER}. Evicted by
 * the module's change events ({@link NewsStore#changed}), never by direct calls from writers.
 */
final class FeedCache {
    private final PersistenceUnit unit;
    private final AtomicLong generation = new AtomicLong();
    private volatile Approved approved;

    FeedCache(PersistenceUnit unit) {
        this.unit = unit;
    }

    /** An article changed: the next read loads the feed again. */
    void evict() {
        generation.incrementAndGet();
    }

    /** Distinct audiences of approved articles, to narrow a staff feed. */
    List<Long> approvedAudiences() {
        return approved().stream().map(Article::audienceOrgId).distinct().toList();
    }

    /**
     * One page of the published articles addressed to one of {@code audiences} ({@code null}: any),
     * without their bodies (served from memory, see {@link #approved()}),
     * of {@code category} ({@code null}: any): featured first by their order, then newest (ties by
     * id, descending), starting after {@code after} ({@code null}: the first page). Keyset paging in
     * two segments (see {@link FeedCursor}): the featured rows after the cursor, then, while the page
     * is not full, the other rows after it (from their start when the cursor is still featured).
     */
    List<Article> feed(Collection<Long> audiences, String category, Instant now, FeedCursor after, int max) {
        if (audiences != null && audiences.isEmpty() || max <= 0) {
            return List.of();
        }
        Set<Long> aud = audiences == null ? null : new HashSet<>(audiences);
        List<Article> out = new ArrayList<>();
        for (Article a : approved()) {
            if (published(a, now) && (aud == null || aud.contains(a.audienceOrgId()))
                    && (category == null || category.equals(a.category())) && (after == null || after(a, after))) {
                out.add(a);
                if (out.size() == max) {
                    break;
                }
            }
        }
        return out;
    }

    /** Feed order: featured first by their order, then newest, ties by id descending (both segments). */
    static final Comparator<Article> FEED_ORDER = Comparator.comparing((Article a) -> !a.featured())
            .thenComparingInt(a -> a.featured() ? a.featuredOrder() : 0)
            .thenComparing(Article::publishAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Comparator.comparingLong(Article::id).reversed());

    /** Does {@code a} come after the cursor in {@link #FEED_ORDER}? (the two keyset segments of {@link FeedCursor}) */
    private static boolean after(Article a, FeedCursor c) {
        boolean older = a.publishAt().isBefore(c.publishAt()) || a.publishAt().equals(c.publishAt()) && a.id() < c.id();
        if (c.featured()) {
            return !a.featured() || a.featuredOrder() > c.featuredOrder() || a.featuredOrder() == c.featuredOrder() && older;
        }
        return !a.featured() && older;
    }

    /** The next moment after {@code now} when an approved article goes live or expires, or {@code null}. */
    Instant nextChange(Instant now) {
        Instant next = null;
        for (Article a : approved()) {
            for (Instant t : new Instant[] {a.publishAt(), a.expiresAt()}) {
                if (t != null && t.isAfter(now) && (next == null || t.isBefore(next))) {
                    next = t;
                }
            }
        }
        return next;
    }

    private static boolean published(Article a, Instant now) {
        return a.publishAt() != null && !a.publishAt().isAfter(now) && (a.expiresAt() == null || a.expiresAt().isAfter(now));
    }

    /**
     * Every APPROVED article without its body, in {@link #FEED_ORDER}: phones read the feed far more
     * often than articles are approved, so it is served from memory. Every change event of an
     * article drops it ({@link #evict}; view counts and index flags do not); a load that raced with
     * a change is used by its own request and not kept.
     */
    private List<Article> approved() {
        Approved c = approved;
        long gen = generation.get();
        if (c != null && c.generation() == gen) {
            return c.articles();
        }
        List<Article> loaded = unit.read(em -> em.createQuery("SELECT a FROM ArticleEntity a WHERE a.status = 'APPROVED'",
                ArticleEntity.class).getResultList().stream().map(Rows::article).map(Rows::withoutBody)
                .sorted(FEED_ORDER).toList());
        approved = new Approved(gen, loaded);
        return loaded;
    }

    private record Approved(long generation, List<Article> articles) {
    }
}
