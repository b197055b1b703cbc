package vn.sotay.platform.rest.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import vn.sotay.api.Caller;
import vn.sotay.api.RoleGrant;
import vn.sotay.api.auth.AuthorizationService;
import vn.sotay.api.change.ChangeEvent;
import vn.sotay.api.org.OrgService;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.rest.Readers;
import vn.sotay.api.rest.SharedAnswer.Sharing;
import vn.sotay.spi.change.ChangeListener;

/**
 * The answer cache's store (the contract is {@link vn.sotay.api.rest.SharedAnswer}): ready bytes
 * per key, where a key is who may share the copy ({@link #audience}, the account, or for a declared
 * {@link Sharing#READERS} answer nobody in particular) plus the request's path and query. A readers
 * copy keeps its {@link Readers declaration} and is served only to callers it admits, by the
 * platform's {@link AuthorizationService}, on the tree the copy was made with.
 *
 * <p>Invalidation never walks the entries. A tag is hashed to one of {@link #STRIPES} stripes, and
 * dropping a tag writes the next value of one global sequence into its stripe. A copy remembers the
 * sequence read when its request began and the stripes of its tags; it is valid while none of those
 * stripes holds a later value and its organisation tree is still the current one. So an event that
 * arrives while an answer is being computed from older data keeps that answer out, and two tags
 * that share a stripe only cost a miss. Memory is bounded by {@code maxMegabytes}: past it, about a
 * quarter of the copies (in no particular order) make room.
 */
@Component(service = {AnswerCache.class, ChangeListener.class}, configurationPid = "vn.sotay.cache")
@Designate(ocd = AnswerCache.Config.class)
public class AnswerCache implements ChangeListener {
    static final int STRIPES = 1 << 16;

    @ObjectClassDefinition(name = "Sổ Tay answer cache", description = "Ready answers served in front of JAX-RS")
    public @interface Config {
        @AttributeDefinition(description = "Serve @SharedAnswer answers from memory")
        boolean enabled() default true;

        @AttributeDefinition(description = "Memory for kept answers, in MB")
        int maxMegabytes() default 64;

        @AttributeDefinition(description = "Largest answer kept, in KB")
        int maxEntryKilobytes() default 256;
    }

    /** A kept answer: its bytes and headers, what keeps it valid, who may be served it ({@code null}: its key says). */
    record Entry(byte[] body, List<String[]> headers, String etag, int[] stripes, long since,
            long expiresAt, OrgTree tree, Readers readers) {
        Entry(byte[] body, List<String[]> headers, String etag, int[] stripes, long since, long expiresAt, OrgTree tree) {
            this(body, headers, etag, stripes, since, expiresAt, tree, null);
        }

        int weight() {
            return body.length + 256 + headers.size() * 64;
        }
    }

    private final OrgService orgs;
    private final AuthorizationService auth;
    private volatile boolean enabled;
    private volatile long maxBytes;
    private volatile int maxEntry;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLongArray dropped = new AtomicLongArray(STRIPES);
    private final LongAdder hits = new LongAdder();
    private final LongAdder stores = new LongAdder();

    @Activate
    public AnswerCache(@Reference OrgService orgs, @Reference AuthorizationService auth, Config config) {
        this(orgs, auth, config.enabled(), config.maxMegabytes() * 1024L * 1024L, config.maxEntryKilobytes() * 1024);
    }

    AnswerCache(OrgService orgs, AuthorizationService auth, boolean enabled, long maxBytes, int maxEntry) {
        this.orgs = orgs;
        this.auth = auth;
        limits(enabled, maxBytes, maxEntry);
    }

    /** New settings take effect at once; switching the cache off forgets every copy. */
    @Modified
    void modified(Config config) {
        limits(config.enabled(), config.maxMegabytes() * 1024L * 1024L, config.maxEntryKilobytes() * 1024);
        if (!enabled()) {
            entries.clear();
            bytes.set(0);
        } else if (bytes.get() > this.maxBytes) {
            makeRoom();
        }
    }

    private void limits(boolean enabled, long maxBytes, int maxEntry) {
        this.enabled = enabled;
        this.maxBytes = Math.max(0, maxBytes);
        this.maxEntry = Math.max(0, maxEntry);
    }

    boolean enabled() {
        return enabled && maxBytes > 0;
    }

    int maxEntry() {
        return maxEntry;
    }

    /** The sequence a request reads before it runs: copies computed after later drops are refused. */
    long sequence() {
        return sequence.get();
    }

    /**
     * The key of a copy shared as {@code sharing} by {@code caller}, for {@code target} (path and
     * query); {@link Sharing#READERS} is the key of a declared answer (an undeclared one is kept as
     * {@link Sharing#AUDIENCE}).
     */
    static String key(Sharing sharing, Caller caller, String target) {
        return switch (sharing) {
            case READERS -> "r " + target;
            case AUDIENCE -> "a" + audience(caller) + ' ' + target;
            case CALLER -> "c" + caller.accountId() + ' ' + target;
        };
    }

