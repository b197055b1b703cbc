package vn.sotay.news.internal;

import java.util.Map;

import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgTree;

/** Maps stored articles to their JSON forms; audience names come from the tree in memory. */
final class Views {
    private Views() {
    }

    static ArticleItem item(Article a, OrgTree tree, Map<String, String> categoryLabels) {
        return item(a, tree, categoryLabels, Map.of());
    }

    /** {@code covers}: the cover images of the listed articles by id (a missing one: no thumbnail). */
    static ArticleItem item(Article a, OrgTree tree, Map<String, String> categoryLabels,
            Map<String, NewsImage> covers) {
        String cover = a.coverImageId();
        return new ArticleItem(a.id(), a.title(), a.summary(), a.category(), categoryLabels.get(a.category()),
                a.tags(), a.featured(), a.featuredOrder(), a.audienceOrgId(), audienceName(tree, a.audienceOrgId()),
                a.authorName(), a.sourceName(), a.sourceUrl(), a.status().name(), a.publishAt(), a.expiresAt(),
                a.version(), a.updatedAt(), cover, coverUrl(cover), thumbUrl(cover, cover == null ? null : covers.get(cover)));
    }

    /** The full article; {@code manager} adds the view count and the last reviewer comment. */
    static ArticleDetail detail(Article a, OrgTree tree, Map<String, String> categoryLabels, boolean manager) {
        return detail(a, tree, categoryLabels, manager, null);
    }

    /** {@code cover}: the article's cover image if it has one and it is known. */
    static ArticleDetail detail(Article a, OrgTree tree, Map<String, String> categoryLabels, boolean manager,
            NewsImage cover) {
        String id = a.coverImageId();
        return new ArticleDetail(a.id(), a.title(), a.summary(), a.body(), a.category(),
                categoryLabels.get(a.category()), a.tags(), a.featured(), a.featuredOrder(), a.audienceOrgId(),
                audienceName(tree, a.audienceOrgId()), a.authorAccountId(), a.authorName(), a.sourceName(),
                a.sourceUrl(), a.status().name(), a.publishAt(), a.expiresAt(), a.version(), a.createdAt(),
                a.updatedAt(), manager ? a.views() : null, manager ? a.lastComment() : null, id, coverUrl(id),
                thumbUrl(id, cover));
    }

    static String coverUrl(String imageId) {
        return imageId == null ? null : NewsImages.URL + imageId;
    }

    /** The thumbnail URL of the cover, when the image has that variant. */
    static String thumbUrl(String imageId, NewsImage image) {
        return imageId == null || image == null ? null : image.variants().get("thumb");
    }

    private static String audienceName(OrgTree tree, long id) {
        OrgNode node = tree.node(id);
        return node == null ? null : node.name();
    }
}
