package vn.sotay.news.internal;

import org.osgi.service.component.annotations.Component;

import vn.sotay.spi.module.SotayModule;

/** Announces the news module to the core ({@code GET /api/modules}). */
@Component(property = SotayModule.MODULE + "=news")
public class NewsModule implements SotayModule {
    /** The module id: REST path, audit prefix. */
    static final String ID = "news";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Tin tức";
    }

    @Override
    public String description() {
        return "Ban Biên tập các cấp viết, duyệt và đăng tin cho tổ chức đảng trong phạm vi của mình; đảng viên đọc tin nổi bật và mới nhất.";
    }
}