    /** What an {@link Sharing#AUDIENCE} copy is shared by: the cell and every grant, in a stable order. */
    static String audience(Caller c) {
        StringBuilder s = new StringBuilder().append(c.cellId());
        if (c.grants().size() > 1) {
            List<String> g = new ArrayList<>(c.grants().size());
            c.grants().forEach(r -> g.add(r.role() + "@" + r.orgId()));
            g.sort(null);
            g.forEach(x -> s.append(',').append(x));
        } else {
            c.grants().forEach(r -> s.append(',').append(r.role()).append('@').append(r.orgId()));
        }
        return s.toString();
    }

    /**
     * The valid copy for the caller and target, trying the readers' copy (if its declaration admits
     * the caller), then the audience's, then the caller's own.
     */
    Entry find(Caller caller, String target) {
        if (entries.isEmpty()) {
            return null;
        }
        Entry e = valid(key(Sharing.READERS, caller, target));
        if (e != null && !admits(e, caller)) {
            e = null; // another answer for this caller (theirs, or the resource's 404)
        }
        if (e == null) {
            e = valid(key(Sharing.AUDIENCE, caller, target));
        }
        if (e == null) {
            e = valid(key(Sharing.CALLER, caller, target));
        }
        if (e != null) {
            hits.increment();
        }
        return e;
    }

    /**
     * The copy's declaration admits the caller, decided on the copy's own tree: the check must run
     * on the tree the answer was made with, so a new tree seen after it refuses the copy.
     */
    private boolean admits(Entry e, Caller caller) {
        try {
            return e.readers() != null && e.readers().admits(auth, caller) && e.tree() == orgs.tree();
        } catch (RuntimeException failed) {
            return false; // no decision, no copy: the resource decides
        }
    }

    private Entry valid(String key) {
        Entry e = entries.get(key);
        if (e == null) {
            return null;
        }
        boolean ok = System.nanoTime() - e.expiresAt() < 0 && e.tree() == orgs.tree();
        for (int i = 0; ok && i < e.stripes().length; i++) {
            ok = dropped.get(e.stripes()[i]) <= e.since();
        }
        if (!ok && entries.remove(key, e)) {
            bytes.addAndGet(-e.weight());
        }
        return ok ? e : null;
    }

    /** Keeps a copy unless a tag of it was dropped after {@code since} or it is too large. */
    void store(String key, Entry e) {
        if (!enabled() || e.body().length > maxEntry) {
            return;
        }
        for (int s : e.stripes()) {
            if (dropped.get(s) > e.since()) {
                return; // computed from data older than a change it depends on
            }
        }
        Entry old = entries.put(key, e);
        stores.increment();
        if (bytes.addAndGet(e.weight() - (old == null ? 0 : old.weight())) > maxBytes) {
            makeRoom();
        }
    }

    private void makeRoom() {
        long target = maxBytes * 3 / 4;
        Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
        while (bytes.get() > target && it.hasNext()) {
            Map.Entry<String, Entry> x = it.next();
            if (entries.remove(x.getKey(), x.getValue())) {
                bytes.addAndGet(-x.getValue().weight());
            }
        }
    }

    /** The stripe of a tag. */
    static int stripe(String tag) {
        int h = tag.hashCode();
        return (h ^ (h >>> 16)) & (STRIPES - 1);
    }

    /** Drops every copy that depends on {@code tag}. */
    void drop(String tag) {
        long s = sequence.incrementAndGet();
        dropped.accumulateAndGet(stripe(tag), s, Math::max);
    }

    /** The tag every copy of a module depends on: dropped when the module is republished or leaves. */
    static String moduleTag(String module) {
        return "!" + module;
    }

    /** The tag of a caller's own copies in a module: dropped by any of their requests there that runs. */
    static String callerTag(long accountId, String module) {
        return "~" + accountId + "@" + module;
    }

    @Override
    public void changed(ChangeEvent e) {
        String mt = e.module() + ":" + e.type();
        drop(e.module());
        drop(mt);
        drop(mt + ":" + e.id());
        drop(mt + "@" + (e.orgId() == null ? "*" : e.orgId()));
    }

    /** Copies in memory, their bytes, hits and stores since start (for the metrics and tests). */
    long[] stats() {
        return new long[] {entries.size(), bytes.get(), hits.sum(), stores.sum()};
    }

    /** The current organisation tree (copies remember it). */
    OrgTree tree() {
        return orgs.tree();
    }

    /** A grant's role names, for the tag rule of {@code @{path}}: only plain members follow their path. */
    static boolean plainMember(Caller c) {
        for (RoleGrant g : c.grants()) {
            if (g.role() != vn.sotay.api.Role.MEMBER) {
                return false;
            }
        }
        return true;
    }
}
