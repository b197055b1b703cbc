package vn.sotay.platform.core.internal.inbox;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.sotay.api.Caller;
import vn.sotay.api.Page;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.auth.AuthorizationService;
import vn.sotay.api.change.ChangeBus;
import vn.sotay.api.change.ChangeEvent;
import vn.sotay.api.content.ContentRef;
import vn.sotay.api.content.ContentService;
import vn.sotay.api.content.ResolvedContent;
import vn.sotay.api.inbox.Inbox;
import vn.sotay.api.inbox.InboxItem;
import vn.sotay.api.inbox.InboxMessage;
import vn.sotay.api.live.LiveUpdates;
import vn.sotay.api.member.Member;
import vn.sotay.api.member.MemberService;
import vn.sotay.api.org.OrgService;
import vn.sotay.api.persistence.PersistenceService;
import vn.sotay.spi.module.SotayModule;

/** The platform inbox on its own unit ("inbox"); new items are pushed on the live topic {@value Inbox#LIVE_TOPIC}. */
@Component(service = Inbox.class, immediate = true)
public class InboxImpl implements Inbox {
    /** The change-event type of inbox deliveries (module {@code platform}). */
    static final String INBOX_TYPE = "inbox";
    private static final Logger LOG = LoggerFactory.getLogger(InboxImpl.class);

    private final InboxStore store;
    private final OrgService orgs;
    private final AuthorizationService auth;
    private final MemberService members;
    private final AtomicLong latest = new AtomicLong();
    private final UnreadCounts unread;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile ContentService content;

    private volatile LiveUpdates.LiveTopic topic;

    /** Told of every delivery, so that kept copies of inboxes (the answer cache) are dropped; null in unit tests. */
    private ChangeBus changes;

    @Activate
    public InboxImpl(@Reference PersistenceService persistence, @Reference OrgService orgs,
            @Reference AuthorizationService auth, @Reference MemberService members, @Reference ChangeBus changes) {
        this(new InboxStore(persistence.open(InboxStore.spec())), orgs, auth, members);
        this.changes = changes;
    }

