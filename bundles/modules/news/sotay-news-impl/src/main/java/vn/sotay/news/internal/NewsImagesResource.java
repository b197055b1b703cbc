package vn.sotay.news.internal;

import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.audit.AuditService;
import vn.sotay.api.auth.AuthorizationService;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.Public;
import vn.sotay.api.rest.Summary;
import vn.sotay.api.rest.Description;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Returns;
import vn.sotay.api.rest.Roles;
import vn.sotay.spi.module.SotayModule;

/**
 * The news module's image endpoints under {@code /api/news/images}: upload (editors), and serve to a
 * request with a valid signature (the URLs the API answers), or to an authenticated caller who
 * uploaded the image or may read an article showing it; 404 to anyone else, as for an unknown id.
 */
@Component(service = NewsImagesResource.class,
        property = {SotayModule.MODULE + "=news", SotayModule.REST_RESOURCE + "=true"})
@Path("images")
@Produces(MediaType.APPLICATION_JSON)
public class NewsImagesResource {
    private final AuthorizationService auth;
    private final AuditService audit;
    private final NewsImages images;
    private final NewsStore store;

    @Activate
    public NewsImagesResource(@Reference AuthorizationService auth, @Reference AuditService audit,
            @Reference NewsImages images, @Reference NewsStore store) {
        this.auth = auth;
        this.audit = audit;
        this.images = images;
        this.store = store;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Summary("Tải ảnh lên (biên tập viên): thân yêu cầu là nội dung ảnh PNG, JPEG, WebP hoặc GIF, tối đa 5 MB")
    @OperationId("uploadNewsImage")
    @Roles(value = Role.EDITOR, over = "any organisation")
    @Returns(value = NewsImage.class, status = 201)
    public Response upload(@Context SecurityContext sc, @Context UriInfo uri, InputStream body) {
        Caller c = Callers.of(sc);
        if (auth.visibility(c).staffScopes().stream().noneMatch(s -> auth.holds(c, s, Role.EDITOR))) {
            throw ProblemException.forbidden("Chỉ biên tập viên được tải ảnh lên.");
        }
        NewsImage i = images.upload(body, c.accountId(), Instant.now().truncatedTo(ChronoUnit.MILLIS));
        audit.record(c, "news.image", "image", i.id(), i.mediaType() + " " + i.bytes());
        return Response.created(uri.getBaseUriBuilder().path("images").path(i.id()).build())
                .entity(images.links(Map.of()).signed(i)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("{key}")
    @Produces(MediaType.WILDCARD)
    @Public
    @vn.sotay.api.rest.CacheableContent // the same bytes for whoever holds a valid URL; private max-age to its expiry
    @Summary("Một ảnh đã tải lên, hoặc một bản thu nhỏ (?variant=thumb 320 px, phone 720 px): qua địa chỉ có chữ ký "
            + "(exp, sig) do API trả về, hoặc cho người đã tải ảnh lên hay được đọc một bài có ảnh này")
    @OperationId("getNewsImage")
    @Returns(value = byte[].class, mediaType = MediaType.WILDCARD)
    public Response image(@Context SecurityContext sc, @PathParam("key") String key,
            @Description("thumb (320 px) hoặc phone (720 px); bỏ trống: ảnh gốc") @QueryParam("variant") String variant,
            @Description("Hạn của địa chỉ có chữ ký (giây từ 1970)") @QueryParam("exp") String exp,
            @Description("Chữ ký của địa chỉ") @QueryParam("sig") String sig) {
        Instant now = Instant.now();
        boolean signed = NewsImages.ID.matcher(key).matches() && images.signed(key, exp, sig, now);
        if (!signed && !mayRead(sc.getUserPrincipal() instanceof Caller c ? c : null, key, now)) {
            throw notFound();
        }
        Map.Entry<String, byte[]> file = images.open(key, variant == null || variant.isBlank() ? null : variant)
                .orElseThrow(NewsImagesResource::notFound);
        CacheControl cc = new CacheControl();
        cc.setPrivate(true);
        cc.setNoTransform(false);
        if (signed) {
            cc.setMaxAge((int) (Long.parseLong(exp) - now.getEpochSecond())); // the URL itself expires
        } else {
            cc.setNoCache(true); // answered for this caller: revalidate
        }
        return Response.ok(file.getValue(), file.getKey()).cacheControl(cc)
                .tag(new EntityTag(key + (variant == null ? "" : "-" + variant))).build();
    }

    /** The uploader, or a caller who may read an article showing the image now. */
    boolean mayRead(Caller c, String key, Instant now) {
        if (c == null || !NewsImages.ID.matcher(key).matches()) {
            return false;
        }
        return store.imageReaders(key).map(r -> r.uploaderAccountId() == c.accountId()
                || r.articles().stream().anyMatch(a -> Access.readable(auth, c, a, now))).orElse(false);
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("Không tìm thấy ảnh.");
    }
}
