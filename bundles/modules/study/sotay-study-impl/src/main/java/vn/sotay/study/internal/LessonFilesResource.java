package vn.sotay.study.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Normalizer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.function.Supplier;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
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
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.Description;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Returns;
import vn.sotay.api.rest.Roles;
import vn.sotay.api.rest.Summary;
import vn.sotay.spi.module.SotayModule;
import vn.sotay.study.internal.LessonFileStore.FileContent;
import vn.sotay.study.internal.LessonFileStore.StoredFile;
import vn.sotay.study.internal.Lessons.Lesson;
import vn.sotay.study.internal.ProgrammeViews.LessonFileView;
import vn.sotay.api.files.Uploads;

/**
 * Images and attachments of lessons ({@code /api/study/lessons/{id}/files}): drafters upload PNG, JPEG,
 * GIF, WebP, PDF or DOCX (at most {@link #MAX_BYTES}, {@link LessonFileStore#MAX_FILES} per lesson) to a
 * draft or returned lesson, checked by the platform's {@link FileInspector} before anything is stored
 * (kind by content, disguise, bombs, classification marks in documents and in the file name; a
 * classified refusal is audited). Whoever may read the lesson downloads them; anyone else gets 404.
 */
@Component(service = LessonFilesResource.class,
        property = {SotayModule.MODULE + "=" + StudyModule.ID, SotayModule.REST_RESOURCE + "=true"})
@Path("/lessons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LessonFilesResource {
    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final Set<FileKind> ACCEPTED = Set.of(FileKind.PNG, FileKind.JPEG, FileKind.GIF, FileKind.WEBP, FileKind.PDF,
            FileKind.DOCX);

    private final ProgrammeDesk pd;
    private final FileInspector inspector;
    private final AuditService audit;

    @Activate
    public LessonFilesResource(@Reference ProgrammeDesk pd, @Reference FileInspector inspector, @Reference AuditService audit) {
        this.pd = pd;
        this.inspector = inspector;
        this.audit = audit;
    }

    @POST
    @Path("{id}/files")
    @Consumes(MediaType.WILDCARD)
    @OperationId("uploadStudyLessonFile")
    @Roles(value = {Role.EDITOR, Role.COMMITTEE}, over = "the programme's organisation")
    @Returns(value = LessonFileView.class, status = 201)
    @Summary("Tải lên ảnh (PNG, JPEG, GIF, WebP: chèn vào nội dung bằng url) hoặc tệp đính kèm (PDF, DOCX) cho bài học ở trạng thái "
            + "bản nháp hoặc bị trả lại; tối đa 10 MB, 20 tệp mỗi bài; thân yêu cầu là nội dung tệp, name= là tên tệp")
    public Response upload(@Context SecurityContext sc, @PathParam("id") long id,
            @Description("Tên tệp, ví dụ so-do.png (tối đa 255 ký tự)") @QueryParam("name") String name, InputStream body) {
        Caller c = Callers.of(sc);
        Lesson l = pd.lesson(c, id);
        if (!pd.drafts(c, pd.programmeOf(l).orgId())) {
            throw ProblemException.forbidden("Đồng chí không có quyền soạn bài học của chương trình này.");
        }
        if (!l.status().editable()) {
            throw ProblemException.conflict("Chỉ thêm tệp vào bài học ở trạng thái bản nháp hoặc bị trả lại.");
        }
        String fileName = Uploads.fileName(name, "so-do.png");
        unclassified(c, id, fileName, () -> {
            inspector.requireUnclassifiedTitle("name", fileName);
            return null;
        });
        java.nio.file.Path tmp = Uploads.receive(body, MAX_BYTES, null, "Tệp của bài học không được lớn hơn 10 MB.");
        try {
            InspectedFile f = unclassified(c, id, fileName, () -> inspector.inspect(fileName, tmp, ACCEPTED, MAX_BYTES));
            StoredFile s = pd.desk.store.lessonFiles.insert(l.id(), fileName, f, Files.readAllBytes(tmp), c.accountId(),
                    Instant.now().truncatedTo(ChronoUnit.MILLIS));
            audit.record(c, "study.file.upload", "studyLesson", id + "/" + s.id(), fileName);
            return Response.status(201).type(MediaType.APPLICATION_JSON_TYPE).entity(ProgrammeViews.file(s)).build();
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
    @Path("{id}/files/{fid}")
    @Produces(MediaType.WILDCARD)
    @OperationId("downloadStudyLessonFile")
    @Returns(value = byte[].class, mediaType = MediaType.WILDCARD)
    @Summary("Tải ảnh hoặc tệp đính kèm của bài học (ai đọc được bài học; người khác: 404), với đúng kiểu và tên tệp")
    public Response download(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("fid") long fid,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        Lesson l = pd.lesson(Callers.of(sc), id);
        FileContent f = pd.desk.store.lessonFiles.content(l.id(), fid)
                .orElseThrow(() -> ProblemException.notFound("Không tìm thấy tệp của bài học."));
        String tag = "\"" + f.file().sha256() + "\"";
        if (tag.equals(ifNoneMatch == null ? null : ifNoneMatch.strip())) {
            return Response.notModified().header("ETag", tag).header("Cache-Control", "private, no-cache").build();
        }
        String n = f.file().fileName();
        String ascii = Normalizer.normalize(n, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D').replaceAll("[^A-Za-z0-9._-]+", "_");
        return Response.ok(f.content(), f.file().kind().mediaType())
                .header("Content-Disposition", (f.file().kind().image() ? "inline" : "attachment") + "; filename=\"" + ascii
                        + "\"; filename*=UTF-8''" + URLEncoder.encode(n, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("ETag", tag).header("Cache-Control", "private, no-cache")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @DELETE
    @Path("{id}/files/{fid}")
    @OperationId("deleteStudyLessonFile")
    @Roles(value = {Role.EDITOR, Role.COMMITTEE}, over = "the programme's organisation")
    @Returns(status = 204)
    @Summary("Gỡ một ảnh hoặc tệp đính kèm của bài học ở trạng thái bản nháp hoặc bị trả lại")
    public Response delete(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("fid") long fid) {
        Caller c = Callers.of(sc);
        Lesson l = pd.lesson(c, id);
        if (!pd.drafts(c, pd.programmeOf(l).orgId())) {
            throw ProblemException.forbidden("Đồng chí không có quyền soạn bài học của chương trình này.");
        }
        if (!pd.desk.store.lessonFiles.delete(l.id(), fid)) {
            throw ProblemException.notFound("Không tìm thấy tệp của bài học.");
        }
        audit.record(c, "study.file.delete", "studyLesson", id + "/" + fid, null);
        return Response.noContent().build();
    }

    /** Runs a check; a refusal for a classification mark is audited, then answered (400). */
    private <T> T unclassified(Caller c, long lessonId, String fileName, Supplier<T> check) {
        try {
            return check.get();
        } catch (ProblemException e) {
            if (FileInspector.CLASSIFIED.equals(e.type())) {
                audit.record(c, "study.classified-refused", "studyLesson", String.valueOf(lessonId), fileName);
            }
            throw e;
        }
    }
}
