package vn.sotay.platform.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.annotation.Annotation;
import java.util.List;

import javax.ws.rs.core.MultivaluedHashMap;

import org.junit.jupiter.api.Test;

import vn.sotay.api.Caller;
import vn.sotay.api.Role;
import vn.sotay.api.RoleGrant;
import vn.sotay.api.change.ChangeEvent;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.rest.Readers;
import vn.sotay.api.rest.SharedAnswer;
import vn.sotay.api.rest.SharedAnswer.Sharing;
import vn.sotay.testing.Fakes;
import vn.sotay.testing.Trees;

class AnswerCacheTest {
    private final AnswerCache cache = new AnswerCache(new Fakes.Orgs(), new Fakes.Auth(), true, 1 << 20, 64 * 1024);
    private final Caller member = Fakes.caller(10, 100L, Trees.CB01);
    private final Caller neighbour = Fakes.caller(11, 101L, Trees.CB01);
    private final Caller otherCell = Fakes.caller(12, 102L, Trees.CBVP);
    private final Caller secretary = Fakes.caller(13, 103L, Trees.CB01, new RoleGrant(Role.SECRETARY, Trees.CB01));

    private void keep(Sharing sharing, Caller c, String target, long since, String... tags) {
        List<String> all = SharedAnswers.tags(shared(sharing, tags), c, new MultivaluedHashMap<>(), Trees.TREE);
        all.add(AnswerCache.moduleTag("news"));
        int[] stripes = all.stream().mapToInt(AnswerCache::stripe).distinct().toArray();
        cache.store(AnswerCache.key(sharing, c, target), new AnswerCache.Entry(("for " + c.accountId()).getBytes(), List.of(),
                "\"e\"", stripes, since, System.nanoTime() + 60_000_000_000L, Trees.TREE));
    }

    /** A readers copy of {@code target} declared {@code readers}, made at {@code since} on {@code tree}. */
    private void keepForReaders(String target, Readers readers, long since, OrgTree tree, String... tags) {
        List<String> all = new java.util.ArrayList<>(List.of(tags));
        all.add(AnswerCache.moduleTag("news"));
        int[] stripes = all.stream().mapToInt(AnswerCache::stripe).distinct().toArray();
        cache.store(AnswerCache.key(Sharing.READERS, member, target), new AnswerCache.Entry(("readers " + target).getBytes(),
                List.of(), "\"r\"", stripes, since, System.nanoTime() + 60_000_000_000L, tree, readers));
    }

    private static Readers articleReaders(long audience) {
        return Readers.of(audience).except(Role.EDITOR, Role.REVIEWER);
    }

    @Test
    void aReadersCopyServesEveryCallerItsDeclarationAdmitsWhateverTheirCellAndGrants() {
        keepForReaders("/news/articles/7", articleReaders(Trees.TP), cache.sequence(), Trees.TREE, "news:article:7");
        Caller committeeTp = Fakes.caller(20, 200L, Trees.CBVP, new RoleGrant(Role.COMMITTEE, Trees.TP));
        AnswerCache.Entry e = cache.find(member, "/news/articles/7");
        assertNotNull(e);
        assertSame(e, cache.find(otherCell, "/news/articles/7"), "a member of another cell of the subtree");
        assertSame(e, cache.find(secretary, "/news/articles/7"), "another grant, the same copy");
        assertSame(e, cache.find(committeeTp, "/news/articles/7"), "staff over the audience");
        assertEquals(1, cache.stats()[0], "one copy for all of them");
        assertNull(cache.find(member, "/news/articles/7?x=1"), "another query is another copy");
    }

