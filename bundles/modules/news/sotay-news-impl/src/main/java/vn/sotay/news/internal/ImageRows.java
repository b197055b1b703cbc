package vn.sotay.news.internal;

import static vn.sotay.api.persistence.Sql.chunks;
import static vn.sotay.api.persistence.Sql.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.sotay.api.persistence.PersistenceUnit;
import vn.sotay.news.internal.entity.ArticleEntity;
import vn.sotay.news.internal.entity.ImageEntity;

/** NEWS_IMAGE rows and who shows them (NEWS_IMAGE_USE), for {@link NewsStore}. */
final class ImageRows {
    private final PersistenceUnit unit;

    ImageRows(PersistenceUnit unit) {
        this.unit = unit;
    }

    /** The stored images among these ids (SHA-256), by id; unknown ids are left out. */
    Map<String, NewsImage> byIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return unit.read(em -> {
            Map<String, NewsImage> out = new HashMap<>();
            for (List<String> chunk : chunks(ids)) {
                em.createQuery("SELECT i FROM ImageEntity i WHERE i.sha256 IN :s", ImageEntity.class)
                        .setParameter("s", chunk).getResultList().forEach(i -> out.put(i.getSha256(), Rows.image(i)));
            }
            return out;
        });
    }

    /** The image stored under this SHA-256, if any. */
    Optional<NewsImage> get(String sha256) {
        return unit.read(em -> em.createQuery("SELECT i FROM ImageEntity i WHERE i.sha256 = :s", ImageEntity.class)
                .setParameter("s", sha256).getResultList().stream().findFirst().map(Rows::image));
    }

    /** The uploader of this image and the articles showing it now (NEWS_IMAGE_USE), if the image exists. */
    Optional<ImageReaders> readers(String sha256) {
        return unit.read(em -> {
            List<ImageEntity> image = em.createQuery("SELECT i FROM ImageEntity i WHERE i.sha256 = :s", ImageEntity.class)
                    .setParameter("s", sha256).getResultList();
            if (image.isEmpty()) {
                return Optional.empty();
            }
            List<Article> articles = new ArrayList<>();
            for (List<Long> chunk : chunks(ImageUses.articles(em, sha256))) {
                em.createQuery("SELECT a FROM ArticleEntity a WHERE a.id IN :ids", ArticleEntity.class)
                        .setParameter("ids", chunk).getResultList().forEach(a -> articles.add(Rows.article(a)));
            }
            return Optional.of(new ImageReaders(image.get(0).getUploaderAccountId(), articles));
        });
    }

    /** Records an uploaded image; a concurrent upload of the same bytes wins and is returned. */
    NewsImage insert(String sha256, String mediaType, long bytes, int width, int height, List<String> variants,
            long uploaderAccountId, Instant now) {
        try {
            return unit.write(em -> {
                ImageEntity e = new ImageEntity();
                e.setSha256(sha256);
                e.setMediaType(mediaType);
                e.setByteSize(bytes);
                e.setWidth(width);
                e.setHeight(height);
                e.setVariants(variants.isEmpty() ? null : String.join(",", variants));
                e.setUploaderAccountId(uploaderAccountId);
                e.setUploadedAt(utc(now));
                em.persist(e);
                return Rows.image(e);
            });
        } catch (javax.persistence.PersistenceException e) {
            return get(sha256).orElseThrow(() -> e);
        }
    }
}
