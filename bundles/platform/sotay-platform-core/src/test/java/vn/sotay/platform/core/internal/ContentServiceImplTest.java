package vn.sotay.platform.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.content.ContentRef;
import vn.sotay.api.content.ResolvedContent;
import vn.sotay.spi.content.ContentResolver;

/** References resolved through the owners, one call per type, unavailable when the owner is gone or says nothing. */
class ContentServiceImplTest {
    final List<Collection<String>> calls = new ArrayList<>();
    final ContentResolver articles = (caller, ids) -> {
        calls.add(List.copyOf(ids));
        Map<String, ResolvedContent> out = new HashMap<>();
        ids.stream().filter(id -> !id.equals("7")).forEach(id -> out.put(id,
                new ResolvedContent(new ContentRef("article", id), true, "Tin " + id, "/api/news/articles/" + id, "Tin tức", null)));
        return out;
    };

    static List<ContentRef> refs(String... texts) {
        return java.util.Arrays.stream(texts).map(ContentRef::parse).toList();
    }

    @Test
    void eachOwnerIsAskedOnceAndTheOrderIsKept() {
        ContentServiceImpl s = new ContentServiceImpl();
        s.addResolver(articles, Map.of(ContentResolver.TYPE, "article"));
        List<ResolvedContent> out = s.resolve(Caller.SYSTEM, refs("article:1", "lesson:3", "article:7", "article:2",
                "article:1"));
        assertEquals(1, calls.size(), "one call for all articles");
        assertEquals(List.of(true, false, false, true, true), out.stream().map(ResolvedContent::available).toList());
        assertEquals("Tin 2", out.get(3).title());
        assertEquals(ResolvedContent.unavailable(ContentRef.parse("article:7")), out.get(2), "unreadable: nothing said");
    }

    @Test
    void anUninstalledOrFailingOwnerMakesItsReferencesUnavailable() {
        ContentServiceImpl s = new ContentServiceImpl();
        s.addResolver(articles, Map.of(ContentResolver.TYPE, "article"));
        s.removeResolver(articles, Map.of(ContentResolver.TYPE, "article"));
        assertFalse(s.resolve(Caller.SYSTEM, refs("article:1")).get(0).available());
        s.addResolver((c, ids) -> {
            throw new IllegalStateException("down");
        }, Map.of(ContentResolver.TYPE, "document"));
        s.addResolver(articles, Map.of(ContentResolver.TYPE, "article"));
        List<ResolvedContent> out = s.resolve(Caller.SYSTEM, refs("document:1", "article:1"));
        assertFalse(out.get(0).available());
        assertTrue(out.get(1).available(), "one failing owner does not fail the others");
    }

    @Test
    void referencesAreBoundedAndWellFormed() {
        ContentServiceImpl s = new ContentServiceImpl();
        List<ContentRef> many = Collections.nCopies(41, ContentRef.parse("article:1"));
        assertEquals(400, assertThrows(ProblemException.class, () -> s.resolve(Caller.SYSTEM, many)).status());
        for (String bad : new String[] {"article", ":1", "Article:1", "article:1/2", "a".repeat(33) + ":1",
                "article:" + "1".repeat(65), "article:1 2"}) {
            assertEquals(400, assertThrows(ProblemException.class, () -> ContentRef.parse(bad)).status(), bad);
        }
        assertEquals("document:12", ContentRef.parse("document:12").toString());
    }
}