    @Test
    void aCallerTheDeclarationDoesNotAdmitIsSentToTheResource() {
        keepForReaders("/news/articles/7", articleReaders(Trees.TP), cache.sequence(), Trees.TREE, "news:article:7");
        Caller memberSh = Fakes.caller(30, 300L, Trees.XSL_CB01);
        Caller committeeSh = Fakes.caller(31, 301L, Trees.XSL, new RoleGrant(Role.COMMITTEE, Trees.SH));
        Caller adminSh = Fakes.caller(32, 302L, Trees.XSL, new RoleGrant(Role.ADMIN, Trees.SH));
        Caller editor = Fakes.caller(33, 303L, Trees.CBVP, new RoleGrant(Role.EDITOR, Trees.TU));
        Caller adminTu = Fakes.caller(34, 304L, Trees.DUK, new RoleGrant(Role.ADMIN, Trees.TU));
        assertNull(cache.find(memberSh, "/news/articles/7"), "a member of another district");
        assertNull(cache.find(committeeSh, "/news/articles/7"), "the committee of another district");
        assertNull(cache.find(adminSh, "/news/articles/7"), "an administrator of another district");
        assertNull(cache.find(editor, "/news/articles/7"), "an editor over the audience gets the manager's view");
        assertNull(cache.find(adminTu, "/news/articles/7"), "ADMIN holds every role: a manager");
        assertEquals(1, cache.stats()[0], "refusing a caller leaves the copy to those it admits");
        assertNotNull(cache.find(member, "/news/articles/7"));
    }

    @Test
    void theCallerOfThisRequestIsCheckedAMovedMemberOrARevokedGrantNoLongerGetsTheCopy() {
        keepForReaders("/news/articles/7", articleReaders(Trees.PBT), cache.sequence(), Trees.TREE, "news:article:7");
        assertNotNull(cache.find(member, "/news/articles/7"));
        Caller moved = Fakes.caller(10, 100L, Trees.XSL_CB01); // the same account, now in a cell of SH
        assertNull(cache.find(moved, "/news/articles/7"));
        Caller committee = Fakes.caller(40, 400L, Trees.CBVP, new RoleGrant(Role.COMMITTEE, Trees.TP));
        assertNotNull(cache.find(committee, "/news/articles/7"), "staff over the audience");
        Caller revoked = Fakes.caller(40, 400L, Trees.CBVP); // the grant revoked: a member of TP-CBVP only
        assertNull(cache.find(revoked, "/news/articles/7"));
    }

    @Test
    void anEventDropsTheCopyAndItsDeclarationTogether() {
        keepForReaders("/news/articles/7", articleReaders(Trees.TP), cache.sequence(), Trees.TREE, "news:article:7");
        Caller memberSh = Fakes.caller(30, 300L, Trees.XSL_CB01);
        cache.changed(ChangeEvent.updated("news", "article", 7, Trees.SH)); // re-addressed to SH
        assertNull(cache.find(member, "/news/articles/7"), "the old audience's copy is gone");
        assertNull(cache.find(memberSh, "/news/articles/7"));
        keepForReaders("/news/articles/7", articleReaders(Trees.SH), cache.sequence(), Trees.TREE, "news:article:7");
        assertNull(cache.find(member, "/news/articles/7"), "the new declaration leaves TP out");
        assertNotNull(cache.find(memberSh, "/news/articles/7"));
    }

    @Test
    void anAnswerMadeBeforeAChangeNeverKeepsItsOlderDeclaration() {
        long since = cache.sequence();
        cache.changed(ChangeEvent.updated("news", "article", 7, Trees.SH)); // re-addressed while it was being made
        keepForReaders("/news/articles/7", articleReaders(Trees.TP), since, Trees.TREE, "news:article:7");
        assertNull(cache.find(member, "/news/articles/7"));
        assertEquals(0, cache.stats()[0]);
    }

    @Test
    void aReadersCopyOfAnotherTreeIsNeverServed() {
        OrgTree older = OrgTree.of(Trees.TREE.subtree(Trees.TU));
        keepForReaders("/news/articles/7", articleReaders(Trees.TP), cache.sequence(), older, "news:article:7");
        assertNull(cache.find(member, "/news/articles/7"));
    }

