package vn.sotay.meetings.internal.minutes;

import static vn.sotay.api.persistence.Sql.instant;
import static vn.sotay.api.persistence.Sql.utc;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.ProblemException;
import vn.sotay.api.persistence.PersistenceUnit;
import vn.sotay.meetings.internal.MeetingsStore;
import vn.sotay.meetings.internal.minutes.entity.RatingEntity;

/** Ratings (MEETINGS_RATING): the cell's own until the committee above confirms it, then only the committee's. */
@Component(service = RatingStore.class)
public class RatingStore {
    private final PersistenceUnit unit;

    @Activate
    public RatingStore(@Reference MeetingsStore meetings) {
        this(meetings.unit());
    }

    RatingStore(PersistenceUnit unit) {
        this.unit = unit;
    }

    public Optional<Rating> find(long meetingId) {
        return unit.read(em -> Optional.ofNullable(em.find(RatingEntity.class, meetingId)).map(RatingStore::view));
    }

    /** The cell's rating, first or changed; 409 once the committee above confirmed it. */
    public Rating rate(long meetingId, long orgId, int monthKey, Grade grade, Map<String, Grade> criteria, String comment,
            long by, Instant now) {
        return unit.write(em -> {
            RatingEntity r = em.find(RatingEntity.class, meetingId);
            if (r == null) {
                r = new RatingEntity();
                r.meetingId = meetingId;
                r.orgId = orgId;
                r.monthKey = monthKey;
                em.persist(r);
            } else if (r.confirmedGrade != null) {
                throw ProblemException.conflict("Cấp ủy cấp trên đã xác nhận xếp loại: chi bộ không sửa được nữa.");
            }
            r.selfGrade = grade.name();
            r.criteria = criteria.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().name())
                    .collect(Collectors.joining(";"));
            r.selfComment = comment;
            r.ratedBy = by;
            r.ratedAt = utc(now);
            return view(r);
        });
    }

    /** The committee's confirmation or change (again allowed: the last one counts); 409 before the cell rated. */
    public Rating confirm(long meetingId, Grade grade, String comment, long by, Instant now) {
        return unit.write(em -> {
            RatingEntity r = em.find(RatingEntity.class, meetingId);
            if (r == null) {
                throw ProblemException.conflict("Chi bộ chưa tự xếp loại cuộc họp này.");
            }
            r.confirmedGrade = grade.name();
            r.confirmComment = comment;
            r.confirmedBy = by;
            r.confirmedAt = utc(now);
            return view(r);
        });
    }

    /** Ratings of meetings of months {@code from..to} (yyyymm), inside the caller's transaction. */
    List<Rating> inMonths(EntityManager em, int from, int to) {
        return em.createQuery("SELECT r FROM MeetingRating r WHERE r.monthKey BETWEEN :a AND :b ORDER BY r.meetingId",
                RatingEntity.class).setParameter("a", from).setParameter("b", to).getResultList().stream()
                .map(RatingStore::view).toList();
    }

    private static Rating view(RatingEntity r) {
        Map<String, Grade> criteria = new LinkedHashMap<>();
        if (r.criteria != null && !r.criteria.isEmpty()) {
            for (String kv : r.criteria.split(";")) {
                String[] p = kv.split("=", 2);
                criteria.put(p[0], Grade.valueOf(p[1]));
            }
        }
        return new Rating(r.meetingId, r.orgId, Grade.valueOf(r.selfGrade), criteria, r.selfComment, r.ratedBy,
                instant(r.ratedAt), r.confirmedGrade == null ? null : Grade.valueOf(r.confirmedGrade), r.confirmComment,
                r.confirmedBy, instant(r.confirmedAt));
    }
}
