package vn.sotay.news.internal;

import static vn.sotay.api.persistence.Sql.chunks;
import static vn.sotay.api.persistence.Sql.instant;
import static vn.sotay.api.persistence.Sql.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.change.ChangeBus;
import vn.sotay.api.change.ChangeEvent;
import vn.sotay.api.review.ReviewAction;
import vn.sotay.api.review.ReviewStatus;
import vn.sotay.api.ProblemException;
import vn.sotay.api.persistence.PersistenceService;
import vn.sotay.api.persistence.PersistenceUnit;
import vn.sotay.api.persistence.UnitSpec;
import vn.sotay.api.schedule.Scheduler;
import vn.sotay.news.internal.entity.ArticleEntity;
import vn.sotay.news.internal.entity.CategoryEntity;
import vn.sotay.news.internal.entity.ImageEntity;
import vn.sotay.news.internal.entity.VersionEntity;
import vn.sotay.spi.change.ChangeListener;

/**
 * The module's only access to its tables (NEWS_*): every saved change of an article writes its
 * version row in the same transaction, and the workflow check runs inside it; UTC timestamps.
 * After each commit of an article it publishes a {@link ChangeEvent} ({@code news}/{@code article})
 * and waits for this JVM's listeners (the search index, its own {@link FeedCache}, which it evicts
 * as the channel's listener), so the writer's next read shows the change. Views are counted by
 * {@link ViewCounter} on the platform scheduler.
 */
@Component(service = {NewsStore.class, ChangeListener.class},
        property = {ChangeListener.MODULE + "=" + NewsModule.ID, ChangeListener.TYPE + "=" + Documents.TYPE})
public class NewsStore implements ChangeListener {
    /** Published at {@code :now}: approved, publish time passed, not expired. */
    private static final String PUBLISHED = "a.status = 'APPROVED' AND a.publishAt <= :now "
            + "AND (a.expiresAt IS NULL OR a.expiresAt > :now)";

    private final PersistenceUnit unit;
    private final ChangeBus changes;
    private final FeedCache feed;
    private final ViewCounter views;
    /**
     * Articles as stored, bodies included, for readers ({@link #read}): the article a member opens
     * is read from memory like the feed. Dropped on every news change event and, per article, after
     * a flush raised its stored views; at most {@link #MAX_ROWS}, then cleared.
     */
    private final Map<Long, Article> rows = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong rowsGeneration = new java.util.concurrent.atomic.AtomicLong();
    static final int MAX_ROWS = 5_000;
    private final ImageRows images;
    private volatile List<Category> categories;

    @Activate
    public NewsStore(@Reference PersistenceService persistence, @Reference ChangeBus changes,
            @Reference Scheduler scheduler) {
        this(persistence.open(spec()), changes);
        views.start(scheduler);
    }

    /** Without the view job (tests flush by hand); {@code changes} must deliver to this store too. */
    NewsStore(PersistenceUnit unit, ChangeBus changes) {
        this.unit = unit;
        this.changes = changes;
        this.feed = new FeedCache(unit);
        this.views = new ViewCounter(unit, ids -> {
            rowsGeneration.incrementAndGet();
            rows.keySet().removeAll(ids);
        });
        this.images = new ImageRows(unit);
        unit.write(em -> {
            ImageUses.backfill(em);
            return null;
        });
    }

    static UnitSpec spec() {
        return new UnitSpec("news", NewsStore.class.getClassLoader(),
                List.of(ArticleEntity.class, VersionEntity.class, CategoryEntity.class, ImageEntity.class),
                List.of("db/news/V1__init.sql", "db/news/V2__cover_image.sql", "db/news/V3__image_use.sql"));
    }

    @Deactivate
    void close() {
        views.stop();
        unit.close();
    }

    /** A change of an article (from this node or, later, another): the feed is read again. */
    @Override
    public void changed(ChangeEvent event) {
        forget();
    }

    /** Forgets the feed and the rows kept in memory. */
    private void forget() {
        feed.evict();
        rowsGeneration.incrementAndGet();
        rows.clear();
    }

