package vn.sotay.news.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.sotay.spi.demo.DemoContext;
import vn.sotay.spi.demo.DemoContributor;
import vn.sotay.spi.module.SotayModule;

/**
 * The module's demo articles (DỮ LIỆU MẪU), contributed to the demo province: run by the demo
 * bundle when {@code sotay.demo=true}; stores the articles of {@code demo/articles.tsv} with
 * {@link DemoArticles#load}, written by the demo editor and reviewed by the demo admin, only when
 * NEWS_ARTICLE is empty. Neither the core nor the demo bundle knows this module.
 */
@Component(property = SotayModule.MODULE + "=" + NewsModule.ID)
public class DemoNews implements DemoContributor {
    static final String EDITOR_PHONE = "0900000005";
    static final String REVIEWER_PHONE = "0900000001";
    private static final Logger LOG = LoggerFactory.getLogger(DemoNews.class);

    private final NewsStore store;

    @Activate
    public DemoNews(@Reference NewsStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return NewsModule.ID;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void contribute(DemoContext demo) {
        long existing = store.count();
        if (existing > 0) {
            LOG.info("Demo news not loaded: {} articles exist already", existing);
            return;
        }
        Optional<DemoArticles.Author> editor = author(demo, EDITOR_PHONE);
        Optional<DemoArticles.Author> reviewer = author(demo, REVIEWER_PHONE);
        if (editor.isEmpty() || reviewer.isEmpty()) {
            LOG.info("Demo news: demo account {} not found, written as «{}»",
                    editor.isEmpty() ? EDITOR_PHONE : REVIEWER_PHONE, DemoArticles.SYSTEM.name());
        }
        int n = DemoArticles.load(DemoArticles.bundled(), store, demo.tree(), editor.orElse(DemoArticles.SYSTEM),
                reviewer.orElse(DemoArticles.SYSTEM), demo.now());
        LOG.info("Demo news (DỮ LIỆU MẪU) loaded: {} articles", n);
    }

    private static Optional<DemoArticles.Author> author(DemoContext demo, String phone) {
        return demo.account(phone).map(a -> new DemoArticles.Author(a.accountId(), a.name()));
    }
}
