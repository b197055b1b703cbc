package vn.sotay.news.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.sotay.api.review.ReviewStatus;
import vn.sotay.testing.Trees;

class ETagsTest {
    private static final Instant T = Instant.parse("2025-05-01T08:00:00Z");

    static Article article(long id, int version, Instant updated, long views) {
        return new Article(id, "T", "S", "<p>B</p>", 1, "Biên tập", null, null, "province", List.of(), false, 0,
                1, ReviewStatus.APPROVED, T, null, views, version, null, T, updated, false);
    }

    static ArticleItem item(long id, int version, Instant updated) {
        return Views.item(article(id, version, updated, 0), Trees.TREE, java.util.Map.of(),
                new ImageLinks(new ImageSigner(new byte[32]), java.util.Map.of(), T));
    }

    @Test
    void anArticleTagIsStrongAndChangesWithEverySavedChange() {
        var a = ETags.article(article(7, 3, T, 10), null);
        assertFalse(a.startsWith("W/") || a.contains("\""), "a plain value for a strong EntityTag");
        assertEquals(a, ETags.article(article(7, 3, T, 99), null), "readers' tag ignores the view count they do not see");
        assertNotEquals(a, ETags.article(article(7, 4, T, 10), null));
        assertNotEquals(a, ETags.article(article(7, 3, T.plusMillis(1), 10), null));
        assertNotEquals(a, ETags.article(article(8, 3, T, 10), null));
        assertNotEquals(ETags.article(article(7, 3, T, 10), 10L), ETags.article(article(7, 3, T, 11), 11L),
                "managers see views, so their tag follows them");
    }

    @Test
    void aFeedTagFollowsItsItemsAndCursor() {
        var page = List.of(item(1, 1, T), item(2, 5, T));
        var tag = ETags.feed(page, null);
        assertEquals(33, tag.length());
        assertEquals(tag, ETags.feed(List.of(item(1, 1, T), item(2, 5, T)), null));
        assertNotEquals(tag, ETags.feed(List.of(item(2, 5, T), item(1, 1, T)), null), "order matters");
        assertNotEquals(tag, ETags.feed(List.of(item(1, 1, T), item(2, 6, T)), null));
        assertNotEquals(tag, ETags.feed(page, "o20"));
        assertNotEquals(tag, ETags.feed(List.of(item(1, 1, T)), null));
    }
}
