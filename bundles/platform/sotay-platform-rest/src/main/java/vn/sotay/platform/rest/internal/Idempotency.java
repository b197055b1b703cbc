package vn.sotay.platform.rest.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.Provider;
import javax.ws.rs.ext.WriterInterceptor;
import javax.ws.rs.ext.WriterInterceptorContext;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;

/**
 * {@code Idempotency-Key} on every POST of an authenticated caller: the request runs once per
 * account and key within a day; a repeat of the same request (method, path with query, body) gets
 * the stored first answer again with {@code Idempotent-Replayed: true}, another request under the
 * same key 422, a repeat while the first still runs 409 with {@code Retry-After}. 2xx and 4xx
 * answers are stored; a 5xx frees the key. Runs after {@link AuthFilter}; the body it buffers is
 * already bounded by {@link BodyLimit}.
 */
@Provider
@Priority(Priorities.USER + 100)
public class Idempotency implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {
    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    static final int MAX_KEY = 128;
    private static final String PENDING = Idempotency.class.getName() + ".pending";

    private final IdempotencyStore store;

    Idempotency(IdempotencyStore store) {
        this.store = store;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !"POST".equals(request.getMethod())
                || !(request.getSecurityContext() != null && request.getSecurityContext().getUserPrincipal() instanceof Caller c)) {
            return; // only POSTs of a known account; anonymous requests (login) ignore the header
        }
        if (!valid(key)) {
            request.abortWith(ProblemMapper.toResponse(ProblemException.invalid(HEADER, "Idempotency-Key phải gồm 1 đến "
                    + MAX_KEY + " ký tự ASCII in được.")));
            return;
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        java.net.URI uri = request.getUriInfo().getRequestUri();
        String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        IdempotencyStore.Begin b = store.begin(c.accountId(), key, fingerprint(request.getMethod(), target, body),
                Instant.now());
        switch (b.outcome()) {
            case FRESH -> request.setProperty(PENDING, new Answering(b.pending()));
            case REPLAY -> request.abortWith(replay(b.answer()));
            case MISMATCH -> request.abortWith(ProblemMapper.toResponse(new ProblemException(422, "idempotency-mismatch",
                    "Idempotency-Key đã được dùng cho yêu cầu khác", "Khóa Idempotency-Key này đã được dùng trong 24 giờ qua "
                    + "cho một yêu cầu khác (phương thức, đường dẫn hoặc nội dung khác). Hãy dùng khóa mới cho mỗi yêu cầu mới.",
                    null)));
            case RUNNING -> request.abortWith(Response.fromResponse(ProblemMapper.toResponse(ProblemException.conflict(
                    "Yêu cầu với cùng Idempotency-Key đang được xử lý. Vui lòng thử lại sau giây lát."))).header("Retry-After", 1)
                    .build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(PENDING) instanceof Answering a)) {
            return;
        }
        int status = response.getStatus();
        if (status >= 500) {
            request.removeProperty(PENDING);
            store.release(a.pending);
            return;
        }
        a.status = status;
        a.location = response.getHeaderString(HttpHeaders.LOCATION);
        a.contentType = response.getMediaType() == null ? null : response.getMediaType().toString();
        if (!response.hasEntity()) {
            request.removeProperty(PENDING);
            store.complete(a.pending, status, a.contentType, a.location, new byte[0]);
        }
    }

    /** Serialises the answer into memory first, stores it, then sends it. */
    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!(context.getProperty(PENDING) instanceof Answering a) || a.status == 0) {
            context.proceed();
            return;
        }
        context.removeProperty(PENDING);
        OutputStream out = context.getOutputStream();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        context.setOutputStream(buffer);
        try {
            context.proceed();
        } catch (IOException | RuntimeException e) {
            store.release(a.pending);
            throw e;
        } finally {
            context.setOutputStream(out);
        }
        String type = context.getMediaType() == null ? a.contentType : context.getMediaType().toString();
        store.complete(a.pending, a.status, type, a.location, buffer.toByteArray());
        buffer.writeTo(out);
    }

    static boolean valid(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY || key.isBlank()) {
            return false;
        }
        return key.chars().allMatch(ch -> ch >= 0x20 && ch <= 0x7e);
    }

    /** SHA-256 of method, target and the SHA-256 of the body. */
    static String fingerprint(String method, String target, byte[] body) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] bodyDigest = MessageDigest.getInstance("SHA-256").digest(body);
            md.update((method + "\n" + target + "\n").getBytes(StandardCharsets.UTF_8));
            md.update(bodyDigest);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response replay(IdempotencyStore.Answer a) {
        Response.ResponseBuilder r = Response.status(a.status()).header(REPLAYED, "true");
        if (a.location() != null) {
            r.header(HttpHeaders.LOCATION, a.location());
        }
        if (a.body().length > 0) {
            r.entity(a.body());
        }
        if (a.contentType() != null) {
            r.type(a.contentType());
        }
        return r.build();
    }

    /** A claimed key and, once known, the answer's status and headers. */
    private static final class Answering {
        final IdempotencyStore.Pending pending;
        int status;
        String location;
        String contentType;

        Answering(IdempotencyStore.Pending pending) {
            this.pending = pending;
        }
    }
}
