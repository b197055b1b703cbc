package vn.sotay.documents.internal;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import vn.sotay.api.Caller;
import vn.sotay.api.Cursors;
import vn.sotay.api.Page;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.audit.AuditService;
import vn.sotay.api.auth.AuthorizationService;
import vn.sotay.api.files.FileInspector;
import vn.sotay.api.files.FileKind;
import vn.sotay.api.files.InspectedFile;
import vn.sotay.api.org.OrgService;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.Summary;
import vn.sotay.api.review.ReviewAction;
import vn.sotay.api.review.ReviewPolicy;
import vn.sotay.api.review.ReviewStatus;
import vn.sotay.api.search.SearchHit;
import vn.sotay.api.search.SearchService;
import vn.sotay.documents.internal.DocumentStore.Library;
import vn.sotay.documents.internal.DocumentValidation.Valid;
import vn.sotay.documents.internal.Views.AttachmentView;
import vn.sotay.documents.internal.Views.DocumentDetail;
import vn.sotay.documents.internal.Views.DocumentHit;
import vn.sotay.documents.internal.Views.DocumentItem;
import vn.sotay.spi.module.SotayModule;

/** REST endpoints of the documents module, published by the core under {@code /api/documents}. */
@Component(service = DocumentsResource.class,
        property = {SotayModule.MODULE + "=" + DocumentsModule.ID, SotayModule.REST_RESOURCE + "=true"})
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DocumentsResource {
    static final Set<FileKind> ACCEPTED = Set.of(FileKind.PDF, FileKind.DOCX, FileKind.PNG, FileKind.JPEG);

    private final DocumentStore store;
    private final AttachmentFiles files;
    private final FileInspector inspector;
    private final OrgService orgs;
    private final AuthorizationService auth;
    private final AuditService audit;
    private final ReviewPolicy review;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile SearchService search;

    @Activate
    public DocumentsResource(@Reference DocumentStore store,
            @Reference AttachmentFiles files, @Reference FileInspector inspector, @Reference OrgService orgs,
            @Reference AuthorizationService auth, @Reference AuditService audit, @Reference ReviewPolicy review) {
        this.store = store;
        this.review = review;
        this.files = files;
        this.inspector = inspector;
        this.orgs = orgs;
        this.auth = auth;
        this.audit = audit;
    }

    // ---------------------------------------------------------------------------------------------
    // reading

    @GET
    @Summary("Tài liệu đã ban hành mà tôi được xem, mới nhất trước; lọc theo loại (type), cấp (level), cơ quan "
            + "ban hành (issuer, ví dụ ĐUK), năm (year), hiệu lực (status), số ký hiệu (number); scope=cell: chỉ "
            + "tài liệu gửi tới chi bộ của tôi và các cấp trên; phân trang bằng con trỏ")
    public Page<DocumentItem> list(@Context SecurityContext sc, @QueryParam("type") String type,
            @QueryParam("level") String level, @QueryParam("issuer") String issuer, @QueryParam("year") String year,
            @QueryParam("status") String status, @QueryParam("number") String number,
            @QueryParam("scope") String scope, @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Caller c = Callers.of(sc);
        Predicate<Doc> filter = filter(type, level, issuer, year, status, number);
        boolean cellOnly = scope != null && !scope.isBlank();
        if (cellOnly && !"cell".equals(scope.strip())) {
            throw ProblemException.invalid("scope", "Phạm vi chỉ nhận giá trị «cell».");
        }
        LongPredicate audience = Access.audiences(auth.visibility(c), orgs.tree(), cellOnly);
        long[] after = after(cursor);
        int max = Cursors.limit(limit);
        Set<Long> marks = Set.copyOf(store.bookmarks(c.accountId()));
        List<DocumentItem> out = new ArrayList<>(max);
        Doc last = null;
        boolean more = false;
        for (Doc d : store.library().newestFirst()) {
            if (after != null && !before(d, after) || !audience.test(d.audienceOrgId()) || !filter.test(d)) {
                continue;
            }
            if (out.size() == max) {
                more = true;
                break;
            }
            out.add(Views.item(d, marks.contains(d.id()), false));
            last = d;
        }
        return new Page<>(out, more ? "k" + last.issuedOn().toEpochDay() + "." + last.id() : null);
    }

    @GET
    @Path("search")
    @Summary("Tìm tài liệu theo số ký hiệu (339 QD/TW, so 619-BC/DUK...) hoặc theo nội dung, kể cả nội dung tệp "
            + "PDF/DOCX đính kèm; kết quả có đoạn trích và vị trí các từ khớp (highlights)")
    public List<DocumentHit> search(@Context SecurityContext sc, @QueryParam("q") String q,
            @QueryParam("limit") String limit) {
        Caller c = Callers.of(sc);
        SearchService s = search;
        if (s == null) {
            throw new ProblemException(503, "unavailable", "Tạm thời chưa tìm kiếm được",
                    "Dịch vụ tìm kiếm đang khởi động lại, vui lòng thử lại sau ít phút.", null);
        }
        Library lib = store.library();
        Set<Long> marks = Set.copyOf(store.bookmarks(c.accountId()));
        List<DocumentHit> out = new ArrayList<>();
        for (SearchHit h : s.search(c, q, Set.of(DocumentIndexer.TYPE), Cursors.limit(limit))) {
            Doc d = lib.byId().get(Long.parseLong(h.id()));
            if (d != null && auth.canRead(c, d.audienceOrgId())) {
                out.add(new DocumentHit(Views.item(d, marks.contains(d.id()), false), h.snippet(), h.highlights()));
            }
        }
        return out;
    }

    @GET
    @Path("{id: \\d+}")
    @Summary("Một tài liệu: thông tin, tệp đính kèm, văn bản liên quan hai chiều; với người quản lý thêm trạng "
            + "thái duyệt và lịch sử")
    public DocumentDetail get(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        Doc d = visible(c, id);
        boolean manager = Access.manages(auth, c, d);
        return Views.detail(d, orgs.tree(), store.bookmarks(c.accountId()).contains(id), store.downloads(d), manager,
                manager ? store.history(id) : null, l -> Access.readable(auth, c, l));
    }

    @GET
    @Path("{id: \\d+}/attachments/{aid: \\d+}")
    @Produces(MediaType.WILDCARD)
    @Summary("Tải tệp đính kèm, với đúng kiểu và tên tệp")
    public Response download(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("aid") long aid) {
        Caller c = Callers.of(sc);
        Doc d = visible(c, id);
        Doc.Attachment a = d.attachments().stream().filter(x -> x.id() == aid).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Không tìm thấy tệp đính kèm."));
        java.nio.file.Path file = files.bytes(a.sha256())
                .orElseThrow(() -> ProblemException.notFound("Tệp đính kèm không còn trên máy chủ."));
        if (d.published()) {
            store.countDownload(id, c.cellId() != null ? c.cellId() : d.audienceOrgId(), LocalDate.now(Access.ZONE));
        }
        return Response.ok(file.toFile(), a.kind().mediaType())
                .header("Content-Disposition", disposition(a.fileName()))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @GET
    @Path("bookmarks")
    @Summary("Tài liệu tôi đã lưu để xem sau, mới lưu trước")
    public Page<DocumentItem> bookmarks(@Context SecurityContext sc, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        Caller c = Callers.of(sc);
        int offset = Cursors.offset(cursor);
        int max = Cursors.limit(limit);
        Library lib = store.library();
        List<DocumentItem> all = store.bookmarks(c.accountId()).stream().map(lib.byId()::get)
                .filter(d -> d != null && auth.canRead(c, d.audienceOrgId())).skip(offset).limit(max + 1L)
                .map(d -> Views.item(d, true, false)).toList();
        return Page.ofOffset(all, offset, max);
    }

    @PUT
    @Path("{id: \\d+}/bookmark")
    @Summary("Lưu tài liệu để xem sau")
    public Response bookmark(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        Doc d = visible(c, id);
        if (!d.published()) {
            throw ProblemException.conflict("Chỉ lưu được tài liệu đã ban hành.");
        }
        return store.bookmark(c.accountId(), id, Instant.now()) ? Response.status(201).build() : Response.noContent().build();
    }

    @DELETE
    @Path("{id: \\d+}/bookmark")
    @Summary("Bỏ lưu tài liệu")
    public Response unbookmark(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        store.unbookmark(c.accountId(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("vocabulary")
    @Summary("Các loại văn bản, cấp ban hành, tình trạng hiệu lực và quan hệ, với nhãn tiếng Việt")
    public Map<String, Map<String, String>> vocabulary(@Context SecurityContext sc) {
        Callers.of(sc);
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        for (DocType t : DocType.values()) {
            types.put(t.name(), t.code + " — " + t.label);
        }
        out.put("types", types);
        Map<String, String> levels = new LinkedHashMap<>();
        for (DocLevel l : DocLevel.values()) {
            levels.put(l.name(), l.label);
        }
        out.put("levels", levels);
        Map<String, String> statuses = new LinkedHashMap<>();
        for (LegalStatus s : LegalStatus.values()) {
            statuses.put(s.name(), s.label);
        }
        out.put("statuses", statuses);
        Map<String, String> kinds = new LinkedHashMap<>();
        for (RelationKind k : RelationKind.values()) {
            kinds.put(k.name(), k.label);
        }
        out.put("relations", kinds);
        return out;
    }

    /** Per level for {@code GET /stats}: documents posted in the period and since the start, downloads. */
    public record Stats(long orgId, LocalDate from, LocalDate to, Map<String, Long> postedByLevel, long posted,
            Map<String, Long> postedByLevelTotal, long postedTotal, long downloads) {
    }

    @GET
    @Path("stats")
    @Summary("Thống kê tài liệu của một tổ chức: số tài liệu đăng trong kỳ và lũy kế theo cấp, lượt tải "
            + "(bí thư, cấp ủy, quản trị); kỳ mặc định là tháng này")
    public Stats stats(@Context SecurityContext sc, @QueryParam("org") Long org, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Caller c = Callers.of(sc);
        OrgTree tree = orgs.tree();
        if (org == null && tree.roots().isEmpty()) {
            throw ProblemException.notFound("Chưa có cây tổ chức.");
        }
        long orgId = org == null ? tree.roots().get(0).id() : org;
        if (tree.node(orgId) == null) {
            throw ProblemException.invalid("org", "Tổ chức không tồn tại.");
        }
        auth.require(c, orgId, Role.SECRETARY, Role.COMMITTEE, Role.ADMIN);
        LocalDate today = LocalDate.now(Access.ZONE);
        LocalDate f = date("from", from, today.withDayOfMonth(1));
        LocalDate t = date("to", to, f.plusMonths(1));
        if (!t.isAfter(f)) {
            throw ProblemException.invalid("to", "Ngày kết thúc phải sau ngày bắt đầu.");
        }
        Map<String, Long> period = byLevel(tree, orgId, store.publishedBy(f.atStartOfDay(Access.ZONE).toInstant(),
                t.atStartOfDay(Access.ZONE).toInstant()));
        Map<String, Long> total = byLevel(tree, orgId, store.publishedBy(Instant.EPOCH,
                t.atStartOfDay(Access.ZONE).toInstant()));
        long downloads = store.downloadsByOrg(f, t).entrySet().stream()
                .filter(e -> tree.isWithin(e.getKey(), orgId)).mapToLong(Map.Entry::getValue).sum();
        return new Stats(orgId, f, t, period, period.values().stream().mapToLong(Long::longValue).sum(), total,
                total.values().stream().mapToLong(Long::longValue).sum(), downloads);
    }

    private static Map<String, Long> byLevel(OrgTree tree, long orgId, List<Object[]> rows) {
        Map<DocLevel, Long> m = new EnumMap<>(DocLevel.class);
        for (DocLevel l : DocLevel.values()) {
            m.put(l, 0L);
        }
        for (Object[] r : rows) {
            if (tree.isWithin(((Number) r[0]).longValue(), orgId)) {
                m.merge(DocLevel.valueOf((String) r[1]), ((Number) r[2]).longValue(), Long::sum);
            }
        }
        Map<String, Long> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k.name(), v));
        return out;
    }

    // ---------------------------------------------------------------------------------------------
    // the review workflow (vn.sotay.api.review, shared with news)

    @GET
    @Path("desk")
    @Summary("Bàn biên tập: tài liệu nháp, bị trả lại hoặc chờ duyệt trong phạm vi tôi biên tập")
    public List<DocumentItem> desk(@Context SecurityContext sc) {
        return queue(Callers.of(sc), Set.of(ReviewStatus.DRAFT, ReviewStatus.RETURNED, ReviewStatus.SUBMITTED), Access.DRAFTERS);
    }

    @GET
    @Path("review")
    @Summary("Hàng chờ duyệt: tài liệu đã gửi duyệt trong phạm vi tôi được duyệt")
    public List<DocumentItem> review(@Context SecurityContext sc) {
        return queue(Callers.of(sc), Set.of(ReviewStatus.SUBMITTED), Role.REVIEWER);
    }

    private List<DocumentItem> queue(Caller c, Set<ReviewStatus> statuses, Role... roles) {
        return store.queue(statuses).stream().filter(d -> auth.holds(c, d.ownerOrgId(), roles)).limit(Cursors.MAX_LIMIT)
                .map(d -> Views.item(d, false, true)).toList();
    }

    @POST
    @Summary("Tạo bản nháp tài liệu (biên tập viên tại hoặc trên cấp ủy ban hành, cấp ủy đó, hoặc bí thư chi bộ cho chi bộ mình)")
    public Response create(@Context SecurityContext sc, @Context UriInfo uri, DocumentRequest request) {
        DocumentDetail d = create(Callers.of(sc), request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(d.id())).build()).entity(d).build();
    }

    /** Validates, authorises, stores and audits a new draft. */
    DocumentDetail create(Caller c, DocumentRequest request) {
        Valid v = valid(c, request, null);
        auth.require(c, v.ownerOrgId(), Access.DRAFTERS);
        unclassified(c, null, () -> inspector.requireUnclassifiedTitle("title", v.title()));
        Doc d = store.insert(v, c, Instant.now());
        audit.record(c, ReviewAction.DRAFT.audit(DocumentsModule.ID), "document", String.valueOf(d.id()), d.number());
        return Views.detail(d, orgs.tree(), false, 0, true, store.history(d.id()), l -> Access.readable(auth, c, l));
    }

    @PUT
    @Path("{id: \\d+}")
    @Summary("Sửa tài liệu (khi là bản nháp hoặc bị trả lại)")
    public DocumentDetail update(@Context SecurityContext sc, @PathParam("id") long id, DocumentRequest request) {
        Caller c = Callers.of(sc);
        Doc d = target(c, id, Access.DRAFTERS);
        ReviewAction.UPDATE.apply(d.reviewStatus(), DocumentStore.NOUN); // 409 before any 400
        Valid v = valid(c, request, id);
        if (v.ownerOrgId() != d.ownerOrgId()) {
            auth.require(c, v.ownerOrgId(), Access.DRAFTERS);
        }
        unclassified(c, id, () -> inspector.requireUnclassifiedTitle("title", v.title()));
        return step(c, id, ReviewAction.UPDATE, null, DocumentStore.update(v, Instant.now()));
    }

    @POST
    @Path("{id: \\d+}/submit")
    @Summary("Gửi tài liệu lên để duyệt")
    public DocumentDetail submit(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        target(c, id, Access.DRAFTERS);
        return step(c, id, ReviewAction.SUBMIT, null, (em, e) -> { });
    }

    /** A reviewer's comment. */
    public record CommentRequest(String comment) {
    }

    @POST
    @Path("{id: \\d+}/return")
    @Summary("Trả lại tài liệu kèm ý kiến")
    public DocumentDetail sendBack(@Context SecurityContext sc, @PathParam("id") long id, CommentRequest body) {
        Caller c = Callers.of(sc);
        target(c, id, ReviewAction.RETURN.role());
        return step(c, id, ReviewAction.RETURN, DocumentValidation.comment(body == null ? null : body.comment()),
                (em, e) -> { });
    }

    @POST
    @Path("{id: \\d+}/approve")
    @Summary("Duyệt và ban hành tài liệu; văn bản bị thay thế/sửa đổi được cập nhật tình trạng hiệu lực")
    public DocumentDetail approve(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        target(c, id, ReviewAction.APPROVE.role());
        review.requireIndependentReviewer(c, store.authors(id), DocumentsModule.ID, "document", String.valueOf(id));
        return step(c, id, ReviewAction.APPROVE, null, // the store publishes the related documents' changes too
                DocumentStore.approval(c, Instant.now(), owner -> auth.holds(c, owner, Role.REVIEWER)));
    }

    @POST
    @Path("{id: \\d+}/archive")
    @Summary("Gỡ tài liệu đã ban hành (lưu trữ)")
    public DocumentDetail archive(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        target(c, id, ReviewAction.ARCHIVE.role());
        return step(c, id, ReviewAction.ARCHIVE, null, (em, e) -> { });
    }

    /** A new legal status. */
    public record StatusRequest(String status) {
    }

    @POST
    @Path("{id: \\d+}/legal-status")
    @Summary("Cập nhật tình trạng hiệu lực (người duyệt), ví dụ EXPIRED khi văn bản hết hiệu lực")
    public DocumentDetail legalStatus(@Context SecurityContext sc, @PathParam("id") long id, StatusRequest body) {
        Caller c = Callers.of(sc);
        target(c, id, Role.REVIEWER);
        LegalStatus s = LegalStatus.parse(body == null ? null : body.status());
        if (s == null) {
            throw ProblemException.invalid("status", "Tình trạng hiệu lực phải là IN_FORCE, AMENDED, REPLACED hoặc EXPIRED.");
        }
        Doc d = store.legalStatus(id, s, c, Instant.now());
        audit.record(c, DocumentsModule.ID + ".status", "document", String.valueOf(id), s.name());
        return Views.detail(d, orgs.tree(), false, store.downloads(d), true, store.history(id),
                l -> Access.readable(auth, c, l));
    }

    @POST
    @Path("{id: \\d+}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Summary("Đính kèm tệp PDF, DOCX, PNG hoặc JPEG (tối đa 20 MB): thân yêu cầu là nội dung tệp, name= là tên "
            + "tệp; tệp được kiểm tra theo nội dung và nội dung chữ được đưa vào tìm kiếm")
    public Response attach(@Context SecurityContext sc, @Context UriInfo uri, @PathParam("id") long id,
            @QueryParam("name") String name, InputStream body) {
        AttachmentView v = attach(Callers.of(sc), id, name, body);
        return Response.created(uri.getBaseUriBuilder().path(v.url().substring("/api/".length())).build()).entity(v)
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Streams the upload to a temporary file, inspects it, and only then stores and attaches it. */
    AttachmentView attach(Caller c, long id, String name, InputStream body) {
        Doc d = target(c, id, Access.DRAFTERS);
        ReviewAction.UPDATE.apply(d.reviewStatus(), DocumentStore.NOUN);
        String fileName = fileName(name);
        java.nio.file.Path tmp = files.receive(body, AttachmentFiles.MAX_BYTES);
        Doc.Attachment a;
        try {
            InspectedFile f = unclassified(c, id, () -> inspector.inspect(fileName, tmp, ACCEPTED, AttachmentFiles.MAX_BYTES));
            files.keep(tmp, f);
            a = store.attach(id, fileName, f, c, Instant.now());
        } finally {
            files.discard(tmp);
        }
        audit.record(c, DocumentsModule.ID + ".attach", "document", String.valueOf(id), fileName);
        return new AttachmentView(a.id(), a.fileName(), a.kind().mediaType(), a.size(), a.pages(),
                "/api/documents/" + id + "/attachments/" + a.id());
    }

    @DELETE
    @Path("{id: \\d+}/attachments/{aid: \\d+}")
    @Summary("Gỡ tệp đính kèm (khi là bản nháp hoặc bị trả lại)")
    public Response detach(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("aid") long aid) {
        Caller c = Callers.of(sc);
        target(c, id, Access.DRAFTERS);
        store.detach(id, aid, c, Instant.now());
        audit.record(c, DocumentsModule.ID + ".detach", "document", String.valueOf(id), String.valueOf(aid));
        return Response.noContent().build();
    }

    // ---------------------------------------------------------------------------------------------

    private DocumentDetail step(Caller c, long id, ReviewAction action, String note,
            java.util.function.BiConsumer<javax.persistence.EntityManager, vn.sotay.documents.internal.entity.DocumentEntity> change) {
        Doc d = store.save(id, action, c, Instant.now(), note, change);
        audit.record(c, action.audit(DocumentsModule.ID), "document", String.valueOf(id), note == null ? d.number() : note);
        return Views.detail(d, orgs.tree(), false, store.downloads(d), true, store.history(id),
                l -> Access.readable(auth, c, l));
    }

    /**
     * Runs a check of the classification guard (a state-secret mark in a title or in a file's
     * heading: docs/security.md); a refusal is audited, then answered (400, type classified).
     */
    private <T> T unclassified(Caller c, Long id, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (ProblemException e) {
            if (FileInspector.CLASSIFIED.equals(e.type())) {
                audit.record(c, DocumentsModule.ID + ".classified-refused", "document", id == null ? null : String.valueOf(id),
                        e.detail());
            }
            throw e;
        }
    }

    private void unclassified(Caller c, Long id, Runnable check) {
        unclassified(c, id, () -> {
            check.run();
            return null;
        });
    }

    /** A request validated; relations may name only published documents the caller reads. */
    private Valid valid(Caller c, DocumentRequest r, Long self) {
        Library lib = store.library();
        return DocumentValidation.check(r, orgs.tree(), store::idsByNumber, id -> {
            Doc d = lib.byId().get(id);
            return d != null && auth.canRead(c, d.audienceOrgId());
        }, self, LocalDate.now(Access.ZONE));
    }

    /** The document if the caller may read it now, else 404 (drafts and other districts' documents stay invisible). */
    private Doc visible(Caller c, long id) {
        Doc d = store.library().byId().get(id);
        if (d == null) {
            d = store.find(id).orElseThrow(DocumentsResource::notFound);
        }
        if (!Access.readable(auth, c, d)) {
            throw notFound();
        }
        return d;
    }

    /**
     * The document the caller acts on with {@code role} over its owner: 404 if the caller may not read
     * it (the same answer as for no document: no existence oracle), 403 if only readable.
     */
    private Doc target(Caller c, long id, Role... roles) {
        Doc d = store.find(id).orElseThrow(DocumentsResource::notFound);
        if (!auth.holds(c, d.ownerOrgId(), roles)) {
            if (Access.readable(auth, c, d)) {
                throw ProblemException.forbidden("Tài liệu nằm ngoài phạm vi bạn được "
                        + (roles.length == 1 && roles[0] == Role.REVIEWER ? "duyệt." : "biên tập."));
            }
            throw notFound();
        }
        return d;
    }

    private static Predicate<Doc> filter(String type, String level, String issuer, String year, String status,
            String number) {
        Predicate<Doc> p = d -> true;
        if (present(type)) {
            DocType t = DocType.parse(type);
            if (t == null) {
                throw ProblemException.invalid("type", "Loại văn bản «" + type.strip() + "» không có.");
            }
            p = p.and(d -> d.type() == t);
        }
        if (present(level)) {
            DocLevel l = DocLevel.parse(level);
            if (l == null) {
                throw ProblemException.invalid("level", "Cấp ban hành phải là CENTRAL, PROVINCE, DISTRICT hoặc GRASSROOTS.");
            }
            p = p.and(d -> d.level() == l);
        }
        if (present(issuer)) {
            String k = DocumentNumber.key(issuer);
            p = p.and(d -> d.issuerKey().equals(k));
        }
        if (present(year)) {
            int y;
            try {
                y = Integer.parseInt(year.strip());
            } catch (NumberFormatException e) {
                throw ProblemException.invalid("year", "Năm ban hành phải là một số, ví dụ 2025.");
            }
            p = p.and(d -> d.issuedOn().getYear() == y);
        }
        if (present(status)) {
            LegalStatus s = LegalStatus.parse(status);
            if (s == null) {
                throw ProblemException.invalid("status", "Tình trạng hiệu lực phải là IN_FORCE, AMENDED, REPLACED hoặc EXPIRED.");
            }
            p = p.and(d -> d.legalStatus() == s);
        }
        if (present(number)) {
            String k = DocumentNumber.parse(number).map(DocumentNumber::key).orElse(DocumentNumber.key(number));
            p = p.and(d -> d.numberKey().equals(k));
        }
        return p;
    }

    /** Keyset cursor {@code k<epochDay>.<id>}: the last item of the previous page. */
    private static long[] after(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            if (cursor.charAt(0) == 'k') {
                int dot = cursor.indexOf('.');
                return new long[] {Long.parseLong(cursor.substring(1, dot)), Long.parseLong(cursor.substring(dot + 1))};
            }
        } catch (RuntimeException e) {
            // fall through
        }
        throw ProblemException.invalid("cursor", "Con trỏ phân trang không hợp lệ");
    }

    /** True when {@code d} comes after the cursor in newest-first order. */
    private static boolean before(Doc d, long[] after) {
        long day = d.issuedOn().toEpochDay();
        return day < after[0] || day == after[0] && d.id() < after[1];
    }

    private static LocalDate date(String field, String raw, LocalDate fallback) {
        if (!present(raw)) {
            return fallback;
        }
        try {
            LocalDate d = LocalDate.parse(raw.strip());
            if (d.getYear() >= 1900 && d.getYear() < 3000) {
                return d;
            }
        } catch (DateTimeParseException e) {
            // below
        }
        throw ProblemException.invalid(field, "Ngày phải có dạng năm-tháng-ngày từ năm 1900 đến năm 2999, ví dụ 2025-03-01.");
    }

    /** The uploaded file's name: required, no path, at most 255 characters. */
    static String fileName(String raw) {
        String n = raw == null ? "" : java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFC).strip();
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1).replaceAll("[\\p{Cntrl}\"]", "");
        if (n.isEmpty()) {
            throw ProblemException.invalid("name", "Thiếu tên tệp (tham số name), ví dụ name=nghi-quyet.pdf.");
        }
        if (n.length() > 255) {
            throw ProblemException.invalid("name", "Tên tệp không được dài quá 255 ký tự.");
        }
        return n;
    }

    /** RFC 6266: an ASCII fallback and the UTF-8 name ({@code Nghị quyết 04.pdf} survives). */
    static String disposition(String fileName) {
        String ascii = DocumentNumber.fold(fileName).replaceAll("[^A-Za-z0-9._-]+", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }


    private static ProblemException notFound() {
        return ProblemException.notFound("Không tìm thấy tài liệu.");
    }
}
