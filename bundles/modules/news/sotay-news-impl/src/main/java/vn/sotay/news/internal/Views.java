package vn.sotay.news.internal;

import java.util.Map;

import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgTree;

/** Maps stored articles to their JSON forms; audience names come from the tree in memory. */
final class Views {
    private Views() {
    }

    static ArticleItem item(Article a, OrgTree tree, Map<String, String> categoryLabels) {
        return new ArticleItem(a.id(), a.title(), a.summary(), a.category(), categoryLabels.get(a.category()),
                a.tags(), a.featured(), a.featuredOrder(), a.audienceOrgId(), audienceName(tree, a.audienceOrgId()),
                a.authorName(), a.sourceName(), a.sourceUrl(), a.status().name(), a.publishAt(), a.expiresAt(),
                a.version(), a.updatedAt());
    }

    /** The full article; {@code manager} adds the view count and the last reviewer comment. */
    static ArticleDetail detail(Article a, OrgTree tree, Map<String, String> categoryLabels, boolean manager) {
        return new ArticleDetail(a.id(), a.title(), a.summary(), a.body(), a.category(),
                categoryLabels.get(a.category()), a.tags(), a.featured(), a.featuredOrder(), a.audienceOrgId(),
                audienceName(tree, a.audienceOrgId()), a.authorAccountId(), a.authorName(), a.sourceName(),
                a.sourceUrl(), a.status().name(), a.publishAt(), a.expiresAt(), a.version(), a.createdAt(),
                a.updatedAt(), manager ? a.views() : null, manager ? a.lastComment() : null);
    }

    private static String audienceName(OrgTree tree, long id) {
        OrgNode node = tree.node(id);
        return node == null ? null : node.name();
    }
}
