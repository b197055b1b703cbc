package vn.sotay.news.internal;

import java.time.Instant;
import java.util.List;
import vn.sotay.api.rest.Description;

/**
 * JSON body of {@code POST /api/news/articles} and {@code PUT /api/news/articles/{id}}; everything
 * but title, body, category and audience is optional. {@code coverImageId} is the id (SHA-256) of
 * an image uploaded with {@code POST /api/news/images}.
 */
public record ArticleRequest(@Description("Tiêu đề (bắt buộc)") String title, @Description("Tóm tắt") String summary,
        @Description("Nội dung HTML (bắt buộc); được làm sạch theo danh sách thẻ cho phép") String body,
        @Description("Nguồn tin") String sourceName, @Description("Địa chỉ của nguồn tin (http/https)") String sourceUrl,
        @Description("Mã chuyên mục (bắt buộc), xem GET /api/news/categories") String category, List<String> tags,
        @Description("Tin nổi bật") Boolean featured, @Description("Thứ tự trong các tin nổi bật") Integer featuredOrder,
        @Description("Phạm vi (bắt buộc): tổ chức mà đảng viên trong cây con của nó đọc được bài") Long audienceOrgId,
        @Description("Giờ đăng hẹn trước") Instant publishAt, @Description("Hết hạn lúc này") Instant expiresAt,
        @Description("Ảnh bìa: id (SHA-256) của ảnh đã tải lên bằng POST /api/news/images") String coverImageId) {
}
