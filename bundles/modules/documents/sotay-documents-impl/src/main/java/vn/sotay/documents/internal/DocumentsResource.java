package vn.sotay.documents.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import vn.sotay.api.Caller;
import vn.sotay.api.Cursors;
import vn.sotay.api.Page;
import vn.sotay.api.ProblemException;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.Description;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.SharedAnswer.Sharing;
import vn.sotay.api.rest.SharedAnswer;
import vn.sotay.api.rest.Summary;
import vn.sotay.api.rest.Urgency;
import vn.sotay.api.search.SearchHit;
import vn.sotay.api.search.SearchService;
import vn.sotay.documents.internal.Views.DocumentDetail;
import vn.sotay.documents.internal.Views.DocumentHit;
import vn.sotay.documents.internal.Views.DocumentItem;
import vn.sotay.spi.module.SotayModule;

/**
 * Reading the library ({@code /api/documents}): the list with its filters, search, one document, the
 * vocabulary. The other concerns have their own resources of the same module: bookmarks
 * ({@link DocumentBookmarksResource}), attachments ({@link DocumentAttachmentsResource}), the
 * review workflow ({@link DocumentWorkflowResource}), statistics ({@link DocumentStatsResource}),
 * status requests ({@link StatusRequestsResource}).
 */
@Component(service = DocumentsResource.class,
        property = {SotayModule.MODULE + "=" + DocumentsModule.ID, SotayModule.REST_RESOURCE + "=true"})
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsResource {
    private final DocumentActions docs;
    private final DocumentStore store;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile SearchService search;

    @Activate
    public DocumentsResource(@Reference DocumentActions docs) {
        this.docs = docs;
        this.store = docs.store;
    }

    @GET
    @SharedAnswer(value = Sharing.CALLER, dependsOn = "documents:document", seconds = 60)
    @OperationId("listDocuments")
    @Summary("Tài liệu đã ban hành mà tôi được xem, mới nhất trước; lọc theo loại (type), cấp (level), cơ quan "
            + "ban hành (issuer, ví dụ ĐUK), năm (year), hiệu lực (status), số ký hiệu (number); scope=cell: chỉ "
            + "tài liệu gửi tới chi bộ của tôi và các cấp trên; phân trang bằng con trỏ")
    public Page<DocumentItem> list(@Context SecurityContext sc,
            @Description(value = "Loại văn bản", values = DocType.class) @QueryParam("type") String type,
            @Description(value = "Cấp ban hành", values = DocLevel.class) @QueryParam("level") String level,
            @Description("Cơ quan ban hành, ví dụ ĐUK") @QueryParam("issuer") String issuer,
            @Description(value = "Năm ban hành", type = "integer", min = 1900, max = 2999) @QueryParam("year") String year,
            @Description(value = "Tình trạng hiệu lực", values = LegalStatus.class) @QueryParam("status") String status,
            @Description("Số ký hiệu, ví dụ 339-QĐ/TW") @QueryParam("number") String number,
            @Description(value = "cell: chỉ tài liệu gửi tới chi bộ của tôi và các cấp trên", values = Scope.class)
            @QueryParam("scope") String scope, @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Caller c = Callers.of(sc);
        Predicate<Doc> filter = DocumentQuery.filter(type, level, issuer, year, status, number);
        LongPredicate audience = Access.audiences(docs.auth.visibility(c), docs.orgs.tree(), DocumentQuery.cellOnly(scope));
        long[] after = DocumentQuery.after(cursor);
        int max = Cursors.limit(limit);
        Set<Long> marks = Set.copyOf(store.bookmarks(c.accountId()));
        List<DocumentItem> out = new ArrayList<>(max);
        Doc last = null;
        boolean more = false;
        for (Doc d : store.library().newestFirst()) {
            if (after != null && !DocumentQuery.before(d, after) || !audience.test(d.audienceOrgId()) || !filter.test(d)) {
                continue;
            }
            if (out.size() == max) {
                more = true;
                break;
            }
            out.add(Views.item(d, marks.contains(d.id()), false));
            last = d;
        }
        return new Page<>(out, more ? DocumentQuery.cursor(last) : null);
    }

    /** The values of {@code scope}. */
    enum Scope {
        cell
    }

    @GET
    @Path("search")
    @Urgency(Urgency.Level.DEFERRABLE)
    @OperationId("searchDocuments")
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
        for (SearchHit h : s.search(c, q, Set.of(DocumentsModule.CONTENT_TYPE), Cursors.limit(limit))) {
            Doc d = lib.byId().get(Long.parseLong(h.id()));
            if (d != null && docs.auth.canRead(c, d.audienceOrgId())) {
                out.add(new DocumentHit(Views.item(d, marks.contains(d.id()), false), h.snippet(), h.highlights()));
            }
        }
        return out;
    }

    @GET
    @Path("{id: \\d+}")
    @SharedAnswer(value = Sharing.CALLER, dependsOn = "documents:document:{id}", seconds = 60)
    @OperationId("getDocument")
    @Summary("Một tài liệu: thông tin, tệp đính kèm, văn bản liên quan hai chiều; với người quản lý thêm trạng "
            + "thái duyệt và lịch sử")
    public DocumentDetail get(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        Doc d = docs.visible(c, id);
        boolean manager = Access.manages(docs.auth, c, d);
        return Views.detail(d, docs.orgs.tree(), store.bookmarks(c.accountId()).contains(id), store.downloads(d), manager,
                manager ? store.history(id) : null, l -> Access.readable(docs.auth, c, l));
    }

    @GET
    @Path("vocabulary")
    @OperationId("getDocumentVocabulary")
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
}
