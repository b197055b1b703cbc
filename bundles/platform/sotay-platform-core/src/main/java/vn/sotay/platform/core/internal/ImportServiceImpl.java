package vn.sotay.platform.core.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.auth.AccessRules;
import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.audit.AuditService;
import vn.sotay.api.imports.ImportReport;
import vn.sotay.api.imports.ImportService;
import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.org.OrgType;
import vn.sotay.api.persistence.Sql;
import vn.sotay.platform.core.internal.entity.MemberEntity;
import vn.sotay.platform.core.internal.entity.OrgEntity;
import vn.sotay.platform.core.internal.imports.CsvTable;
import vn.sotay.platform.core.internal.imports.MemberImport;
import vn.sotay.platform.core.internal.imports.MemberRow;
import vn.sotay.platform.core.internal.imports.OrgImport;
import vn.sotay.platform.core.internal.imports.OrgRow;

/** All-or-nothing CSV import: validate every row, check authority, then upsert in one transaction. */
@Component
public class ImportServiceImpl implements ImportService {
    private final CoreDb db;
    private final OrgServiceImpl orgs;
    private final MemberServiceImpl members;
    private final AuditService audit;
    private final Sessions sessions;

    @Activate
    public ImportServiceImpl(@Reference CoreDb db, @Reference OrgServiceImpl orgs, @Reference MemberServiceImpl members,
            @Reference AuditService audit, @Reference Sessions sessions) {
        this.db = db;
        this.orgs = orgs;
        this.members = members;
        this.audit = audit;
        this.sessions = sessions;
    }

    @Override
    public ImportReport importOrganisations(Caller caller, InputStream csv) {
        OrgTree tree = orgs.tree();
        CsvTable table = CsvTable.parse(csv);
        List<OrgRow> rows = OrgImport.validate(table, tree::byCode);
        if (!caller.system()) {
            OrgImport.authorise(table, rows, tree::byCode, org -> AccessRules.holds(tree, caller, org, Role.ADMIN));
        }
        int[] counts = new int[3];
        write(() -> db.unit().write(em -> {
            java.util.Arrays.fill(counts, 0); // the unit may run this again after lock contention
            Map<String, OrgEntity> all = OrgServiceImpl.loadAll(em);
            List<OrgRow> creates = new ArrayList<>();
            List<OrgRow> updates = new ArrayList<>();
            for (OrgRow r : rows) {
                OrgEntity before = all.get(r.code());
                Long parentId = r.parentCode() == null || all.get(r.parentCode()) == null ? null : all.get(r.parentCode()).id;
                boolean same = before != null && before.name.equals(r.name()) && before.type.equals(r.type().name())
                        && Objects.equals(before.parentId, parentId);
                counts[before == null ? 0 : same ? 2 : 1]++;
                if (before == null) {
                    creates.add(r);
                } else if (!same) {
                    updates.add(r);
                }
            }
            create(em, all, creates);
            for (OrgRow r : updates) { // parents first; a move rewrites the paths of every descendant, new ones included
                OrgServiceImpl.upsert(em, all, r.code(), r.name(), r.type(), r.parentCode());
            }
            return null;
        }));
        orgs.reload();
        ImportReport report = new ImportReport(counts[0], counts[1], counts[2]);
        audit.record(caller, "org.import", "org", null, report.toString());
        return report;
    }

    /**
     * Inserts new nodes a level at a time: every node whose parent has an id is persisted, then one
     * flush gives them ids and their paths follow. One flush per level, not per node: each flush
     * looks at every entity of the unit, so a flush per node was O(n^2) (6,372 nodes took 70 s).
     */
    private static void create(EntityManager em, Map<String, OrgEntity> all, List<OrgRow> creates) {
        List<OrgRow> left = creates;
        while (!left.isEmpty()) {
            List<OrgRow> later = new ArrayList<>();
            List<OrgEntity> wave = new ArrayList<>();
            List<OrgEntity> parents = new ArrayList<>();
            for (OrgRow r : left) {
                OrgEntity parent = r.parentCode() == null ? null : all.get(r.parentCode());
                if (r.parentCode() != null && (parent == null || parent.id == null)) {
                    later.add(r);
                    continue;
                }
                OrgEntity o = new OrgEntity();
                o.code = r.code();
                o.name = r.name();
                o.type = r.type().name();
                o.parentId = parent == null ? null : parent.id;
                o.path = "/";
                em.persist(o);
                wave.add(o);
                parents.add(parent);
            }
            if (wave.isEmpty()) { // cannot happen after validation: every parent exists or is in the file
                throw new IllegalStateException("organisations without a parent: " + later);
            }
            em.flush();
            for (int i = 0; i < wave.size(); i++) {
                OrgEntity o = wave.get(i);
                o.path = (parents.get(i) == null ? "/" : parents.get(i).path) + o.id + "/";
            }
            wave.forEach(o -> all.put(o.code, o));
            left = later;
        }
    }

