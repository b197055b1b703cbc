package vn.sotay.meetings.internal.minutes;

import java.text.Normalizer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemError;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.audit.AuditService;
import vn.sotay.api.auth.AuthorizationService;
import vn.sotay.api.member.Member;
import vn.sotay.api.member.MemberService;
import vn.sotay.api.org.OrgService;
import vn.sotay.api.rest.Urgency;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.Description;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Returns;
import vn.sotay.api.rest.Summary;
import vn.sotay.meetings.internal.AttendanceStore;
import vn.sotay.meetings.internal.Meeting;
import vn.sotay.meetings.internal.MeetingAccess;
import vn.sotay.meetings.internal.MeetingsModule;
import vn.sotay.spi.module.SotayModule;

/**
 * {@code /api/meetings/{id}/minutes}: the minutes drafted from the meeting, edited by who runs it or
 * its clerk, approved by the chair and the clerk (a SECRETARY of the holding organisation for one
 * not named), locked, exported as PDF and DOCX. Readers: whoever reads the meeting (MeetingAccess).
 */
@Component(service = MinutesResource.class,
        property = {SotayModule.MODULE + "=" + MeetingsModule.ID, SotayModule.REST_RESOURCE + "=true"})
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MinutesResource {
    static final int SECTIONS_MAX = 60, TITLE_MAX = 500, BODY_MAX = 20_000;
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final MeetingAccess access;
    private final MinutesStore store;
    private final AttendanceStore attendance;
    private final MinutesSources sources;
    private final OrgService orgs;
    private final AuthorizationService auth;
    private final MemberService members;
    private final AuditService audit;

    @Activate
    public MinutesResource(@Reference MeetingAccess access, @Reference MinutesStore store,
            @Reference AttendanceStore attendance,
            @Reference(policyOption = ReferencePolicyOption.GREEDY) MinutesSources sources, @Reference OrgService orgs,
            @Reference AuthorizationService auth, @Reference MemberService members, @Reference AuditService audit) {
        this.access = access;
        this.store = store;
        this.attendance = attendance;
        this.sources = sources;
        this.orgs = orgs;
        this.auth = auth;
        this.members = members;
        this.audit = audit;
    }

    /** Body of an edit: the sections in order. */
    public record EditRequest(@Description("Các phần của biên bản, tối đa 60") List<Minutes.Section> sections) {
    }

    /** Body of an approval. */
    public record ApproveRequest(@Description("Duyệt với vai trò chủ trì (CHAIR) hay thư ký (CLERK)") MinutesStore.Role as) {
    }

    @GET
    @Path("{id}/minutes")
    @OperationId("getMeetingMinutes")
    @Summary("Biên bản cuộc họp (đảng viên dự họp, cấp ủy theo dõi)")
    public Minutes get(@Context SecurityContext sc, @PathParam("id") long id) {
        Meeting m = access.read(Callers.of(sc), id);
        return minutes(m);
    }

    @POST
    @Path("{id}/minutes")
    @OperationId("draftMeetingMinutes")
    @Summary("Lập (lại) dự thảo biên bản từ dữ liệu cuộc họp: điểm danh, chương trình, ý kiến, biểu quyết (bí thư, thư ký)")
    public Minutes draft(@Context SecurityContext sc, @PathParam("id") long id) {
        Caller c = Callers.of(sc);
        Meeting m = editable(c, id);
        if (m.status() != Meeting.Status.OPEN && m.status() != Meeting.Status.CLOSED) {
            throw ProblemException.conflict("Chỉ lập biên bản khi cuộc họp đang diễn ra hoặc đã kết thúc.");
        }
        Map<Long, Member> named = members.getAll(java.util.stream.Stream.of(m.chairMemberId(), m.clerkMemberId())
                .filter(java.util.Objects::nonNull).toList());
        String chair = name(named, m.chairMemberId());
        String clerk = name(named, m.clerkMemberId());
        store.draft(id, MinutesDraft.sections(m, attendance.roll(id), chair, clerk, sources.opinions(id),
                sources.voteResults(id)), chair, clerk, c.accountId(), now());
        audit.record(c, "meeting.minutes.draft", "meeting", String.valueOf(id), null);
        return minutes(m);
    }

    @PUT
    @Path("{id}/minutes")
    @OperationId("editMeetingMinutes")
    @Summary("Sửa biên bản trước khi khóa; xóa các lượt duyệt đã có (bí thư, thư ký)")
    public Minutes edit(@Context SecurityContext sc, @PathParam("id") long id, EditRequest body) {
        Caller c = Callers.of(sc);
        Meeting m = editable(c, id);
        store.edit(id, check(body), c.accountId(), now());
        audit.record(c, "meeting.minutes.edit", "meeting", String.valueOf(id), null);
        return minutes(m);
    }

    @POST
    @Path("{id}/minutes/approve")
    @OperationId("approveMeetingMinutes")
    @Summary("Duyệt biên bản với vai trò chủ trì hoặc thư ký; đủ hai người duyệt thì biên bản bị khóa")
    public Minutes approve(@Context SecurityContext sc, @PathParam("id") long id, ApproveRequest body) {
        Caller c = Callers.of(sc);
        Meeting m = access.read(c, id);
        if (body == null || body.as() == null) {
            throw ProblemException.invalid("as", "Chọn vai trò duyệt: CHAIR (chủ trì) hoặc CLERK (thư ký).");
        }
        boolean chair = body.as() == MinutesStore.Role.CHAIR;
        Long named = chair ? m.chairMemberId() : m.clerkMemberId();
        boolean may = named != null ? named.equals(c.memberId()) : auth.holds(c, m.orgId(), Role.SECRETARY);
        if (!may) {
            throw ProblemException.forbidden(chair ? "Chỉ người chủ trì cuộc họp mới duyệt với vai trò chủ trì."
                    : "Chỉ thư ký cuộc họp mới duyệt với vai trò thư ký.");
        }
        if (m.status() != Meeting.Status.CLOSED) {
            throw ProblemException.conflict("Chỉ duyệt biên bản sau khi cuộc họp kết thúc.");
        }
        String signatory = c.memberId() == null ? c.name() : members.get(c.memberId()).map(Member::fullName).orElse(c.name());
        boolean locked = store.approve(id, body.as(), c.accountId(), signatory, now());
        audit.record(c, "meeting.minutes.approve", "meeting", String.valueOf(id), body.as().name());
        if (locked) {
            audit.record(c, "meeting.minutes.lock", "meeting", String.valueOf(id), null);
        }
        return minutes(m);
    }

    @GET
    @Urgency(Urgency.Level.DEFERRABLE)
    @Path("{id}/minutes/pdf")
    @Produces(MediaType.WILDCARD)
    @OperationId("exportMeetingMinutesPdf")
    @Returns(value = byte[].class, mediaType = "application/pdf")
    @Summary("Tải biên bản dạng PDF")
    public Response pdf(@Context SecurityContext sc, @PathParam("id") long id) {
        Minutes m = minutes(access.read(Callers.of(sc), id));
        return file(MinutesPdf.render(m), "application/pdf", id, "pdf");
    }

    @GET
    @Urgency(Urgency.Level.DEFERRABLE)
    @Path("{id}/minutes/docx")
    @Produces(MediaType.WILDCARD)
    @OperationId("exportMeetingMinutesDocx")
    @Returns(value = byte[].class, mediaType = DOCX)
    @Summary("Tải biên bản dạng DOCX (Word)")
    public Response docx(@Context SecurityContext sc, @PathParam("id") long id) {
        Minutes m = minutes(access.read(Callers.of(sc), id));
        return file(MinutesDocx.render(m), DOCX, id, "docx");
    }

    private static Response file(byte[] bytes, String type, long id, String ext) {
        return Response.ok(bytes, type).header("Content-Disposition", "attachment; filename=\"bien-ban-" + id + "." + ext + "\"")
                .header("Cache-Control", "private, no-store").build();
    }

    /** The meeting if the caller may edit its minutes: who runs it, or its clerk; 404 / 403 otherwise. */
    private Meeting editable(Caller c, long id) {
        Meeting m = access.read(c, id);
        boolean clerk = c.memberId() != null && c.memberId().equals(m.clerkMemberId());
        if (!clerk && !access.runs(c, m)) {
            throw ProblemException.forbidden("Chỉ bí thư, cấp ủy của tổ chức chủ trì hoặc thư ký cuộc họp mới lập và sửa biên bản.");
        }
        return m;
    }

    private Minutes minutes(Meeting m) {
        return store.find(m.id(), MinutesDraft.heading(m, orgs.tree()))
                .orElseThrow(() -> ProblemException.notFound("Cuộc họp chưa có biên bản."));
    }

    private static String name(Map<Long, Member> named, Long id) {
        Member p = id == null ? null : named.get(id);
        return p == null ? null : p.fullName();
    }

    static List<Minutes.Section> check(EditRequest body) {
        if (body == null || body.sections() == null || body.sections().isEmpty()) {
            throw ProblemException.invalid("sections", "Biên bản cần ít nhất một phần.");
        }
        if (body.sections().size() > SECTIONS_MAX) {
            throw ProblemException.invalid("sections", "Biên bản tối đa 60 phần.");
        }
        List<ProblemError> errors = new ArrayList<>();
        List<Minutes.Section> out = new ArrayList<>();
        for (int i = 0; i < body.sections().size(); i++) {
            Minutes.Section s = body.sections().get(i);
            String t = nfc(s == null ? null : s.title());
            String b = nfc(s == null ? null : s.body());
            if (t.length() > TITLE_MAX) {
                errors.add(ProblemError.field("sections[" + i + "].title", "Tiêu đề phần tối đa 500 ký tự."));
            }
            if (b.length() > BODY_MAX) {
                errors.add(ProblemError.field("sections[" + i + "].body", "Nội dung phần tối đa 20.000 ký tự."));
            }
            out.add(new Minutes.Section(t, b));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("Biên bản không hợp lệ.", errors);
        }
        return out;
    }

    private static String nfc(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC).strip();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