    /** The categories, read once per activation (a province edits NEWS_CATEGORY, then restarts the module). */
    List<Category> categories() {
        List<Category> c = categories;
        if (c == null) {
            c = unit.read(em -> em.createQuery("SELECT c FROM CategoryEntity c ORDER BY c.sortOrder, c.code",
                    CategoryEntity.class).getResultList().stream()
                    .map(x -> new Category(x.getCode(), x.getLabel(), x.getSortOrder())).toList());
            categories = c;
        }
        return c;
    }

    /** A new draft, with its version 1, written by the editor. {@code r} is validated. */
    Article insert(ArticleRequest r, long editorId, String editorName, Instant now) {
        return write(ChangeEvent.Kind.CREATED, em -> {
            ArticleEntity e = new ArticleEntity();
            content(e, r);
            e.setAuthorAccountId(editorId);
            e.setAuthorName(editorName);
            e.setStatus(ReviewStatus.DRAFT.name());
            e.setViews(0);
            e.setVersion(1);
            e.setCreatedAt(utc(now));
            e.setUpdatedAt(utc(now));
            e.setIndexed(false);
            em.persist(e);
            em.flush();
            ImageUses.record(em, e);
            em.persist(Rows.version(e, ReviewAction.DRAFT, editorId, editorName, now, null));
            return Rows.article(e);
        });
    }

    /**
     * {@link #find} for readers, from memory when the article was read since the last change of the
     * module (writers use {@link #find}: they must see the row as stored).
     */
    Optional<Article> read(long id) {
        Article a = rows.get(id);
        if (a == null) {
            long g = rowsGeneration.get();
            a = unit.read(em -> Optional.ofNullable(em.find(ArticleEntity.class, id)).map(Rows::article)).orElse(null);
            if (a == null) {
                return Optional.empty();
            }
            if (rows.size() >= MAX_ROWS) {
                rows.clear();
            }
            if (rowsGeneration.get() == g) {
                rows.put(id, a); // a change or a flush that raced with this load keeps it out
            }
        }
        return Optional.of(withPendingViews(a));
    }

    Optional<Article> find(long id) {
        return unit.read(em -> Optional.ofNullable(em.find(ArticleEntity.class, id)).map(Rows::article))
                .map(this::withPendingViews);
    }

