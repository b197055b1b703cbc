package vn.sotay.news.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;

import vn.sotay.news.internal.entity.ArticleEntity;

/**
 * NEWS_IMAGE_USE: which article shows which image (its cover and every {@code <img>} of its body),
 * rewritten by {@link NewsStore} in the transaction of every saved change, and read to decide who
 * may fetch an image without a signed URL.
 */
final class ImageUses {
    private ImageUses() {
    }

    /** The images the article's current content shows. */
    static Set<String> shown(String coverImageId, String body) {
        Set<String> ids = new LinkedHashSet<>();
        if (coverImageId != null) {
            ids.add(coverImageId);
        }
        ids.addAll(ImageRefs.ids(body));
        return ids;
    }

    /** Replaces the article's rows by what its content shows now (inside the caller's transaction). */
    static void record(EntityManager em, ArticleEntity e) {
        em.createNativeQuery("DELETE FROM NEWS_IMAGE_USE WHERE ARTICLE_ID = ?").setParameter(1, e.getId()).executeUpdate();
        for (String id : shown(e.getCoverImageId(), e.getBody())) {
            em.createNativeQuery("INSERT INTO NEWS_IMAGE_USE (ARTICLE_ID, IMAGE_ID) VALUES (?, ?)")
                    .setParameter(1, e.getId()).setParameter(2, id).executeUpdate();
        }
    }

    /** The articles showing this image. */
    static List<Long> articles(EntityManager em, String imageId) {
        return ((List<?>) em.createNativeQuery("SELECT ARTICLE_ID FROM NEWS_IMAGE_USE WHERE IMAGE_ID = ? ORDER BY ARTICLE_ID")
                .setParameter(1, imageId).getResultList()).stream().map(o -> ((Number) o).longValue()).toList();
    }

    /**
     * Fills the table once, on the first activation after the script that created it ran over
     * existing articles (it is empty then, and stays non-empty once an article shows an image).
     */
    static void backfill(EntityManager em) {
        if (((Number) em.createNativeQuery("SELECT COUNT(*) FROM NEWS_IMAGE_USE").getSingleResult()).longValue() > 0) {
            return;
        }
        em.createQuery("SELECT a FROM ArticleEntity a WHERE a.coverImageId IS NOT NULL OR a.body LIKE :p",
                ArticleEntity.class).setParameter("p", "%" + ImagePaths.URL + "%").getResultList()
                .forEach(e -> record(em, e));
    }
}
