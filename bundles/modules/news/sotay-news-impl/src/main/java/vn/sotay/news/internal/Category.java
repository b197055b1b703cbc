package vn.sotay.news.internal;

/** JSON of a news category ({@code GET /api/news/categories}). */
public record Category(String code, String label, int order) {
}
