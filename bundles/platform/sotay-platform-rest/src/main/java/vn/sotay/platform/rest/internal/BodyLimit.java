package vn.sotay.platform.rest.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;

import javax.annotation.Priority;
import javax.ws.rs.Consumes;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.ext.Provider;

import vn.sotay.api.rest.MaxBody;

/**
 * The request body bound of {@link MaxBody}, before the resource (and before authentication) reads
 * a byte: a declared length above the limit is 413 at once; any body is cut where it passes the
 * limit ({@link BodyTooLarge}, mapped to 413 by {@link ProblemMapper} whoever was reading).
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class BodyLimit implements ContainerRequestFilter {
    /** Past the limit, up to this much more is read and dropped so the client gets the 413 instead of a reset. */
    static final long DRAIN = 8L << 20;

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity()) {
            return;
        }
        long max = limit(resource.getResourceMethod(), resource.getResourceClass());
        int declared = request.getLength();
        if (declared > max) {
            if (declared - max <= DRAIN) {
                request.getEntityStream().skip(declared);
            }
            request.abortWith(ProblemMapper.toResponse(BodyTooLarge.problem(max)));
            return;
        }
        request.setEntityStream(new Bounded(request.getEntityStream(), max));
    }

    /** The method's limit: its (or its class's) {@link MaxBody}, else by what it consumes. */
    static long limit(Method m, Class<?> c) {
        MaxBody a = m == null ? null : m.getAnnotation(MaxBody.class);
        if (a == null && c != null) {
            a = c.getAnnotation(MaxBody.class);
        }
        if (a != null) {
            return a.value();
        }
        Consumes consumes = m == null ? null : m.getAnnotation(Consumes.class);
        if (consumes == null && c != null) {
            consumes = c.getAnnotation(Consumes.class);
        }
        if (consumes != null) {
            for (String type : consumes.value()) {
                for (String t : type.split(",")) {
                    MediaType mt = MediaType.valueOf(t.trim());
                    if (!"json".equals(mt.getSubtype()) && !mt.getSubtype().endsWith("+json")) {
                        return MaxBody.FILES;
                    }
                }
            }
        }
        return MaxBody.JSON;
    }

    /** Counts what is read and throws {@link BodyTooLarge} at the first byte past the limit. */
    static final class Bounded extends FilterInputStream {
        private final long max;
        private long count;

        Bounded(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                advance(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, (int) Math.min(len, Math.max(1, max + 1 - count)));
            if (n > 0) {
                advance(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(Math.min(n, Math.max(1, max + 1 - count)));
            if (s > 0) {
                advance(s);
            }
            return s;
        }

        private void advance(long n) throws IOException {
            count += n;
            if (count > max) {
                in.skip(DRAIN); // drop a bounded rest so the answer reaches the client
                throw new BodyTooLarge(max);
            }
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