    InboxImpl(InboxStore store, OrgService orgs, AuthorizationService auth, MemberService members) {
        this.store = store;
        this.orgs = orgs;
        this.auth = auth;
        this.members = members;
        this.latest.set(store.maxId());
        this.unread = new UnreadCounts(store, latest::get);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindLive(LiveUpdates live) {
        topic = live.open(LIVE_TOPIC, c -> c.memberId() != null && c.cellId() != null);
    }

    void unbindLive(LiveUpdates live) {
        topic = null;
    }

    @Deactivate
    void close() {
        LiveUpdates.LiveTopic t = topic;
        if (t != null) {
            t.close();
        }
    }

    @Override
    public long tellSubtree(Caller sender, String module, long orgId, InboxMessage message) {
        if (orgs.tree().node(orgId) == null) {
            throw ProblemException.notFound("Không tìm thấy tổ chức nhận tin.");
        }
        if (!sender.system()) {
            auth.require(sender, orgId, Role.SECRETARY, Role.COMMITTEE);
        }
        return tell(sender, module, List.of(orgId), message);
    }

    @Override
    public long tellMembers(Caller sender, String module, Collection<Long> memberIds, InboxMessage message) {
        Set<Long> ids = new LinkedHashSet<>(memberIds);
        if (ids.isEmpty() || ids.size() > MAX_MEMBERS) {
            throw ProblemException.invalid("members", "Cần từ 1 đến " + MAX_MEMBERS + " đảng viên nhận tin.");
        }
        List<Long> channels = new ArrayList<>();
        Map<Long, Member> found = members.getAll(ids);
        for (long id : ids) {
            Member m = found.get(id);
            if (m == null) {
                throw ProblemException.invalid("members", "Không tìm thấy đảng viên nhận tin.");
            }
            if (!sender.system() && !auth.holds(sender, m.cellId(), Role.SECRETARY, Role.COMMITTEE)) {
                throw ProblemException.forbidden("Chỉ gửi tin cho đảng viên thuộc phạm vi mình phụ trách.");
            }
            channels.add(-id);
        }
        return tell(sender, module, channels, message);
    }

    private long tell(Caller sender, String module, List<Long> channels, InboxMessage message) {
        if (module == null || !module.matches("[a-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("module id expected, got " + module);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        long id = store.insert(module, sender.accountId(), sender.name(), message, channels, now);
        latest.accumulateAndGet(id, Math::max);
        Message m = new Message(id, module, sender.accountId(), sender.name(), message.title(), message.text(),
                message.ref() == null ? null : message.ref().toString(), message.actionLabel(), message.actionLink(), now);
        announce(id, channels);
        LiveUpdates.LiveTopic t = topic;
        if (t != null) {
            try {
                t.publishEach("inbox", id, c -> reaches(c, channels) ? items(c, List.of(m), Set.of()).get(0) : null);
            } catch (RuntimeException e) {
                LOG.warn("Pushing inbox item {} to open streams failed", id, e);
            }
        }
        return id;
    }

    @Override
    public Page<InboxItem> list(Caller caller, String cursor, int limit) {
        long before = before(cursor);
        List<Long> channels = channels(caller);
        if (channels.isEmpty()) {
            return new Page<>(List.of(), null);
        }
        List<Long> ids = store.before(channels, before, limit + 1);
        boolean more = ids.size() > limit;
        List<Long> page = more ? ids.subList(0, limit) : ids;
        List<InboxItem> items = items(caller, sorted(store.messages(page)), store.readOf(caller.memberId(), page));
        return new Page<>(items, more ? "b" + page.get(page.size() - 1) : null);
    }

    @Override
    public List<InboxItem> after(Caller caller, long afterId, int max) {
        List<Long> channels = channels(caller);
        if (channels.isEmpty()) {
            return List.of();
        }
        List<Long> ids = store.after(channels, afterId, max);
        List<Message> ms = new ArrayList<>(sorted(store.messages(ids)));
        java.util.Collections.reverse(ms);
        return items(caller, ms, store.readOf(caller.memberId(), ids));
    }

    @Override
    public long unread(Caller caller) {
        List<Long> channels = channels(caller);
        return channels.isEmpty() ? 0 : unread.unread(caller.memberId(), channels);
    }

    @Override
    public void markRead(Caller caller, long id) {
        List<Long> channels = channels(caller);
        if (channels.isEmpty() || !store.delivered(channels, id)) {
            throw ProblemException.notFound("Không tìm thấy tin nhắn.");
        }
        if (store.markRead(caller.memberId(), id)) {
            unread.read(caller.memberId(), id);
        }
    }

    @Override
    public void markAllRead(Caller caller) {
        if (channels(caller).isEmpty()) {
            return;
        }
        long upto = latest.get();
        store.markAll(caller.memberId(), upto);
        unread.allRead(caller.memberId(), upto);
    }

    /**
     * One change event per channel the item went to ({@code platform/inbox} with the node as orgId; a
     * member's own channel as {@code platform/inbox-member/<memberId>}), waited for once: the
     * dispatcher delivers in order, so every kept copy of a recipient's inbox is gone before the item
     * is pushed to open streams and a client that refetches sees it.
     */
    private void announce(long id, List<Long> channels) {
        ChangeBus bus = changes;
        if (bus == null || channels.isEmpty()) {
            return;
        }
        for (int i = 0; i < channels.size(); i++) {
            long ch = channels.get(i);
            ChangeEvent e = ch >= 0 ? ChangeEvent.created(SotayModule.PLATFORM, INBOX_TYPE, id, ch)
                    : ChangeEvent.updated(SotayModule.PLATFORM, INBOX_TYPE + "-member", -ch, null);
            if (i < channels.size() - 1) {
                bus.publish(e);
            } else {
                bus.publishAndWait(e, ChangeBus.WAIT);
            }
        }
    }

    /** The caller's channels: the nodes from the root to their cell, and {@code -memberId}; empty without a cell. */
    List<Long> channels(Caller c) {
        if (c.memberId() == null || c.cellId() == null) {
            return List.of();
        }
        List<Long> out = new ArrayList<>(orgs.tree().pathIds(c.cellId()));
        if (out.isEmpty()) {
            return List.of();
        }
        out.add(-c.memberId());
        return out;
    }

    private boolean reaches(Caller c, List<Long> channels) {
        List<Long> mine = channels(c);
        return channels.stream().anyMatch(mine::contains);
    }

    private List<InboxItem> items(Caller c, List<Message> ms, Set<Long> read) {
        Map<String, ResolvedContent> resolved = resolve(c, ms);
        return ms.stream().map(m -> new InboxItem(m.id(), m.module(), m.senderName(), m.title(), m.text(),
                m.ref() == null ? null : resolved.getOrDefault(m.ref(), ResolvedContent.unavailable(ContentRef.parse(m.ref()))),
                m.actionLabel(), m.actionLink(), m.sentAt(), read.contains(m.id()))).toList();
    }

    /** The page's references for the caller, in calls of at most {@link ContentService#MAX_REFS}. */
    private Map<String, ResolvedContent> resolve(Caller c, List<Message> ms) {
        List<ContentRef> refs = ms.stream().map(Message::ref).filter(r -> r != null).distinct().map(ContentRef::parse).toList();
        Map<String, ResolvedContent> out = new HashMap<>();
        ContentService s = content;
        if (s == null || refs.isEmpty()) {
            return out;
        }
        for (int i = 0; i < refs.size(); i += ContentService.MAX_REFS) {
            for (ResolvedContent r : s.resolve(c, refs.subList(i, Math.min(refs.size(), i + ContentService.MAX_REFS)))) {
                out.put(r.ref().toString(), r);
            }
        }
        return out;
    }

    private static List<Message> sorted(List<Message> ms) {
        return ms.stream().sorted(Comparator.comparingLong(Message::id).reversed()).toList();
    }

    /** The keyset cursor {@code b<id>}: items below that id; none: from the newest. */
    static long before(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return Long.MAX_VALUE;
        }
        if (cursor.length() <= 20 && cursor.charAt(0) == 'b' && cursor.substring(1).matches("[0-9]{1,18}")) {
            return Long.parseLong(cursor.substring(1));
        }
        throw ProblemException.invalid("cursor", "Con trỏ phân trang không hợp lệ");
    }
}
