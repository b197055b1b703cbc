package vn.sotay.notices.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.change.ChangeEvent;
import vn.sotay.spi.change.ChangeListener;

/**
 * The inbox read path without a query: on the 3rd-5th of the month every member opens the list
 * at once, while notices are written a few times a day. Notices are cached per audience node,
 * evicted by the module's change events (a notice created, changed or deleted for that audience;
 * every audience when the event names none), never by direct calls from writers; a member's own
 * receipts are cached per member (updated by that member's own reads, so always current in this
 * JVM), at most {@link #MAX_MEMBERS} members.
 */
@Component(service = {InboxCache.class, ChangeListener.class},
        property = {ChangeListener.MODULE + "=notices", ChangeListener.TYPE + "=notice"})
public final class InboxCache implements ChangeListener {
    static final int MAX_MEMBERS = 100_000;

    /** Inbox order once read flags are set apart: newest first, the higher id first at the same instant. */
    static final Comparator<Notice> NEWEST = Comparator.comparing(Notice::sentAt).reversed()
            .thenComparing(Comparator.comparingLong(Notice::id).reversed());

    private final Map<Long, Audience> byAudience = new ConcurrentHashMap<>();
    private final Map<Long, Map<Long, NoticeFlags>> receipts = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, Map<Long, NoticeFlags>> eldest) {
                    return size() > MAX_MEMBERS;
                }
            });
    private final Function<Long, List<Notice>> loadAudience;
    private final Function<Long, Map<Long, NoticeFlags>> loadReceipts;

    @Activate
    public InboxCache(@Reference NoticeStore store) {
        this(store::byAudience, store::receiptsOf);
    }

    InboxCache(Function<Long, List<Notice>> loadAudience, Function<Long, Map<Long, NoticeFlags>> loadReceipts) {
        this.loadAudience = loadAudience;
        this.loadReceipts = loadReceipts;
    }

    /**
     * Unexpired notices of these audiences, the member's unread first, then newest; one page. Each
     * audience's notices are sorted once when loaded; a page merges the 3-5 lists lazily and stops at
     * the page's end, so its cost follows the page, the offset and the member's own receipts, not the
     * cell's history. The read part is built from the member's receipts (only those are read).
     */
    List<NoticeRow> inbox(List<Long> audiences, long memberId, Instant now, int offset, int max) {
        Map<Long, NoticeFlags> flags = flags(memberId);
        List<List<Notice>> lists = new ArrayList<>(audiences.size());
        List<Audience.Live> lives = new ArrayList<>(audiences.size());
        int live = 0;
        for (Long a : audiences) {
            Audience.Live l = byAudience.computeIfAbsent(a, this::load).live(now);
            lives.add(l);
            lists.add(l.notices());
            live += l.notices().size();
        }
        List<NoticeRow> read = new ArrayList<>();
        flags.forEach((id, f) -> {
            if (f.read()) {
                for (Audience.Live l : lives) {
                    Notice n = l.byId().get(id);
                    if (n != null) {
                        read.add(new NoticeRow(n, true, f.acknowledged()));
                        break;
                    }
                }
            }
        });
        int unread = live - read.size();
        List<NoticeRow> page = new ArrayList<>(Math.min(max, 64));
        if (offset < unread) {
            Merge merge = new Merge(lists);
            for (int skipped = 0; page.size() < max && merge.hasNext();) {
                Notice n = merge.next();
                NoticeFlags f = flags.get(n.id());
                if (f != null && f.read()) {
                    continue;
                }
                if (skipped++ >= offset) {
                    page.add(new NoticeRow(n, false, f != null && f.acknowledged()));
                }
            }
        }
        if (page.size() < max && !read.isEmpty()) {
            read.sort(Comparator.comparing(NoticeRow::notice, NEWEST));
            int from = Math.max(0, offset - unread);
            page.addAll(read.subList(Math.min(from, read.size()), Math.min(read.size(), from + max - page.size())));
        }
        return page;
    }

    /** The audience's notices with each body reduced to its excerpt (the list never shows more), newest first. */
    private Audience load(long audience) {
        return new Audience(loadAudience.apply(audience).stream().map(n -> new Notice(n.id(), n.title(),
                Views.excerpt(n.body()), n.audienceOrgId(), n.senderAccountId(), n.senderName(), n.sentAt(),
                n.expiresAt())).sorted(NEWEST).toList());
    }

    private Map<Long, NoticeFlags> flags(long memberId) {
        Map<Long, NoticeFlags> f = receipts.get(memberId);
        if (f == null) {
            f = new ConcurrentHashMap<>(loadReceipts.apply(memberId));
            receipts.put(memberId, f);
        }
        return f;
    }

    /** A notice of this module changed: its audience is read again. */
    @Override
    public void changed(ChangeEvent event) {
        if (event.orgId() == null) {
            byAudience.clear();
        } else {
            byAudience.remove(event.orgId());
        }
    }

    /** The member read or acknowledged a notice (after commit). */
    void received(long memberId, long noticeId, boolean read, boolean acknowledged) {
        Map<Long, NoticeFlags> f = receipts.get(memberId);
        if (f != null) {
            f.put(noticeId, new NoticeFlags(read, acknowledged));
        }
    }

    /**
     * One audience's notices, newest first, and the unexpired ones as of the last read: filtered again
     * only when the earliest expiry among them has passed.
     */
    static final class Audience {
        private final List<Notice> all;
        private volatile Live live;

        record Live(List<Notice> notices, Map<Long, Notice> byId, Instant validUntil) {
        }

        Audience(List<Notice> sortedNewestFirst) {
            this.all = sortedNewestFirst;
        }

        Live live(Instant now) {
            Live l = live;
            if (l == null || l.validUntil() != null && !now.isBefore(l.validUntil())) {
                List<Notice> notices = new ArrayList<>(all.size());
                Map<Long, Notice> byId = new HashMap<>();
                Instant next = null;
                for (Notice n : all) {
                    if (!n.expired(now)) {
                        notices.add(n);
                        byId.put(n.id(), n);
                        if (n.expiresAt() != null && (next == null || n.expiresAt().isBefore(next))) {
                            next = n.expiresAt();
                        }
                    }
                }
                l = new Live(Collections.unmodifiableList(notices), byId, next);
                live = l;
            }
            return l;
        }
    }

    /** A lazy k-way merge of lists sorted by {@link #NEWEST}. */
    static final class Merge {
        private final List<List<Notice>> lists;
        private final PriorityQueue<int[]> heads;

        Merge(List<List<Notice>> lists) {
            this.lists = lists;
            this.heads = new PriorityQueue<>(Math.max(1, lists.size()),
                    (x, y) -> NEWEST.compare(lists.get(x[0]).get(x[1]), lists.get(y[0]).get(y[1])));
            for (int i = 0; i < lists.size(); i++) {
                if (!lists.get(i).isEmpty()) {
                    heads.add(new int[] {i, 0});
                }
            }
        }

        boolean hasNext() {
            return !heads.isEmpty();
        }

        Notice next() {
            int[] h = heads.poll();
            if (h == null) {
                throw new NoSuchElementException();
            }
            List<Notice> list = lists.get(h[0]);
            Notice n = list.get(h[1]);
            if (++h[1] < list.size()) {
                heads.add(h);
            }
            return n;
        }
    }
}
