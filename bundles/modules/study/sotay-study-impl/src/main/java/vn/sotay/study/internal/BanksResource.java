package vn.sotay.study.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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

import vn.sotay.api.Caller;
import vn.sotay.api.Cursors;
import vn.sotay.api.Page;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.audit.AuditService;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.MaxBody;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Returns;
import vn.sotay.api.rest.Roles;
import vn.sotay.api.rest.Summary;
import vn.sotay.api.rest.Urgency;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.study.internal.Requests.BankRequest;
import vn.sotay.study.internal.Rows.Bank;
import vn.sotay.study.internal.Views.BankDetail;
import vn.sotay.study.internal.Views.BankItem;
import vn.sotay.study.internal.Views.BankQuestion;
import vn.sotay.study.internal.Views.ImportResult;

/** Question banks ({@code /api/study/banks}): known only to their managers, since they hold the key. */
@Component(service = BanksResource.class,
        property = {SotayModule.MODULE + "=" + StudyModule.ID, SotayModule.REST_RESOURCE + "=true"})
@Path("/banks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BanksResource {
    static final int MAX_FILE = 5 << 20;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private final StudyDesk desk;
    private final AuditService audit;

    @Activate
    public BanksResource(@Reference StudyDesk desk, @Reference AuditService audit) {
        this.desk = desk;
        this.audit = audit;
    }

    @GET
    @OperationId("listStudyBanks")
    @Summary("Ngân hàng câu hỏi của các tổ chức tôi quản lý, mới nhất trước")
    public Page<BankItem> list(@Context SecurityContext sc, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        Caller c = Callers.of(sc);
        int offset = Cursors.offset(cursor);
        int max = Cursors.limit(limit);
        OrgTree tree = desk.orgs.tree();
        List<BankItem> items = desk.store.banks.ownedBy(desk.managed(c, desk.store.banks.owners()), offset, max + 1)
                .stream().map(b -> Views.bank(b, tree)).toList();
        return Page.ofOffset(items, offset, max);
    }

    @POST
    @OperationId("createStudyBank")
    @Roles(value = {Role.SECRETARY, Role.COMMITTEE}, over = "orgId")
    @Returns(value = BankDetail.class, status = 201)
    @Summary("Tạo một ngân hàng câu hỏi của một tổ chức")
    public Response create(@Context SecurityContext sc, @Context UriInfo uri, BankRequest request) {
        Caller c = Callers.of(sc);
        if (request == null || request.orgId() == null || desk.orgs.tree().node(request.orgId()) == null) {
            throw ProblemException.invalid("orgId", "Chọn một tổ chức có trong hệ thống.");
        }
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > 255) {
            throw ProblemException.invalid("name", "Tên ngân hàng không được để trống, tối đa 255 ký tự.");
        }
        desk.auth.require(c, request.orgId(), StudyDesk.MANAGERS);
        Bank b = desk.store.banks.insert(request.orgId(), name, Instant.now());
        audit.record(c, "study.bank.create", "studyBank", String.valueOf(b.id()), b.name());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(b.id())).build())
                .entity(detail(b, desk.orgs.tree())).build();
    }

    @GET
    @Path("{id}")
    @OperationId("getStudyBank")
    @Summary("Mở một ngân hàng câu hỏi (người quản lý)")
    public BankDetail get(@Context SecurityContext sc, @PathParam("id") long id) {
        return detail(desk.bank(Callers.of(sc), id), desk.orgs.tree());
    }

    @GET
    @Path("{id}/questions")
    @OperationId("listStudyBankQuestions")
    @Summary("Câu hỏi của một ngân hàng, kèm đáp án và giải thích (người quản lý)")
    public Page<BankQuestion> questions(@Context SecurityContext sc, @PathParam("id") long id,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Caller c = Callers.of(sc);
        int offset = Cursors.offset(cursor);
        int max = Cursors.limit(limit);
        Bank b = desk.bank(c, id);
        return Page.ofOffset(desk.store.banks.questions(b.id(), offset, max + 1).stream().map(Views::question).toList(),
                offset, max);
    }

    @POST
    @Path("{id}/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM, XLSX})
    @MaxBody(MAX_FILE)
    @Urgency(Urgency.Level.DEFERRABLE)
    @OperationId("importStudyQuestions")
    @Roles(value = {Role.SECRETARY, Role.COMMITTEE}, over = "the bank's organisation")
    @Summary("Nhập câu hỏi từ tệp XLSX hoặc CSV (UTF-8), tất cả hoặc không: một dòng sai thì không câu nào được nhập "
            + "và lỗi từng dòng được liệt kê. Cột: Chủ đề, Mức độ, Loại, Câu hỏi, Phương án A..F, Đáp án, Giải thích, "
            + "Văn bản, Điều, Tham chiếu")
    public ImportResult importQuestions(@Context SecurityContext sc, @PathParam("id") long id, InputStream body) {
        Caller c = Callers.of(sc);
        Bank b = desk.bank(c, id);
        byte[] bytes;
        try {
            bytes = body == null ? new byte[0] : body.readNBytes(MAX_FILE + 1);
        } catch (IOException e) {
            throw ProblemException.invalid("file", "Không đọc được tệp gửi lên.");
        }
        if (bytes.length > MAX_FILE) {
            throw ProblemException.tooLarge("Tệp lớn hơn 5 MB: chia thành nhiều tệp.");
        }
        var drafts = QuestionImport.parse(Sheets.read(bytes));
        int n = desk.store.banks.addAll(b.id(), drafts);
        audit.record(c, "study.bank.import", "studyBank", String.valueOf(b.id()), n + " câu hỏi");
        return new ImportResult(n, desk.store.banks.count(b.id()));
    }

    private BankDetail detail(Bank b, OrgTree tree) {
        return new BankDetail(b.id(), b.name(), b.orgId(), Views.name(tree, b.orgId()), b.createdAt(),
                desk.store.banks.count(b.id()));
    }
}
