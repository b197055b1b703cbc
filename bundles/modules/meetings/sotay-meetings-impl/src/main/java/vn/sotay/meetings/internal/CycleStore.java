package vn.sotay.meetings.internal;

import static vn.sotay.api.persistence.Sql.instant;
import static vn.sotay.api.persistence.Sql.utc;

import java.time.Instant;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.change.ChangeBus;
import vn.sotay.api.change.ChangeEvent;
import vn.sotay.api.persistence.PersistenceUnit;
import vn.sotay.meetings.internal.MeetingHistory.What;
import vn.sotay.meetings.internal.entity.AgendaItemEntity;
import vn.sotay.meetings.internal.entity.HistoryEntity;
import vn.sotay.meetings.internal.entity.MeetingEntity;

/**
 * Changes to an announced meeting, each written with its history row in one transaction: edit,
 * postpone, cancel. Each answers {@code false} when the meeting is no longer ANNOUNCED (opened or
 * cancelled meanwhile), so the caller answers 409.
 */
@Component(service = CycleStore.class)
public class CycleStore {
    private final PersistenceUnit unit;
    private final ChangeBus changes;

    @Activate
    public CycleStore(@Reference MeetingsStore meetings, @Reference ChangeBus changes) {
        this(meetings.unit(), changes);
    }

    CycleStore(PersistenceUnit unit, ChangeBus changes) {
        this.unit = unit;
        this.changes = changes;
    }

    /** Who does a change, and when. */
    record By(long account, String name, Instant at) {
    }

    /** Edits what an announcement says (not the time, not the roll); agenda items keep their ids by position. */
    boolean edit(long id, AnnounceRequest r, By by) {
        return change(id, by, em -> {
            MeetingEntity m = MeetingsStore.entity(em, id);
            m.kind = r.kind().name();
            m.title = r.title();
            m.topic = r.topic();
            m.place = r.place();
            m.onlineRoom = r.onlineRoom();
            m.chairMemberId = r.chairMemberId();
            m.clerkMemberId = r.clerkMemberId();
            List<AgendaItemEntity> old = em.createQuery("SELECT a FROM MeetingAgendaItem a WHERE a.meetingId = :m ORDER BY a.pos",
                    AgendaItemEntity.class).setParameter("m", id).getResultList();
            for (int i = 0; i < Math.max(old.size(), r.agenda().size()); i++) {
                if (i >= r.agenda().size()) {
                    em.createQuery("DELETE FROM MeetingOpinion o WHERE o.agendaId = :a").setParameter("a", old.get(i).id).executeUpdate();
                    em.remove(old.get(i));
                    continue;
                }
                AgendaItemEntity a = i < old.size() ? old.get(i) : new AgendaItemEntity();
                a.meetingId = id;
                a.pos = i;
                a.title = r.agenda().get(i).title();
                a.description = r.agenda().get(i).description();
                if (a.id == null) {
                    em.persist(a);
                }
            }
            MeetingHistory.materials(em, id, r.materials());
            MeetingHistory.record(em, id, What.EDITED, by.account(), by.name(), by.at(), null, null, null);
        });
    }

    /** Moves the meeting to {@code [starts, ends)}, recording the old time and the reason. */
    boolean postpone(long id, Instant starts, Instant ends, String reason, By by) {
        return change(id, by, em -> {
            MeetingEntity m = MeetingsStore.entity(em, id);
            Instant old = instant(m.startsAt);
            m.startsAt = utc(starts);
            m.endsAt = utc(ends);
            m.monthKey = MeetingsStore.monthKey(starts);
            MeetingHistory.record(em, id, What.POSTPONED, by.account(), by.name(), by.at(), old, starts, reason);
        });
    }

    /** Cancels the meeting with a reason; it stays, with its history. */
    boolean cancel(long id, String reason, By by) {
        return change(id, by, em -> {
            MeetingsStore.entity(em, id).status = Meeting.Status.CANCELLED.name();
            MeetingHistory.record(em, id, What.CANCELLED, by.account(), by.name(), by.at(), null, null, reason);
        });
    }

    /** The meeting's history, oldest first. */
    List<MeetingHistory> history(long id) {
        return unit.read(em -> em.createQuery("SELECT h FROM MeetingHistory h WHERE h.meetingId = :m ORDER BY h.id",
                HistoryEntity.class).setParameter("m", id).getResultList().stream()
                .map(h -> new MeetingHistory(h.id, What.valueOf(h.what), h.byAccount, h.byName, instant(h.at),
                        instant(h.oldStartsAt), instant(h.newStartsAt), h.reason)).toList());
    }

    private boolean change(long id, By by, java.util.function.Consumer<javax.persistence.EntityManager> write) {
        Long org = unit.write(em -> {
            MeetingEntity m = MeetingsStore.entity(em, id);
            if (m == null || !Meeting.Status.ANNOUNCED.name().equals(m.status)) {
                return null;
            }
            write.accept(em);
            m.updatedAt = utc(by.at());
            return m.orgId;
        });
        if (org == null) {
            return false;
        }
        changes.publishAndWait(ChangeEvent.updated(MeetingsModule.ID, MeetingsModule.TYPE, id, org), ChangeBus.WAIT);
        return true;
    }
}
