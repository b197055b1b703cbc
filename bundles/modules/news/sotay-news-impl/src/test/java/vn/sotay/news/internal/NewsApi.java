package vn.sotay.news.internal;

import vn.sotay.testing.Fakes;

/** The news module's resources over one store, with the core's services faked, for the tests. */
final class NewsApi {
    final NewsArticles articles;
    final NewsResource reading;
    final NewsDeskResource desk;
    final NewsVersionsResource versions;

    NewsApi(NewsStore store, Fakes.Audit audit, NewsImages images) {
        articles = new NewsArticles(store, new Fakes.Orgs(), new Fakes.Auth(), audit, images);
        reading = new NewsResource(articles);
        desk = new NewsDeskResource(articles, new Fakes.Review());
        versions = new NewsVersionsResource(articles);
    }
}
