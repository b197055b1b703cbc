package vn.sotay.platform.core.internal.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;

import vn.sotay.api.ProblemError;
import vn.sotay.api.ProblemException;
import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgType;

/** Validates an organisation CSV (Mã, Tên, Loại, Mã cấp trên) against itself and the current tree. */
public final class OrgImport {

    /** The current tree, as far as validation needs it. */
    public interface Existing {
        /** The node with this code, or {@code null}. */
        OrgNode byCode(String code);
    }

    static final Columns.Spec CODE = new Columns.Spec("Mã", true, "code", "Mã đơn vị");
    static final Columns.Spec NAME = new Columns.Spec("Tên", true, "name", "Tên đơn vị");
    static final Columns.Spec TYPE = new Columns.Spec("Loại", true, "type", "Loại đơn vị");
    static final Columns.Spec PARENT = new Columns.Spec("Mã cấp trên", true, "parent", "parent_code",
            "Mã đơn vị cấp trên");
    private static final List<Columns.Spec> SPECS = List.of(CODE, NAME, TYPE, PARENT);

    static final int MAX_CODE = 64;
    static final int MAX_NAME = 255;
    private static final Pattern CODE_CHARS = Pattern.compile("[A-Za-z0-9._-]+");

    private OrgImport() {
    }

    /**
     * Validates every row; throws {@link ProblemException#invalid(String, List)} listing all errors
     * (line, column header as written, Vietnamese reason); else returns the rows ordered parents
     * before children (file order otherwise).
     */
    public static List<OrgRow> validate(CsvTable table, Existing existing) {
        List<ProblemError> errors = new ArrayList<>();
        Columns cols = Columns.resolve(table, SPECS, errors);
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        String fCode = cols.field(CODE);
        String fName = cols.field(NAME);
        String fType = cols.field(TYPE);
        String fParent = cols.field(PARENT);

        Map<String, OrgRow> byCode = new LinkedHashMap<>();
        List<OrgRow> rows = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            if (!cols.fits(row, errors)) {
                continue;
            }
            int line = row.line();
            String code = cols.get(row, CODE);
            String name = cols.get(row, NAME);
            String typeText = cols.get(row, TYPE);
            String parent = cols.get(row, PARENT);
            boolean ok = true;

            if (code.isEmpty()) {
                errors.add(new ProblemError(line, fCode, "Thiếu mã đơn vị"));
                ok = false;
            } else if (code.length() > MAX_CODE) {
                errors.add(new ProblemError(line, fCode, "Mã đơn vị dài quá " + MAX_CODE + " ký tự"));
                ok = false;
            } else if (!CODE_CHARS.matcher(code).matches()) {
                errors.add(new ProblemError(line, fCode, "Mã đơn vị «" + code
                        + "» chỉ được gồm chữ cái không dấu, chữ số và các ký tự . - _"));
                ok = false;
            } else if (byCode.containsKey(code)) {
                errors.add(new ProblemError(line, fCode, "Mã đơn vị «" + code + "» bị trùng với dòng "
                        + byCode.get(code).line()));
                ok = false;
            }
            if (name.isEmpty()) {
                errors.add(new ProblemError(line, fName, "Thiếu tên đơn vị"));
            } else if (name.length() > MAX_NAME) {
                errors.add(new ProblemError(line, fName, "Tên đơn vị dài quá " + MAX_NAME + " ký tự"));
            }
            OrgType type = OrgType.parse(typeText);
            if (typeText.isEmpty()) {
                errors.add(new ProblemError(line, fType, "Thiếu loại đơn vị"));
            } else if (type == null) {
                errors.add(new ProblemError(line, fType, "Loại đơn vị «" + typeText
                        + "» không hợp lệ (Tỉnh ủy, Cấp huyện, Đảng bộ cơ sở, Đảng bộ bộ phận, Chi bộ)"));
            }
            if (type == OrgType.PROVINCE && !parent.isEmpty()) {
                errors.add(new ProblemError(line, fParent, "Tỉnh ủy là gốc của cây tổ chức, không có đơn vị cấp trên"));
            } else if (type != null && type != OrgType.PROVINCE && parent.isEmpty()) {
                errors.add(new ProblemError(line, fParent, "Thiếu mã cấp trên (chỉ Tỉnh ủy mới không có cấp trên)"));
            }
            OrgRow r = new OrgRow(line, code, name, type, parent.isEmpty() ? null : parent);
            if (ok) {
                byCode.put(code, r);
            }
            rows.add(r);
        }

