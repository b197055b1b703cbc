package vn.sotay.news.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sotay.testing.Trees.*;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.sotay.api.Caller;
import vn.sotay.api.Role;
import vn.sotay.api.RoleGrant;
import vn.sotay.testing.DerbyUnit;
import vn.sotay.testing.Fakes;

/** Who gets an image without a signature: its uploader, and readers of an article showing it, as that article's state allows. */
class NewsImagesAccessTest {
    private static final Caller EDITOR_TU = Fakes.caller(5, 5L, CBVP, new RoleGrant(Role.EDITOR, TU));
    private static final Caller OTHER_EDITOR_SH = Fakes.caller(11, 11L, XSL_CB01, new RoleGrant(Role.EDITOR, SH));
    private static final Caller REVIEWER_TU = Fakes.caller(6, 6L, CBVP, new RoleGrant(Role.REVIEWER, TU));
    private static final Caller MEMBER_A = Fakes.caller(7, 7L, CB01);
    private static final Caller MEMBER_B = Fakes.caller(9, 9L, XSL_CB01);

    private static NewsStore store;
    private static NewsImages images;
    private static NewsResource news;
    private static NewsImagesResource resource;

    @BeforeAll
    static void open() {
        store = TestNews.store("newsimageaccess", null);
        images = NewsImagesTest.images(store);
        news = new NewsResource(store, new Fakes.Orgs(), new Fakes.Auth(),
                new Fakes.Audit(), images, new Fakes.Review());
        resource = new NewsImagesResource(new Fakes.Auth(), new Fakes.Audit(), images, store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void aDraftsImageIsTheUploadersAndManagersUntilPublishedToItsAudience() {
        NewsImage img = NewsImagesTest.upload(images, NewsImagesTest.image(500, 300, "png"), EDITOR_TU.accountId());
        String id = img.id();
        Instant now = Instant.now();
        assertTrue(resource.mayRead(EDITOR_TU, id, now), "the uploader, before any article uses it");
        assertFalse(resource.mayRead(MEMBER_A, id, now));
        assertFalse(resource.mayRead(null, id, now), "anonymous");

        long a = news.create(EDITOR_TU, new ArticleRequest("Tin có ảnh", null, "<p>Ảnh</p><img src=\"/api/news/images/"
                + id + "\" alt=\"\">", null, null, "province", List.of(), false, null, TP, null, null, null)).id();
        assertTrue(resource.mayRead(REVIEWER_TU, id, now), "a manager of the draft");
        assertFalse(resource.mayRead(MEMBER_A, id, now), "a member of the audience: not while a draft");
        assertFalse(resource.mayRead(OTHER_EDITOR_SH, id, now), "an editor of another district");

        news.submit(Fakes.as(EDITOR_TU), a);
        news.approve(Fakes.as(REVIEWER_TU), a, null);
        Instant later = Instant.now();
        assertTrue(resource.mayRead(MEMBER_A, id, later), "published to the member's city");
        assertFalse(resource.mayRead(MEMBER_B, id, later), "another district");
        assertFalse(resource.mayRead(null, id, later), "anonymous: only with a signature");
        assertFalse(resource.mayRead(MEMBER_A, "../" + id, later));
        assertFalse(resource.mayRead(MEMBER_A, "f".repeat(64), later), "no such image");
    }
}
