package vn.sotay.meetings.internal;

import static vn.sotay.api.persistence.Sql.utc;

import java.time.Instant;
import java.util.List;

import javax.persistence.EntityManager;

import vn.sotay.api.rest.Description;
import vn.sotay.meetings.internal.entity.HistoryEntity;
import vn.sotay.meetings.internal.entity.MaterialEntity;

/** One entry of a meeting's history (MEETINGS_HISTORY), and the writes other stores make inside their transaction. */
public record MeetingHistory(long id, What what,
        @Description("Người thực hiện (tài khoản)") long byAccount, @Description("Tên người thực hiện") String byName,
        Instant at, @Description("Giờ họp cũ (dời lịch)") Instant oldStartsAt,
        @Description("Giờ họp mới (thông báo, dời lịch)") Instant newStartsAt, @Description("Lý do") String reason) {

    /** What happened. */
    public enum What {
        @Description("Thông báo") ANNOUNCED,
        @Description("Sửa thông tin") EDITED,
        @Description("Dời lịch") POSTPONED,
        @Description("Hủy") CANCELLED,
        @Description("Bắt đầu họp") OPENED,
        @Description("Kết thúc họp") CLOSED
    }

    static void record(EntityManager em, long meetingId, What what, long by, String byName, Instant at, Instant oldStart,
            Instant newStart, String reason) {
        HistoryEntity h = new HistoryEntity();
        h.meetingId = meetingId;
        h.what = what.name();
        h.byAccount = by;
        h.byName = byName;
        h.at = utc(at);
        h.oldStartsAt = oldStart == null ? null : utc(oldStart);
        h.newStartsAt = newStart == null ? null : utc(newStart);
        h.reason = reason;
        em.persist(h);
    }

    /** Replaces the meeting's materials by {@code refs} (already validated {@code type:id}), in order. */
    static void materials(EntityManager em, long meetingId, List<String> refs) {
        List<MaterialEntity> old = em.createQuery("SELECT m FROM MeetingMaterial m WHERE m.meetingId = :m ORDER BY m.pos",
                MaterialEntity.class).setParameter("m", meetingId).getResultList();
        for (int i = 0; i < Math.max(old.size(), refs.size()); i++) {
            if (i >= refs.size()) {
                em.createQuery("DELETE FROM MeetingReading r WHERE r.materialId = :x").setParameter("x", old.get(i).id).executeUpdate();
                em.remove(old.get(i));
            } else if (i < old.size()) {
                if (!old.get(i).ref.equals(refs.get(i))) {
                    em.createQuery("DELETE FROM MeetingReading r WHERE r.materialId = :x").setParameter("x", old.get(i).id)
                            .executeUpdate();
                    old.get(i).ref = refs.get(i);
                }
            } else {
                MaterialEntity m = new MaterialEntity();
                m.meetingId = meetingId;
                m.pos = i;
                m.ref = refs.get(i);
                em.persist(m);
            }
        }
    }
}