    @Override
    public ImportReport importMembers(Caller caller, InputStream csv) {
        OrgTree tree = orgs.tree();
        Map<String, Long> byPhone = new HashMap<>();
        Map<String, Long> byCard = new HashMap<>();
        Map<String, Long> cellByCard = new HashMap<>();
        db.unit().read(em -> {
            for (Object[] row : em.createQuery("SELECT m.id, m.phone, m.cardNumber, m.cellId FROM MemberEntity m",
                    Object[].class).getResultList()) {
                byPhone.put((String) row[1], (Long) row[0]);
                byCard.put((String) row[2], (Long) row[0]);
                cellByCard.put((String) row[2], (Long) row[3]);
            }
            return null;
        });
        CsvTable table = CsvTable.parse(csv);
        List<MemberRow> rows = MemberImport.validate(table, new MemberImport.Existing() {
            @Override public OrgNode orgByCode(String code) { return tree.byCode(code); }
            @Override public Long memberIdByPhone(String phone) { return byPhone.get(phone); }
            @Override public Long memberIdByCard(String card) { return byCard.get(card); }
        });
        if (!caller.system()) {
            MemberImport.authorise(table, rows, tree::byCode, cellByCard::get,
                    org -> AccessRules.holds(tree, caller, org, Role.ADMIN));
        }
        int[] counts = new int[3];
        write(() -> db.unit().write(em -> {
            java.util.Arrays.fill(counts, 0); // the unit may run this again after lock contention
            for (List<MemberRow> chunk : Sql.chunks(rows)) {
                // Members already recorded are found by primary key (their ids were read above), one
                // indexed look-up each: an IN list of a chunk's card numbers was a table scan in Derby
                // per chunk, O(n^2) over a province's file (see docs/performance.md, "The province data set").
                List<MemberEntity> fresh = new ArrayList<>();
                List<MemberEntity> renumbered = new ArrayList<>();
                for (MemberRow r : chunk) {
                    Long id = byCard.get(r.cardNumber());
                    MemberEntity m = id == null ? null : em.find(MemberEntity.class, id);
                    long cellId = tree.byCode(r.cellCode()).id();
                    if (m != null && same(m, r, cellId)) {
                        counts[2]++;
                        continue;
                    }
                    counts[m == null ? 0 : 1]++;
                    if (m == null) {
                        m = new MemberEntity();
                        m.cardNumber = r.cardNumber();
                        copy(m, r, cellId);
                        em.persist(m);
                        fresh.add(m);
                        continue;
                    }
                    if (!m.phone.equals(r.phone())) {
                        renumbered.add(m);
                    }
                    copy(m, r, cellId);
                }
                em.flush();
                LoginIdentifiers.replace(em, renumbered);
                LoginIdentifiers.add(em, fresh);
                em.flush();
                em.clear();
            }
            return null;
        }));
        members.invalidate();
        sessions.evictAll(); // cells and statuses may have changed: callers are rebuilt on their next request
        ImportReport report = new ImportReport(counts[0], counts[1], counts[2]);
        audit.record(caller, "member.import", "member", null, report.toString());
        return report;
    }

    private static boolean same(MemberEntity m, MemberRow r, long cellId) {
        return m.fullName.equals(r.fullName()) && Objects.equals(m.birthDate, r.birthDate())
                && Objects.equals(m.gender, r.gender() == null ? null : r.gender().name()) && m.phone.equals(r.phone())
                && Objects.equals(m.email, r.email()) && m.cellId == cellId && m.status.equals(r.status().name())
                && Objects.equals(m.joinedOn, r.joinedOn()) && Objects.equals(m.officialOn, r.officialOn());
    }

    private static void copy(MemberEntity m, MemberRow r, long cellId) {
        m.fullName = r.fullName();
        m.nameFolded = OrgType.fold(r.fullName());
        m.birthDate = r.birthDate();
        m.gender = r.gender() == null ? null : r.gender().name();
        m.phone = r.phone();
        m.email = r.email();
        m.cellId = cellId;
        m.status = r.status().name();
        m.joinedOn = r.joinedOn();
        m.officialOn = r.officialOn();
    }

    /** A constraint the validator could not foresee (phones swapped between two members) is a 409, not a 500. */
    private static void write(Runnable work) {
        try {
            work.run();
        } catch (PersistenceException e) {
            throw ProblemException.conflict("Không thể nhập: dữ liệu xung đột với dữ liệu hiện có ("
                    + rootMessage(e) + "). Không có dòng nào được nhập.");
        }
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
