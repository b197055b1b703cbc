package vn.sotay.meetings.internal;

import static vn.sotay.api.persistence.Sql.instant;
import static vn.sotay.api.persistence.Sql.utc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Normalizer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

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

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.audit.AuditService;
import vn.sotay.api.files.FileInspector;
import vn.sotay.api.files.FileKind;
import vn.sotay.api.files.InspectedFile;
import vn.sotay.api.persistence.PersistenceUnit;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.Description;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Returns;
import vn.sotay.api.rest.Roles;
import vn.sotay.api.rest.Summary;
import vn.sotay.meetings.internal.entity.FileEntity;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.api.files.Uploads;

/**
 * The meeting's own files: those who run it attach PDF, DOCX, PNG or JPEG (at most {@link #MAX_BYTES},
 * {@link #MAX_FILES} per meeting) checked by the platform's {@link FileInspector} before anything is
 * stored (the documents' rules: kind by content, disguise, bombs, classification marks); whoever may
 * read the meeting lists and downloads them.
 */
@Component(service = AttachmentsResource.class,
        property = {SotayModule.MODULE + "=" + MeetingsModule.ID, SotayModule.REST_RESOURCE + "=true"})
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AttachmentsResource {
    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int MAX_FILES = 10;
    static final Set<FileKind> ACCEPTED = Set.of(FileKind.PDF, FileKind.DOCX, FileKind.PNG, FileKind.JPEG);

    private final PersistenceUnit unit;
    private final MeetingAccess access;
    private final FileInspector inspector;
    private final AuditService audit;

    @Activate
    public AttachmentsResource(@Reference MeetingsStore store, @Reference MeetingAccess access,
            @Reference FileInspector inspector, @Reference AuditService audit) {
        this.unit = store.unit();
        this.access = access;
        this.inspector = inspector;
        this.audit = audit;
    }

    /** A file of the meeting. */
    public record Attachment(long id, String fileName, String mediaType, long size, Instant createdAt,
            @Description("Đường dẫn tải tệp") String url) {
    }

    @GET
    @Path("{id}/attachments")
    @OperationId("listMeetingAttachments")
    @Summary("Tệp đính kèm của cuộc họp (đảng viên được mời, cấp ủy theo dõi)")
    public List<Attachment> list(@Context SecurityContext sc, @PathParam("id") long id) {
        access.read(Callers.of(sc), id);
        return unit.read(em -> em.createQuery("SELECT f.id, f.fileName, f.kind, f.size, f.createdAt FROM MeetingFile f"
                + " WHERE f.meetingId = :m ORDER BY f.id", Object[].class).setParameter("m", id).getResultList()).stream()
                .map(r -> new Attachment((Long) r[0], (String) r[1], FileKind.valueOf((String) r[2]).mediaType(), (Long) r[3],
                        instant((java.time.LocalDateTime) r[4]), "/api/meetings/" + id + "/attachments/" + r[0])).toList();
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @OperationId("attachMeetingFile")
    @Roles({Role.SECRETARY, Role.COMMITTEE})
    @Returns(value = Attachment.class, status = 201)
    @Summary("Đính kèm tệp PDF, DOCX, PNG hoặc JPEG (tối đa 10 MB, 10 tệp): thân yêu cầu là nội dung tệp, name= là tên tệp (bí thư, cấp ủy của tổ chức chủ trì)")
    public Response attach(@Context SecurityContext sc, @PathParam("id") long id,
            @Description("Tên tệp, ví dụ du-thao-nghi-quyet.pdf (tối đa 255 ký tự)") @QueryParam("name") String name,
            InputStream body) {
        Caller c = Callers.of(sc);
        Meeting m = access.run(c, id);
        if (m.status() == Meeting.Status.CLOSED || m.status() == Meeting.Status.CANCELLED) {
            throw ProblemException.conflict("Cuộc họp đã kết thúc hoặc đã hủy: không đính kèm thêm được.");
        }
        String fileName = Uploads.fileName(name, "du-thao.pdf");
        java.nio.file.Path tmp = Uploads.receive(body, MAX_BYTES, null, "Tệp đính kèm không được lớn hơn 10 MB.");
        try {
            InspectedFile f = inspector.inspect(fileName, tmp, ACCEPTED, MAX_BYTES);
            byte[] bytes = Files.readAllBytes(tmp);
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            Long aid = unit.write(em -> {
                if (em.createQuery("SELECT COUNT(f) FROM MeetingFile f WHERE f.meetingId = :m", Long.class)
                        .setParameter("m", id).getSingleResult() >= MAX_FILES) {
                    return null;
                }
                FileEntity e = new FileEntity();
                e.meetingId = id;
                e.fileName = fileName;
                e.kind = f.kind().name();
                e.size = f.size();
                e.sha256 = f.sha256();
                e.content = bytes;
                e.uploadedBy = c.accountId();
                e.createdAt = utc(now);
                em.persist(e);
                em.flush();
                return e.id;
            });
            if (aid == null) {
                throw ProblemException.conflict("Mỗi cuộc họp đính kèm tối đa 10 tệp.");
            }
            audit.record(c, "meeting.attach", "meeting", id + "/" + aid, fileName);
            return Response.status(201).type(MediaType.APPLICATION_JSON_TYPE).entity(new Attachment(aid, fileName,
                    f.kind().mediaType(), f.size(), now, "/api/meetings/" + id + "/attachments/" + aid)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a temporary file left behind
            }
        }
    }

    @GET
    @Path("{id}/attachments/{aid}")
    @Produces(MediaType.WILDCARD)
    @OperationId("downloadMeetingAttachment")
    @Returns(value = byte[].class, mediaType = MediaType.WILDCARD)
    @Summary("Tải tệp đính kèm của cuộc họp, với đúng kiểu và tên tệp (đảng viên được mời, cấp ủy theo dõi)")
    public Response download(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("aid") long aid) {
        access.read(Callers.of(sc), id);
        FileEntity f = unit.read(em -> {
            FileEntity e = em.find(FileEntity.class, aid);
            if (e != null) {
                e.content.getClass(); // loads the content inside the transaction
            }
            return e;
        });
        if (f == null || f.meetingId != id) {
            throw ProblemException.notFound("Không tìm thấy tệp đính kèm.");
        }
        String ascii = Normalizer.normalize(f.fileName, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D').replaceAll("[^A-Za-z0-9._-]+", "_");
        return Response.ok(f.content, FileKind.valueOf(f.kind).mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(f.fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
