package ${package}.internal;

import java.time.Instant;

import vn.sotay.api.rest.Description;

/** An item as the module hands it out (never the entity). */
public record Item(long id, @Description("Tiêu đề") String title, @Description("Nội dung") String body,
        @Description("Tổ chức nhận: đảng viên trong cây con của nó đọc được") long audienceOrgId, Instant createdAt) {
}