    @Test
    void aCallerOutsideTheDeclarationMayStillHaveTheirAudiencesCopy() {
        keepForReaders("/news/articles/7", articleReaders(Trees.TP), cache.sequence(), Trees.TREE, "news:article:7");
        Caller editor = Fakes.caller(33, 303L, Trees.CBVP, new RoleGrant(Role.EDITOR, Trees.TU));
        keep(Sharing.AUDIENCE, editor, "/news/articles/7", cache.sequence(), "news:article:7");
        assertEquals("for 33", new String(cache.find(editor, "/news/articles/7").body()));
        assertEquals("readers /news/articles/7", new String(cache.find(member, "/news/articles/7").body()));
    }

    @Test
    void staffOnlyAndEveryoneDeclarations() {
        Caller committeeTp = Fakes.caller(20, 200L, Trees.CBVP, new RoleGrant(Role.COMMITTEE, Trees.TP));
        keepForReaders("/x/staff", Readers.holding(Trees.TP, Role.COMMITTEE), cache.sequence(), Trees.TREE);
        assertNotNull(cache.find(committeeTp, "/x/staff"));
        assertNull(cache.find(member, "/x/staff"), "a member of the subtree holds no role there");
        keepForReaders("/x/all", Readers.everyone(), cache.sequence(), Trees.TREE);
        assertNotNull(cache.find(Fakes.caller(30, 300L, Trees.XSL_CB01), "/x/all"));
    }

    @Test
    void pathParametersNameTheirEventsInPlainForm() {
        MultivaluedHashMap<String, String> params = new MultivaluedHashMap<>();
        params.putSingle("id", "007");
        assertEquals(List.of("news:article:7"), SharedAnswers.tags(shared(Sharing.READERS, "news:article:{id}"), member,
                params, Trees.TREE));
        params.putSingle("id", "+7");
        assertEquals(List.of("news:article:7"), SharedAnswers.tags(shared(Sharing.READERS, "news:article:{id}"), member,
                params, Trees.TREE));
        params.putSingle("id", "abc");
        assertEquals(List.of("news:article:abc"), SharedAnswers.tags(shared(Sharing.READERS, "news:article:{id}"), member,
                params, Trees.TREE));
    }

    @Test
    void theDeclarationNeverReachesTheClient() {
        MultivaluedHashMap<String, Object> headers = new MultivaluedHashMap<>();
        headers.putSingle("ETag", "\"e\"");
        headers.putSingle(Readers.HEADER, articleReaders(Trees.TP));
        assertNotNull(SharedAnswers.declaration(headers));
        assertEquals(List.of("ETag"), List.copyOf(headers.keySet()));
        headers.putSingle("x-sotay-readers", "forged by a resource");
        assertNull(SharedAnswers.declaration(headers), "only a Readers object declares");
        assertEquals(List.of("ETag"), List.copyOf(headers.keySet()));
    }

    @Test
    void anAudienceCopyIsSharedByTheSameCellAndGrantsOnly() {
        keep(Sharing.AUDIENCE, member, "/news", cache.sequence(), "news:article");
        assertNotNull(cache.find(neighbour, "/news"));
        assertNull(cache.find(otherCell, "/news"), "another cell");
        assertNull(cache.find(secretary, "/news"), "the same cell with another grant");
        assertNull(cache.find(member, "/news?limit=5"), "another query");
        assertNotEquals(AnswerCache.audience(member), AnswerCache.audience(secretary));
    }

    @Test
    void aCallerCopyServesItsAccountOnly() {
        keep(Sharing.CALLER, member, "/notices", cache.sequence());
        assertNotNull(cache.find(member, "/notices"));
        assertNull(cache.find(neighbour, "/notices"));
    }

    @Test
    void anEventDropsTheCopiesThatDependOnItsTagsOnly() {
        keep(Sharing.AUDIENCE, member, "/news/articles/7", cache.sequence(), "news:article:7");
        keep(Sharing.AUDIENCE, member, "/news/articles/8", cache.sequence(), "news:article:8");
        cache.changed(ChangeEvent.updated("news", "article", 7, Trees.TP));
        assertNull(cache.find(member, "/news/articles/7"));
        assertNotNull(cache.find(member, "/news/articles/8"));
    }

