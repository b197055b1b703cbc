package vn.sotay.news.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sotay.testing.Trees.*;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.RoleGrant;
import vn.sotay.testing.DerbyUnit;
import vn.sotay.testing.Fakes;
import vn.sotay.testing.Trees;

/** The workflow and its rules through the resource, with the core's services faked as documented. */
class NewsResourceTest {
    private static final Caller EDITOR_TU = Fakes.caller(5, 5L, CBVP, new RoleGrant(Role.EDITOR, TU));
    private static final Caller REVIEWER_TU = Fakes.caller(6, 6L, CBVP, new RoleGrant(Role.REVIEWER, TU));
    private static final Caller REVIEWER_SH = Fakes.caller(8, 8L, XSL_CB01, new RoleGrant(Role.REVIEWER, SH));
    private static final Caller EDITOR_SH = Fakes.caller(10, 10L, XSL_CB01, new RoleGrant(Role.EDITOR, SH));
    private static final Caller MEMBER_A = Fakes.caller(7, 7L, CB01);
    private static final Caller MEMBER_B = Fakes.caller(9, 9L, XSL_CB01);

    private static NewsStore store;
    private static Fakes.Audit audit;
    private static Fakes.Search search;
    private static NewsResource news;
    private static NewsImages images;

    @BeforeAll
    static void open() {
        audit = new Fakes.Audit();
        search = new Fakes.Search();
        store = TestNews.store("newsresource", search);
        images = NewsImagesTest.images(store);
        news = new NewsResource(store, new Fakes.Orgs(), new Fakes.Auth(), audit,
                images, new Fakes.Review());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static ArticleRequest request(String title, String body, long audience) {
        return new ArticleRequest(title, null, body, null, null, "province", List.of("tin"), false, null, audience,
                null, null, null);
    }

    static int status(Executable e) {
        return assertThrows(ProblemException.class, e).status();
    }

    @Test
    void draftSubmitReturnEditResubmitApproveThenMembersReadIt() {
        ArticleDetail d = news.create(EDITOR_TU, request("Hội nghị Thành ủy", "<p>Bản thảo</p>", TP));
        assertEquals("DRAFT", d.status());
        assertEquals("Bản thảo", d.summary(), "summary taken from the body when empty");
        long id = d.id();
        assertEquals(404, status(() -> news.visible(MEMBER_A, id)), "a member never sees a draft");
        assertFalse(news.feedPage(MEMBER_A, null, null, 100).items().stream().anyMatch(i -> i.id() == id));

        news.submit(Fakes.as(EDITOR_TU), id);
        assertEquals(409, status(() -> news.update(Fakes.as(EDITOR_TU), id, request("x", "<p>y</p>", TP))),
                "not editable while submitted");
        assertTrue(news.review(Fakes.as(REVIEWER_TU), null, null).items().stream().anyMatch(i -> i.id() == id));
        assertFalse(news.review(Fakes.as(REVIEWER_SH), null, null).items().stream().anyMatch(i -> i.id() == id));

        assertEquals(400, status(() -> news.sendBack(Fakes.as(REVIEWER_TU), id, new CommentRequest(" "))));
        ArticleDetail returned = news.sendBack(Fakes.as(REVIEWER_TU), id, new CommentRequest("Bổ sung số liệu"));
        assertEquals("RETURNED", returned.status());
        assertEquals("Bổ sung số liệu", returned.lastComment());

        news.update(Fakes.as(EDITOR_TU), id, request("Hội nghị Thành ủy lần thứ 5", "<p>Có số liệu</p>", TP));
        news.submit(Fakes.as(EDITOR_TU), id);
        assertEquals(404, status(() -> news.approve(Fakes.as(REVIEWER_SH), id, null)),
                "outside the reviewer's district: a draft there is invisible, the same answer as for no article");
        assertEquals(403, status(() -> news.approve(Fakes.as(EDITOR_TU), id, null)), "editors do not approve");
        ArticleDetail approved = news.approve(Fakes.as(REVIEWER_TU), id, null);
        assertEquals("APPROVED", approved.status());
        assertTrue(approved.publishAt() != null);
        assertTrue(search.holds(id), "indexed on approval");

        assertEquals("Hội nghị Thành ủy lần thứ 5", news.visible(MEMBER_A, id).title());
        assertTrue(news.feedPage(MEMBER_A, null, null, 100).items().stream().anyMatch(i -> i.id() == id));
        assertEquals(404, status(() -> news.visible(MEMBER_B, id)), "another district");
        assertFalse(news.feedPage(MEMBER_B, null, null, 100).items().stream().anyMatch(i -> i.id() == id));

        List<ArticleVersion> versions = news.versions(Fakes.as(EDITOR_TU), id);
        assertEquals(List.of("DRAFT", "SUBMIT", "RETURN", "UPDATE", "SUBMIT", "APPROVE"),
                versions.stream().map(ArticleVersion::kind).toList());
        assertNull(versions.get(0).body(), "the list carries no bodies");
        assertEquals(403, status(() -> news.versions(Fakes.as(MEMBER_A), id)), "a reader knows it, but not its history");
        assertEquals(404, status(() -> news.versions(Fakes.as(MEMBER_B), id)));
        assertTrue(audit.records.containsAll(List.of("5 news.draft article " + id + " Hội nghị Thành ủy",
                "6 news.return article " + id + " Bổ sung số liệu", "6 news.approve article " + id
                        + " Hội nghị Thành ủy lần thứ 5")), audit.records.toString());

        news.archive(Fakes.as(REVIEWER_TU), id);
        assertFalse(search.holds(id), "removed on archive");
        assertEquals(404, status(() -> news.visible(MEMBER_A, id)));
    }

    @Test
    void theAuthorNeverApprovesTheirOwnArticle() {
        Caller both = Fakes.caller(20, 20L, CB01, new RoleGrant(Role.EDITOR, TU), new RoleGrant(Role.REVIEWER, TU));
        long own = news.create(both, request("Tin tự viết", "<p>Nội dung</p>", TP)).id();
        news.submit(Fakes.as(both), own);
        assertEquals(403, status(() -> news.approve(Fakes.as(both), own, null)), "the author is not the reviewer");
        assertEquals("APPROVED", news.approve(Fakes.as(REVIEWER_TU), own, null).status(), "another reviewer approves");

        // a reviewer who edited a colleague's draft wrote part of it: someone else approves
        long other = news.create(EDITOR_TU, request("Tin của biên tập viên", "<p>Bản thảo</p>", TP)).id();
        news.update(Fakes.as(both), other, request("Tin đã sửa", "<p>Sửa lại</p>", TP));
        news.submit(Fakes.as(EDITOR_TU), other);
        assertEquals(403, status(() -> news.approve(Fakes.as(both), other, null)));
        assertEquals("APPROVED", news.approve(Fakes.as(REVIEWER_TU), other, null).status());
    }

    @Test
    void editorsWorkOnlyInsideTheirSubtreeAndMembersGet404() {
        assertEquals(403, status(() -> news.create(EDITOR_SH, request("Tin", "<p>x</p>", TP))));
        assertEquals(403, status(() -> news.create(MEMBER_A, request("Tin", "<p>x</p>", CB01))));
        long id = news.create(EDITOR_TU, request("Tin Sơn Hà", "<p>x</p>", TP)).id();
        assertEquals(404, status(() -> news.submit(Fakes.as(MEMBER_A), id)), "existence not revealed");
        assertEquals(404, status(() -> news.submit(Fakes.as(EDITOR_SH), id)), "another district's draft: invisible");
        assertEquals(400, status(() -> news.update(Fakes.as(EDITOR_TU), id, request("Tin", "<p>x</p>", 999))),
                "unknown audience");
        assertEquals(404, status(() -> news.update(Fakes.as(EDITOR_SH), id, request("Tin", "<p>x</p>", SH))));
        ProblemException bad = assertThrows(ProblemException.class,
                () -> news.create(EDITOR_TU, new ArticleRequest("", null, "<script>x</script>", null, "javascript:x",
                        "nope", null, null, -1, null, null, null, "khong-phai-ma-anh")));
        assertEquals(400, bad.status());
        assertEquals(List.of("title", "body", "sourceUrl", "category", "featuredOrder", "audienceOrgId", "coverImageId"),
                bad.errors().stream().map(e -> e.field()).toList());
    }

    @Test
    void hostileHtmlIsCleanedOnSaveAndRestoreMakesANewVersion() {
        long id = news.create(EDITOR_TU, request("Bài sạch", "<p onmouseover=\"x()\">Một</p><script>alert(1)</script>"
                + "<img src=\"https://a.vn/b.png\" onerror=\"alert(2)\"><a href=\"javascript:alert(3)\">c</a>", TU)).id();
        String body = news.visible(EDITOR_TU, id).body();
        assertFalse(body.contains("script") || body.contains("onerror") || body.contains("javascript")
                || body.contains("onmouseover"), body);
        assertTrue(body.contains("<p>Một</p>"), body);
        news.update(Fakes.as(EDITOR_TU), id, request("Bài sửa", "<p>Hai</p>", TU));
        ArticleDetail restored = news.restore(Fakes.as(EDITOR_TU), id, 1);
        assertEquals("Bài sạch", restored.title());
        assertEquals(3, restored.version());
        assertEquals("RESTORE", news.versions(Fakes.as(EDITOR_TU), id).get(2).kind());
        news.submit(Fakes.as(EDITOR_TU), id);
        assertEquals(409, status(() -> news.restore(Fakes.as(EDITOR_TU), id, 2)), "only while editable");
    }

    @Test
    void scheduledArticlesAreIndexedByTheSweepOnceTheirTimeComes() {
        ArticleRequest r = new ArticleRequest("Hẹn giờ", null, "<p>Sắp đăng</p>", null, null, "province", null, true,
                1, TU, Instant.now().plusSeconds(3600), null, null);
        long id = news.create(EDITOR_TU, r).id();
        news.submit(Fakes.as(EDITOR_TU), id);
        news.approve(Fakes.as(REVIEWER_TU), id, null);
        assertFalse(search.holds(id), "not yet published");
        assertEquals(404, status(() -> news.visible(MEMBER_B, id)));
        Instant[] now = {Instant.now()};
        Fakes.Changes changes = new Fakes.Changes();
        changes.listen(Fakes.searchFollower(new ArticleSearchContributor(store, () -> now[0]), Documents.TYPE, search));
        NewsIndexer indexer = new NewsIndexer(store, changes);
        indexer.sweep(now[0]);
        assertFalse(search.holds(id));
        now[0] = Instant.now().plusSeconds(7200);
        assertTrue(indexer.sweep(now[0]) > 0);
        assertTrue(search.holds(id), "indexed by the sweep's change");
        assertEquals(0, indexer.sweep(now[0]), "marked indexed: the next sweep finds nothing");
    }

    @Test
    void theReviewerSchedulesThePublicationWhenApproving() {
        ArticleRequest r = new ArticleRequest("Ban Biên tập hẹn giờ", null, "<p>Đăng sáng mai</p>", null, null, "province",
                null, false, null, TU, null, Instant.now().plusSeconds(7 * 86400), null);
        long id = news.create(EDITOR_TU, r).id();
        news.submit(Fakes.as(EDITOR_TU), id);
        assertEquals(400, status(() -> news.approve(Fakes.as(REVIEWER_TU), id, "sáng mai")));
        assertEquals(400, status(() -> news.approve(Fakes.as(REVIEWER_TU), id, "2020-01-01T08:00:00+07:00")), "in the past");
        assertEquals(400, status(() -> news.approve(Fakes.as(REVIEWER_TU), id,
                Instant.now().plusSeconds(8 * 86400).toString())), "after the expiry");
        Instant at = Instant.now().plusSeconds(86400).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        assertEquals(at, news.approve(Fakes.as(REVIEWER_TU), id, at.atOffset(java.time.ZoneOffset.ofHours(7)).toString())
                .publishAt());
        assertEquals(404, status(() -> news.visible(MEMBER_A, id)), "not before the reviewer's time");
    }

    @Test
    void theCoverIsAnUploadedImageAndComesWithItsUrls() throws Exception {
        NewsImage big = NewsImagesTest.upload(images, NewsImagesTest.image(800, 400, "png"), 5);
        NewsImage small = NewsImagesTest.upload(images, NewsImagesTest.image(100, 50, "png"), 5);
        ArticleRequest r = request("Tin có ảnh bìa", "<p>Nội dung</p>", TU);
        ArticleRequest withCover = new ArticleRequest(r.title(), null, r.body(), null, null, "province", null, true,
                0, TU, null, null, " " + big.id() + " ");
        ArticleDetail d = news.create(EDITOR_TU, withCover);
        assertEquals(big.id(), d.coverImageId());
        NewsImagesTest.assertSigned(images, big.id(), null, d.coverUrl());
        NewsImagesTest.assertSigned(images, big.id(), "thumb", d.coverThumbUrl());
        news.submit(Fakes.as(EDITOR_TU), d.id());
        news.approve(Fakes.as(REVIEWER_TU), d.id(), null);
        ArticleItem item = news.feedPage(MEMBER_A, null, null, 100).items().stream().filter(i -> i.id() == d.id())
                .findFirst().orElseThrow();
        assertEquals(big.id(), item.coverImageId());
        assertEquals(d.coverUrl(), item.coverUrl());
        assertEquals(d.coverThumbUrl(), item.coverThumbUrl());
        // an image too small for variants: no thumbnail, the cover itself
        long other = news.create(EDITOR_TU, new ArticleRequest("Ảnh nhỏ", null, "<p>x</p>", null, null, "province",
                null, false, null, TU, null, null, small.id())).id();
        ArticleDetail o = Views.detail(store.find(other).orElseThrow(), Trees.TREE, java.util.Map.of(), true,
                images.links(java.util.Map.of(small.id(), store.image(small.id()).orElseThrow())));
        NewsImagesTest.assertSigned(images, small.id(), null, o.coverUrl());
        assertNull(o.coverThumbUrl());
        // a cover that was never uploaded, or not an image id at all: 400 naming the field
        for (String bad : List.of("0".repeat(64), "../../etc/passwd")) {
            ProblemException e = assertThrows(ProblemException.class, () -> news.create(EDITOR_TU,
                    new ArticleRequest("Sai ảnh", null, "<p>x</p>", null, null, "province", null, false, null, TU,
                            null, null, bad)));
            assertEquals(400, e.status());
            assertEquals(List.of("coverImageId"), e.errors().stream().map(x -> x.field()).toList());
        }
        // no cover: all three null; an empty id is no cover
        ArticleDetail none = news.create(EDITOR_TU, new ArticleRequest("Không ảnh", null, "<p>x</p>", null, null,
                "province", null, false, null, TU, null, null, " "));
        assertNull(none.coverImageId());
        assertNull(none.coverUrl());
        assertNull(none.coverThumbUrl());
        // the cover is replaced with the content (PUT semantics)
        ArticleDetail changed = news.update(Fakes.as(EDITOR_TU), none.id(), new ArticleRequest("Không ảnh", null,
                "<p>x</p>", null, null, "province", null, false, null, TU, null, null, small.id()));
        assertEquals(small.id(), changed.coverImageId());
    }

    @Test
    void bodiesAreStoredUnsignedAndAnsweredSignedAndTheirImagesAreRecorded() {
        NewsImage cover = NewsImagesTest.upload(images, NewsImagesTest.image(400, 200, "png"), 5);
        NewsImage inline = NewsImagesTest.upload(images, NewsImagesTest.image(900, 600, "jpeg"), 5);
        // the editor sends back what it was answered: signed URLs, one pasted absolute by a browser
        String sent = "<p>Ảnh:</p><img src=\"" + images.links(java.util.Map.of()).url(inline.id(), "phone")
                + "\" alt=\"Hội nghị\"><img src=\"https://sotay.example.vn/api/news/images/" + inline.id()
                + "?exp=1&amp;sig=x\" alt=\"lại\">";
        ArticleDetail d = news.create(EDITOR_TU, new ArticleRequest("Tin có ảnh trong bài", null, sent, null, null,
                "province", null, false, null, TP, null, null, cover.id()));
        String stored = store.find(d.id()).orElseThrow().body();
        assertEquals("<p>Ảnh:</p><img src=\"/api/news/images/" + inline.id() + "?variant=phone\" alt=\"Hội nghị\" />"
                + "<img src=\"/api/news/images/" + inline.id() + "\" alt=\"lại\" />", stored);
        assertTrue(d.body().contains("src=\"/api/news/images/" + inline.id() + "?variant=phone&amp;exp="), d.body());
        assertEquals(2, ImageRefs.scan(d.body()).size());
        var readers = store.imageReaders(inline.id()).orElseThrow();
        assertEquals(List.of(d.id()), readers.articles().stream().map(Article::id).toList());
        assertEquals(5, readers.uploaderAccountId());
        assertEquals(List.of(d.id()), store.imageReaders(cover.id()).orElseThrow().articles().stream()
                .map(Article::id).toList());
        // an edit without the inline image: no longer recorded for this article
        news.update(Fakes.as(EDITOR_TU), d.id(), new ArticleRequest("Tin có ảnh trong bài", null, "<p>Không ảnh</p>",
                null, null, "province", null, false, null, TP, null, null, cover.id()));
        assertEquals(List.of(), store.imageReaders(inline.id()).orElseThrow().articles());
        // restoring version 1 brings it back, in the same transaction as the version row
        news.restore(Fakes.as(EDITOR_TU), d.id(), 1);
        assertEquals(List.of(d.id()), store.imageReaders(inline.id()).orElseThrow().articles().stream()
                .map(Article::id).toList());
    }
}