        // Parents: in the file (which wins: it may change a node's type) or already in the tree.
        Map<String, OrgNode> known = new HashMap<>();
        for (OrgRow r : rows) {
            String p = r.parentCode();
            if (p == null || r.type() == OrgType.PROVINCE) {
                continue;
            }
            OrgType parentType;
            if (byCode.containsKey(p)) {
                parentType = byCode.get(p).type();
            } else {
                OrgNode node = known.computeIfAbsent(p, existing::byCode);
                if (node == null) {
                    errors.add(new ProblemError(r.line(), fParent, "Không tìm thấy đơn vị cấp trên có mã «" + p + "»"));
                    continue;
                }
                parentType = node.type();
            }
            if (parentType == OrgType.CELL) {
                errors.add(new ProblemError(r.line(), fParent,
                        "Đơn vị cấp trên «" + p + "» là chi bộ, không thể có đơn vị trực thuộc"));
            }
        }
        cycles(byCode, existing, known, fParent, errors);

        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        return parentsFirst(byCode);
    }

    /**
     * Who may apply the rows. Over REST an administrator acts only inside their ADMIN subtrees,
     * before and after every row: a node that exists must be inside one now (its code, name and type
     * are someone else's otherwise); a new or moved node must go under a parent inside one (a parent
     * the file itself places is checked on its own row); and no row may make a root, so nobody cuts
     * a subtree out of the province (the root is created from the Karaf shell). Throws 403 naming
     * every refused row (line, column, reason); nothing is imported then.
     *
     * @param adminAt whether the importer holds ADMIN at an organisation node (or above it)
     */
    public static void authorise(CsvTable table, List<OrgRow> rows, Existing existing, LongPredicate adminAt) {
        Columns cols = Columns.resolve(table, SPECS, new ArrayList<>());
        Set<String> inFile = new HashSet<>();
        rows.forEach(r -> inFile.add(r.code()));
        List<ProblemError> errors = new ArrayList<>();
        for (OrgRow r : rows) {
            OrgNode node = existing.byCode(r.code());
            if (node != null && !adminAt.test(node.id())) {
                errors.add(new ProblemError(r.line(), cols.field(CODE), "Đơn vị «" + r.code()
                        + "» nằm ngoài phạm vi quản trị của bạn"));
            } else if (r.parentCode() == null) {
                if (node == null || node.parentId() != null) {
                    errors.add(new ProblemError(r.line(), cols.field(PARENT), "Chỉ quản trị hệ thống (dòng lệnh Karaf) "
                            + "mới tạo được đơn vị gốc; mỗi đơn vị nhập qua hệ thống phải có đơn vị cấp trên"));
                }
            } else if (!inFile.contains(r.parentCode())) {
                OrgNode parent = existing.byCode(r.parentCode());
                boolean moved = node == null || !Long.valueOf(parent.id()).equals(node.parentId());
                if (moved && !adminAt.test(parent.id())) {
                    errors.add(new ProblemError(r.line(), cols.field(PARENT), "Đơn vị cấp trên «" + r.parentCode()
                            + "» nằm ngoài phạm vi quản trị của bạn"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.forbidden(errors);
        }
    }

    /**
     * Reports every row on a cycle. A node's next file node up is its parent when the parent is in
     * the file, else the nearest ancestor of the existing parent that the file moves (found through
     * the existing parent's materialised path), so moves under one's own descendants are caught.
     */
    private static void cycles(Map<String, OrgRow> byCode, Existing existing, Map<String, OrgNode> known,
            String fParent, List<ProblemError> errors) {
        Map<Long, String> fileIds = new HashMap<>();
        for (String code : byCode.keySet()) {
            OrgNode n = known.computeIfAbsent(code, existing::byCode);
            if (n != null) {
                fileIds.put(n.id(), code);
            }
        }
        Map<String, String> up = new HashMap<>();
        for (OrgRow r : byCode.values()) {
            String p = r.parentCode();
            if (p == null || r.type() == OrgType.PROVINCE) {
                continue;
            }
            if (byCode.containsKey(p)) {
                up.put(r.code(), p);
                continue;
            }
            OrgNode parent = known.get(p);
            if (parent == null || parent.path() == null || fileIds.isEmpty()) {
                continue;
            }
            String[] ids = parent.path().split("/");
            for (int i = ids.length - 1; i >= 0; i--) {
                if (ids[i].isEmpty()) {
                    continue;
                }
                String moved = fileIds.get(Long.parseLong(ids[i]));
                if (moved != null) {
                    up.put(r.code(), moved);
                    break;
                }
            }
        }
        Set<String> onCycle = new HashSet<>();
        Set<String> done = new HashSet<>();
        for (String start : byCode.keySet()) {
            List<String> chain = new ArrayList<>();
            Set<String> inChain = new HashSet<>();
            String cur = start;
            while (cur != null && !done.contains(cur) && inChain.add(cur)) {
                chain.add(cur);
                cur = up.get(cur);
            }
            if (cur != null && inChain.contains(cur)) {
                onCycle.addAll(chain.subList(chain.indexOf(cur), chain.size()));
            }
            done.addAll(chain);
        }
        for (OrgRow r : byCode.values()) {
            if (onCycle.contains(r.code())) {
                errors.add(new ProblemError(r.line(), fParent, "Mã cấp trên «" + r.parentCode()
                        + "» tạo thành vòng lặp: đơn vị «" + r.code() + "» sẽ nằm dưới chính nó"));
            }
        }
    }

    /** Depth-first from each row in file order, emitting a row's file parent before it. */
    private static List<OrgRow> parentsFirst(Map<String, OrgRow> byCode) {
        List<OrgRow> out = new ArrayList<>(byCode.size());
        Set<String> emitted = new HashSet<>();
        for (OrgRow r : byCode.values()) {
            List<OrgRow> chain = new ArrayList<>();
            OrgRow cur = r;
            while (cur != null && !emitted.contains(cur.code())) {
                chain.add(cur);
                cur = cur.parentCode() == null ? null : byCode.get(cur.parentCode());
            }
            for (int i = chain.size() - 1; i >= 0; i--) {
                emitted.add(chain.get(i).code());
                out.add(chain.get(i));
            }
        }
        return out;
    }
}
