package vn.sotay.platform.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.annotation.Annotation;
import java.util.List;

import javax.ws.rs.core.MultivaluedHashMap;

import org.junit.jupiter.api.Test;

import vn.sotay.api.Caller;
import vn.sotay.api.Role;
import vn.sotay.api.RoleGrant;
import vn.sotay.api.change.ChangeEvent;
import vn.sotay.api.rest.SharedAnswer;
import vn.sotay.api.rest.SharedAnswer.Sharing;
import vn.sotay.testing.Fakes;
import vn.sotay.testing.Trees;

class AnswerCacheTest {
    private final AnswerCache cache = new AnswerCache(new Fakes.Orgs(), true, 1 << 20, 64 * 1024);
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
        AnswerCache small = new AnswerCache(new Fakes.Orgs(), true, 100_000, 8_000);
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
