package vn.sotay.news.internal;

/** JSON body of {@code POST /api/news/articles/{id}/return}. */
public record CommentRequest(String comment) {
}
