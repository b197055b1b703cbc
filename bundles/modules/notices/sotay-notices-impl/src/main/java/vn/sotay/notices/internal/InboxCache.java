package vn.sotay.notices.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private final Map<Long, List<Notice>> byAudience = new ConcurrentHashMap<>();
    private final Map<Long, Map<Long, NoticeFlags>> receipts = java.util.Collections.synchronizedMap(
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

    /** Unexpired notices of these audiences, the member's unread first, then newest; one page. */
    List<NoticeRow> inbox(List<Long> audiences, long memberId, Instant now, int offset, int max) {
        Map<Long, NoticeFlags> flags = flags(memberId);
        List<NoticeRow> all = new ArrayList<>();
        for (Long a : audiences) {
            for (Notice n : byAudience.computeIfAbsent(a, this::load)) {
                if (!n.expired(now)) {
                    NoticeFlags f = flags.get(n.id());
                    all.add(new NoticeRow(n, f != null && f.read(), f != null && f.acknowledged()));
                }
            }
        }
        all.sort(Comparator.comparing(NoticeRow::read).thenComparing(
                Comparator.comparing((NoticeRow r) -> r.notice().sentAt()).reversed())
                .thenComparing(Comparator.comparingLong((NoticeRow r) -> r.notice().id()).reversed()));
        return all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + max));
    }

    /** The audience's notices with each body reduced to its excerpt (the list never shows more). */
    private List<Notice> load(long audience) {
        return loadAudience.apply(audience).stream().map(n -> new Notice(n.id(), n.title(), Views.excerpt(n.body()),
                n.audienceOrgId(), n.senderAccountId(), n.senderName(), n.sentAt(), n.expiresAt())).toList();
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
}
