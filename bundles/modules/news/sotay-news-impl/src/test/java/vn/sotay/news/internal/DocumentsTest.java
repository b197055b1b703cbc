package vn.sotay.news.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.sotay.api.review.ReviewStatus;
import vn.sotay.api.search.SearchDocument;

class DocumentsTest {

    @Test
    void aPublishedArticleAsASearchDocument() {
        Instant t = Instant.parse("2025-01-01T00:00:00Z");
        Article a = new Article(4, "Tiêu đề", "Tóm tắt riêng", "<p>Nội&nbsp;dung <b>chính</b></p>", 1, "BTV", null,
                null, "province", List.of(), false, 0, 2, ReviewStatus.APPROVED, t, null, 0, 3, null, t, t, false);
        SearchDocument d = Documents.of(a);
        assertEquals("article", d.type());
        assertEquals("4", d.id());
        assertEquals("Tóm tắt riêng\nNội dung chính", d.body());
        assertEquals("/api/news/articles/4", d.url());
        assertEquals(List.of(2L), d.audience());
        assertEquals(t, d.date());
    }

    @Test
    void aSummaryTakenFromTheBodyIsNotIndexedTwice() {
        assertEquals("45 đại biểu dự", Documents.text("45 đại biểu dự", "<p>45 đại biểu dự</p>"));
        assertEquals("Một hai ba bốn", Documents.text("Một hai…", "<p>Một hai ba bốn</p>"));
    }
}