    @Test
    void aPathTagFollowsEventsOnTheWayToTheRootAndEventsWithoutANode() {
        keep(Sharing.CALLER, member, "/notices", cache.sequence(), "notices:notice@{path}");
        cache.changed(ChangeEvent.created("notices", "notice", 1, Trees.SH)); // another district
        assertNotNull(cache.find(member, "/notices"));
        cache.changed(ChangeEvent.created("notices", "notice", 2, Trees.PBT)); // above the member's cell
        assertNull(cache.find(member, "/notices"));
        keep(Sharing.CALLER, member, "/notices", cache.sequence(), "notices:notice@{path}");
        cache.changed(ChangeEvent.created("notices", "notice", 3, null));
        assertNull(cache.find(member, "/notices"));
    }

    @Test
    void aCallerWithGrantsFollowsEveryEventOfTheType() {
        List<String> tags = SharedAnswers.tags(shared(Sharing.CALLER, "notices:notice@{path}"), secretary,
                new MultivaluedHashMap<>(), Trees.TREE);
        assertEquals(List.of("notices:notice"), tags);
    }

    @Test
    void anAnswerComputedBeforeAChangeIsNotKept() {
        long since = cache.sequence();
        cache.changed(ChangeEvent.updated("news", "article", 7, null)); // while the answer was computed
        keep(Sharing.AUDIENCE, member, "/news/articles/7", since, "news:article:7");
        assertNull(cache.find(member, "/news/articles/7"));
        assertEquals(0, cache.stats()[0]);
    }

    @Test
    void theCallersOwnRequestsAndARepublishedModuleDropCopies() {
        long since = cache.sequence();
        List<String> tags = List.of(AnswerCache.callerTag(10, "news"), AnswerCache.moduleTag("news"));
        int[] stripes = tags.stream().mapToInt(AnswerCache::stripe).toArray();
        AnswerCache.Entry e = new AnswerCache.Entry(new byte[1], List.of(), "\"e\"", stripes, since,
                System.nanoTime() + 60_000_000_000L, Trees.TREE);
        cache.store(AnswerCache.key(Sharing.CALLER, member, "/news"), e);
        cache.drop(AnswerCache.callerTag(11, "news"));
        assertNotNull(cache.find(member, "/news"));
        cache.drop(AnswerCache.callerTag(10, "news"));
        assertNull(cache.find(member, "/news"));
        cache.store(AnswerCache.key(Sharing.CALLER, member, "/news"), new AnswerCache.Entry(new byte[1], List.of(), "\"e\"",
                stripes, cache.sequence(), System.nanoTime() + 60_000_000_000L, Trees.TREE));
        cache.drop(AnswerCache.moduleTag("news"));
        assertNull(cache.find(member, "/news"));
    }

    @Test
    void memoryStaysWithinTheBudget() {
        AnswerCache small = new AnswerCache(new Fakes.Orgs(), new Fakes.Auth(), true, 100_000, 8_000);
        for (int i = 0; i < 200; i++) {
            small.store("k" + i, new AnswerCache.Entry(new byte[4_000], List.of(), "\"e\"", new int[0],
                    small.sequence(), System.nanoTime() + 60_000_000_000L, Trees.TREE));
        }
        small.store("big", new AnswerCache.Entry(new byte[9_000], List.of(), "\"e\"", new int[0], small.sequence(),
                System.nanoTime() + 60_000_000_000L, Trees.TREE));
        long[] s = small.stats();
        assertEquals(true, s[1] <= 100_000, "bytes " + s[1]);
        assertEquals(true, s[0] > 10, "entries " + s[0]);
    }

    private static SharedAnswer shared(Sharing sharing, String... tags) {
        return new SharedAnswer() {
            @Override public Class<? extends Annotation> annotationType() { return SharedAnswer.class; }
            @Override public Sharing value() { return sharing; }
            @Override public String[] dependsOn() { return tags; }
            @Override public int seconds() { return 60; }
        };
    }
}
