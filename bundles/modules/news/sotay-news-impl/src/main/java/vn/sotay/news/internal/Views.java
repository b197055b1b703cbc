package vn.sotay.news.internal;

import java.util.Map;

import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgTree;

/**
 * Maps stored articles to their JSON forms; audience names come from the tree in memory. Every
 * image URL going out (cover, thumbnail, {@code <img>} of the body) is signed by {@link ImageLinks}:
 * bodies are stored unsigned.
 */
final class Views {
    private Views() {
    }

    /** {@code links}: signs the URLs; knows the listed articles' cover images (a missing one: no thumbnail). */
    static ArticleItem item(Article a, OrgTree tree, Map<String, String> categoryLabels, ImageLinks links) {
        String cover = a.coverImageId();
        return new ArticleItem(a.id(), a.title(), a.summary(), a.category(), categoryLabels.get(a.category()),
                a.tags(), a.featured(), a.featuredOrder(), a.audienceOrgId(), audienceName(tree, a.audienceOrgId()),
                a.authorName(), a.sourceName(), a.sourceUrl(), a.status().name(), a.publishAt(), a.expiresAt(),
                a.version(), a.updatedAt(), cover, links.cover(cover), links.thumb(cover));
    }

    /** The full article; {@code manager} adds the view count and the last reviewer comment. */
    static ArticleDetail detail(Article a, OrgTree tree, Map<String, String> categoryLabels, boolean manager,
            ImageLinks links) {
        String id = a.coverImageId();
        return new ArticleDetail(a.id(), a.title(), a.summary(), links.body(a.body()), a.category(),
                categoryLabels.get(a.category()), a.tags(), a.featured(), a.featuredOrder(), a.audienceOrgId(),
                audienceName(tree, a.audienceOrgId()), a.authorAccountId(), a.authorName(), a.sourceName(),
                a.sourceUrl(), a.status().name(), a.publishAt(), a.expiresAt(), a.version(), a.createdAt(),
                a.updatedAt(), manager ? a.views() : null, manager ? a.lastComment() : null, id, links.cover(id),
                links.thumb(id));
    }

    private static String audienceName(OrgTree tree, long id) {
        OrgNode node = tree.node(id);
        return node == null ? null : node.name();
    }
}
