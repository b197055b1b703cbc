package vn.sotay.study.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.content.ContentRef;
import vn.sotay.api.content.ContentService;
import vn.sotay.api.inbox.Inbox;
import vn.sotay.api.inbox.InboxMessage;
import vn.sotay.api.member.Eligibility;
import vn.sotay.api.member.Member;
import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.org.OrgType;
import vn.sotay.api.review.ReviewPolicy;
import vn.sotay.api.review.ReviewStatus;
import vn.sotay.study.internal.Lessons.Lesson;
import vn.sotay.study.internal.Lessons.Programme;
import vn.sotay.study.internal.ProgrammeViews.CellOverdue;
import vn.sotay.study.internal.ProgrammeViews.OrgCompletion;
import vn.sotay.study.internal.ProgrammeViews.ProgrammeCompletion;

/**
 * The rules of programmes and lessons. A programme is read by whoever may read content addressed to
 * its organisation and managed by SECRETARY or COMMITTEE over it; its lessons are drafted by EDITOR or
 * COMMITTEE over it and approved by a REVIEWER over it who did not write them (the shared review
 * workflow); members see approved lessons only, and record progress when their cell is in the subtree.
 * Completion counts the members counted in rates ({@link Eligibility#countsInRates}): exempt ones are out.
 */
@Component(service = ProgrammeDesk.class)
public class ProgrammeDesk {
    private static final Logger LOG = LoggerFactory.getLogger(ProgrammeDesk.class);
    static final Role[] DRAFTERS = {Role.EDITOR, Role.COMMITTEE};
    final StudyDesk desk;
    final ContentService content;
    final ReviewPolicy review;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile Inbox inbox;

    @Activate
    public ProgrammeDesk(@Reference StudyDesk desk, @Reference ContentService content, @Reference ReviewPolicy review) {
        this.desk = desk;
        this.content = content;
        this.review = review;
    }

    Programme programme(Caller c, long id) {
        return desk.store.programmes.find(id).filter(p -> desk.auth.canRead(c, p.orgId()))
                .orElseThrow(() -> ProblemException.notFound("Không tìm thấy chương trình học tập."));
    }

    boolean drafts(Caller c, long orgId) {
        return desk.auth.holds(c, orgId, DRAFTERS);
    }

    boolean staff(Caller c, long orgId) {
        return drafts(c, orgId) || desk.auth.holds(c, orgId, Role.REVIEWER);
    }

    /** The lesson and its programme: approved ones for its readers, every status for its drafters and reviewers. */
    Lesson lesson(Caller c, long id) {
        Lesson l = desk.store.programmes.lesson(id).orElseThrow(ProgrammeDesk::noLesson);
        Programme p = desk.store.programmes.find(l.programmeId()).orElseThrow(ProgrammeDesk::noLesson);
        if (!desk.auth.canRead(c, p.orgId()) || l.status() != ReviewStatus.APPROVED && !staff(c, p.orgId())) {
            throw noLesson();
        }
        return l;
    }

    /** What the caller sees of a lesson: references resolved for them, the key and edit flag by role, the files. */
    ProgrammeViews.LessonDetail view(Caller c, Lesson l, Lessons.Progress mine) {
        long org = programmeOf(l).orgId();
        return ProgrammeViews.lesson(l, refs(c, l), mine, staff(c, org), drafts(c, org),
                desk.store.lessonFiles.of(l.id()).stream().map(ProgrammeViews::file).toList());
    }

    Programme programmeOf(Lesson l) {
        return desk.store.programmes.find(l.programmeId()).orElseThrow(ProgrammeDesk::noLesson);
    }

    static ProblemException noLesson() {
        return ProblemException.notFound("Không tìm thấy bài học.");
    }

    List<vn.sotay.api.content.ResolvedContent> refs(Caller c, Lesson l) {
        return l.refs().isEmpty() ? List.of() : content.resolve(c, l.refs().stream().map(ContentRef::parse).toList());
    }

    /** Members counted in rates in the subtree, by id (one query per 500 cells). */
    Map<Long, Member> counted(OrgTree tree, long orgId) {
        List<Long> cells = tree.subtree(orgId).stream().filter(n -> n.type() == OrgType.CELL).map(OrgNode::id).toList();
        Map<Long, Member> out = new HashMap<>();
        desk.members.invitedIn(cells).stream().filter(m -> Eligibility.countsInRates(m.status())).forEach(m -> out.put(m.id(), m));
        return out;
    }

    ProgrammeCompletion completion(Programme p, OrgTree tree, Instant now) {
        List<Long> lessons = desk.store.programmes.lessons(p.id(), true).stream().map(Lesson::id).toList();
        Set<Long> done = desk.store.programmes.completedAll(p.id(), lessons);
        Map<Long, Member> counted = counted(tree, p.orgId());
        Map<Long, long[]> byCell = new HashMap<>();   // cell -> {expected, completed}
        counted.values().forEach(m -> {
            long[] x = byCell.computeIfAbsent(m.cellId(), k -> new long[2]);
            x[0]++;
            if (done.contains(m.id())) {
                x[1]++;
            }
        });
        List<OrgCompletion> children = tree.children(p.orgId()).stream().map(n -> org(tree, n, byCell)).toList();
        List<CellOverdue> cells = new ArrayList<>();
        byCell.forEach((cell, x) -> {
            if (x[0] > x[1]) {
                cells.add(new CellOverdue(cell, Views.name(tree, cell), x[0] - x[1]));
            }
        });
        cells.sort(Comparator.comparingLong(CellOverdue::notCompleted).reversed().thenComparingLong(CellOverdue::cellId));
        return new ProgrammeCompletion(p.id(), p.deadline(), now.isAfter(p.deadline()), lessons.size(),
                org(tree, tree.node(p.orgId()), byCell), children, cells.subList(0, Math.min(100, cells.size())));
    }

    private static OrgCompletion org(OrgTree tree, OrgNode n, Map<Long, long[]> byCell) {
        long expected = 0;
        long completed = 0;
        for (Map.Entry<Long, long[]> e : byCell.entrySet()) {
            if (tree.isWithin(e.getKey(), n.id())) {
                expected += e.getValue()[0];
                completed += e.getValue()[1];
            }
        }
        return new OrgCompletion(n.id(), n.name(), expected, completed,
                expected == 0 ? 0 : Math.round(1000.0 * completed / expected) / 10.0);
    }

    /** Tells the counted members who have not completed the programme; answers how many were told. */
    long remind(Caller c, Programme p, OrgTree tree) {
        List<Long> lessons = desk.store.programmes.lessons(p.id(), true).stream().map(Lesson::id).toList();
        Set<Long> done = desk.store.programmes.completedAll(p.id(), lessons);
        Collection<Long> due = counted(tree, p.orgId()).keySet().stream().filter(id -> !done.contains(id)).toList();
        Inbox i = inbox;
        if (i == null || due.isEmpty()) {
            return 0;
        }
        try {
            i.tellMembers(c, StudyModule.ID, due, new InboxMessage(cut("Nhắc học tập: " + p.title()),
                    "Hạn hoàn thành " + AttemptStore.CLOCK.format(p.deadline()) + "; đồng chí chưa hoàn thành chương trình.",
                    new ContentRef("study-programme", String.valueOf(p.id())), "Học tiếp", "/cms/#/study"));
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warn("Reminding the members of programme {} failed", p.id(), e);
            return 0;
        }
        return due.size();
    }

    private static String cut(String s) {
        return s.length() > 255 ? s.substring(0, 254) + "…" : s;
    }
}