    /** The articles with these ids, without their bodies (content references): one query per 1,000 ids. */
    Map<Long, Article> headers(Collection<Long> ids) {
        Map<Long, Article> out = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            unit.read(em -> em.createQuery("SELECT a FROM ArticleEntity a WHERE a.id IN :ids", ArticleEntity.class)
                    .setParameter("ids", chunk).getResultList()).forEach(e -> out.put(e.getId(), Rows.withoutBody(Rows.article(e))));
        }
        return out;
    }


    /**
     * One saved change: checks the workflow inside the transaction (409 when the status no longer
     * allows {@code action}), applies {@code change}, moves the status, bumps the version number and
     * writes the version row with {@code comment}.
     */
    Article save(long id, ReviewAction action, long editorId, String editorName, Instant now, String comment,
            BiConsumer<EntityManager, ArticleEntity> change) {
        return write(ChangeEvent.Kind.UPDATED, em -> {
            ArticleEntity e = em.find(ArticleEntity.class, id);
            if (e == null) {
                throw ProblemException.notFound("Không tìm thấy bài viết.");
            }
            ReviewStatus next = action.apply(ReviewStatus.valueOf(e.getStatus()), "bài viết");
            change.accept(em, e);
            ImageUses.record(em, e);
            e.setStatus(next.name());
            e.setVersion(e.getVersion() + 1);
            e.setUpdatedAt(utc(now));
            if (action == ReviewAction.RETURN) {
                e.setLastComment(comment);
            }
            em.persist(Rows.version(e, action, editorId, editorName, now, comment));
            return Rows.article(e);
        });
    }

    /** Applies a validated request to the entity (all content fields; PUT semantics). */
    static void content(ArticleEntity e, ArticleRequest r) {
        e.setTitle(r.title());
        e.setSummary(r.summary());
        e.setBody(r.body());
        e.setSourceName(r.sourceName());
        e.setSourceUrl(r.sourceUrl());
        e.setCategory(r.category());
        e.setTags(r.tags() == null || r.tags().isEmpty() ? null : String.join(",", r.tags()));
        e.setFeatured(Boolean.TRUE.equals(r.featured()));
        e.setFeaturedOrder(r.featuredOrder() == null ? 0 : r.featuredOrder());
        e.setAudienceOrgId(r.audienceOrgId());
        e.setPublishAt(utc(r.publishAt()));
        e.setExpiresAt(utc(r.expiresAt()));
        e.setCoverImageId(r.coverImageId());
    }

    /** Copies title, summary and body of version {@code number} into the entity (404 if absent). */
    static void restore(EntityManager em, ArticleEntity e, int number) {
        List<VersionEntity> v = em.createQuery("SELECT v FROM VersionEntity v WHERE v.articleId = :a AND v.number = :n",
                VersionEntity.class).setParameter("a", e.getId()).setParameter("n", number).getResultList();
        if (v.isEmpty()) {
            throw ProblemException.notFound("Không tìm thấy phiên bản " + number + " của bài viết.");
        }
        e.setTitle(v.get(0).getTitle());
        e.setSummary(v.get(0).getSummary());
        e.setBody(v.get(0).getBody());
    }

    /** Accounts that wrote the article: its author and whoever saved or restored its text (separation of duties). */
    Set<Long> authors(long articleId) {
        return unit.read(em -> {
            Set<Long> out = new HashSet<>(em.createQuery("SELECT DISTINCT v.editorAccountId FROM VersionEntity v "
                    + "WHERE v.articleId = :a AND v.kind IN :k", Long.class).setParameter("a", articleId)
                    .setParameter("k", List.of(ReviewAction.DRAFT.name(), ReviewAction.UPDATE.name(),
                            ReviewAction.RESTORE.name())).getResultList());
            ArticleEntity e = em.find(ArticleEntity.class, articleId);
            if (e != null) {
                out.add(e.getAuthorAccountId());
            }
            return out;
        });
    }

    /** Every saved change of the article, oldest first. */
    List<ArticleVersion> versions(long articleId) {
        return unit.read(em -> em.createQuery("SELECT v FROM VersionEntity v WHERE v.articleId = :a ORDER BY v.number",
                VersionEntity.class).setParameter("a", articleId).getResultList().stream()
                .map(Rows::version).toList());
    }



    /** A content write: once committed, the change is published and this JVM's listeners have handled it. */
    private Article write(ChangeEvent.Kind kind, Function<EntityManager, Article> work) {
        Article a = unit.write(work);
        forget(); // before the event: no answer begun after it (the answer cache's drop) is made of an old row
        changes.publishAndWait(new ChangeEvent(NewsModule.ID, Documents.TYPE, String.valueOf(a.id()), kind,
                a.audienceOrgId(), Instant.now()), ChangeBus.WAIT);
        return a;
    }

    /** See {@link FeedCache#feed}. */
    List<Article> feed(Collection<Long> audiences, String category, Instant now, FeedCursor after, int max) {
        return feed.feed(audiences, category, now, after, max);
    }

    /** When the published set next changes by time alone (see {@link FeedCache#nextChange}). */
    Instant nextChange(Instant now) {
        return feed.nextChange(now);
    }

    /** Distinct audiences of approved articles (from the feed cache), to narrow a staff feed. */
    List<Long> approvedAudiences() {
        return feed.approvedAudiences();
    }

    /** One more view (see {@link ViewCounter}). */
    void countView(long id) {
        views.count(id);
    }

    /** Writes the counted views. */
    void flushViews() {
        views.flush();
    }

    /** The article with the views counted since the last flush. */
    private Article withPendingViews(Article a) {
        long n = views.pending(a.id());
        return n == 0 ? a : new Article(a.id(), a.title(), a.summary(), a.body(), a.authorAccountId(), a.authorName(),
                a.sourceName(), a.sourceUrl(), a.category(), a.tags(), a.featured(), a.featuredOrder(),
                a.audienceOrgId(), a.status(), a.publishAt(), a.expiresAt(), a.views() + n, a.version(),
                a.lastComment(), a.createdAt(), a.updatedAt(), a.indexed(), a.coverImageId());
    }

    /** Number of articles in any status (the demo data loads only into an empty table). */
    long count() {
        return unit.read(em -> em.createQuery("SELECT COUNT(a) FROM ArticleEntity a", Long.class).getSingleResult());
    }



    /** Every article in one of {@code statuses}, most recently changed first (work queues; filtered by the caller). */
    List<Article> withStatus(Set<ReviewStatus> statuses) {
        return unit.read(em -> em.createQuery("SELECT a FROM ArticleEntity a WHERE a.status IN :s "
                + "ORDER BY a.updatedAt DESC, a.id DESC", ArticleEntity.class)
                .setParameter("s", statuses.stream().map(ReviewStatus::name).toList()).getResultList().stream()
                .map(Rows::article).toList());
    }



    /** Approved articles whose publish time passed, not expired, not yet in the search index. */
    List<Article> dueForIndexing(Instant now, int max) {
        return unit.read(em -> em.createQuery("SELECT a FROM ArticleEntity a WHERE " + PUBLISHED
                + " AND a.indexed = :f ORDER BY a.id", ArticleEntity.class).setParameter("now", utc(now))
                .setParameter("f", false).setMaxResults(max).getResultList().stream().map(Rows::article).toList());
    }

    /** Indexed articles that are no longer published (expired or archived). */
    List<Long> dueForRemoval(Instant now, int max) {
        return unit.read(em -> em.createQuery("SELECT a.id FROM ArticleEntity a WHERE a.indexed = :t AND "
                + "(a.status <> 'APPROVED' OR (a.expiresAt IS NOT NULL AND a.expiresAt <= :now)) ORDER BY a.id",
                Long.class).setParameter("t", true).setParameter("now", utc(now)).setMaxResults(max).getResultList());
    }

    void markIndexed(long id, boolean indexed) {
        unit.write(em -> em.createQuery("UPDATE ArticleEntity a SET a.indexed = :v WHERE a.id = :id")
                .setParameter("v", indexed).setParameter("id", id).executeUpdate());
    }

    /** Published articles with an id above {@code afterId}, by id (keyset paging for the search feed). */
    List<Article> publishedAfter(long afterId, Instant now, int max) {
        return unit.read(em -> em.createQuery("SELECT a FROM ArticleEntity a WHERE " + PUBLISHED
                + " AND a.id > :id ORDER BY a.id", ArticleEntity.class).setParameter("now", utc(now))
                .setParameter("id", afterId).setMaxResults(max).getResultList().stream().map(Rows::article)
                .toList());
    }

    /** Approved articles whose publish time falls in {@code [from, to)}, per audience node. */
    Map<Long, Long> publishedByAudience(Instant from, Instant to) {
        return grouped("SELECT a.audienceOrgId, COUNT(a) FROM ArticleEntity a WHERE a.status IN :s "
                + "AND a.publishAt >= :from AND a.publishAt < :to GROUP BY a.audienceOrgId", from, to);
    }

    /** Views so far of the articles published in {@code [from, to)}, per audience node. */
    Map<Long, Long> viewsByAudience(Instant from, Instant to) {
        flushViews(); // statistics include the views counted in memory
        return grouped("SELECT a.audienceOrgId, SUM(a.views) FROM ArticleEntity a WHERE a.status IN :s "
                + "AND a.publishAt >= :from AND a.publishAt < :to GROUP BY a.audienceOrgId", from, to);
    }

    private Map<Long, Long> grouped(String jpql, Instant from, Instant to) {
        return unit.read(em -> {
            Map<Long, Long> out = new HashMap<>();
            for (Object[] r : em.createQuery(jpql, Object[].class)
                    .setParameter("s", List.of(ReviewStatus.APPROVED.name(), ReviewStatus.ARCHIVED.name()))
                    .setParameter("from", utc(from)).setParameter("to", utc(to)).getResultList()) {
                out.put((Long) r[0], r[1] == null ? 0L : ((Number) r[1]).longValue());
            }
            return out;
        });
    }


    // images (see ImageRows)

    Map<String, NewsImage> images(Collection<String> ids) {
        return images.byIds(ids);
    }

    Optional<NewsImage> image(String sha256) {
        return images.get(sha256);
    }

    Optional<ImageReaders> imageReaders(String sha256) {
        return images.readers(sha256);
    }

    NewsImage insertImage(String sha256, String mediaType, long bytes, int width, int height, List<String> variants,
            long uploaderAccountId, Instant now) {
        return images.insert(sha256, mediaType, bytes, width, height, variants, uploaderAccountId, now);
    }
}
