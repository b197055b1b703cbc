package vn.sotay.platform.rest.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.annotation.Priority;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.Provider;
import javax.ws.rs.ext.WriterInterceptor;
import javax.ws.rs.ext.WriterInterceptorContext;

import vn.sotay.api.Caller;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.rest.Readers;
import vn.sotay.api.rest.SharedAnswer;
import vn.sotay.api.rest.SharedAnswer.Sharing;

/**
 * The JAX-RS half of the answer cache: after a {@link SharedAnswer} method answered {@code 200} to a
 * {@code GET} that the front door let through, works out the copy's key and the stripes of its
 * tags, then keeps a copy of the bytes the JSON writer produces (up to the largest kept answer). The
 * front door stores it once the answer is complete. A {@link Sharing#READERS} answer's
 * {@link Readers declaration} goes with the copy; the header that carried it is removed from every
 * answer, kept or not.
 */
@Provider
@Priority(Priorities.HEADER_DECORATOR + 100)
public class SharedAnswers implements ContainerResponseFilter, WriterInterceptor {
    private static final String PENDING = SharedAnswers.class.getName() + ".pending";

    private record Pending(String key, int[] stripes, long since, long expiresAt, OrgTree tree, Readers readers) {
    }

    private final AnswerCache cache;

    @Context
    private ResourceInfo resource;

    /** Attributes of the servlet request carry the front door's hand-over (a thread-local proxy). */
    @Context
    private HttpServletRequest servlet;

    SharedAnswers(AnswerCache cache) {
        this.cache = cache;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Readers readers = declaration(response.getHeaders());
        Method m = resource == null ? null : resource.getResourceMethod();
        SharedAnswer shared = m == null ? null : m.getAnnotation(SharedAnswer.class);
        if (shared == null || response.getStatus() != 200 || !"GET".equals(request.getMethod())
                || !(servlet.getAttribute(Handover.TARGET) instanceof String target)
                || !(servlet.getAttribute(Handover.SINCE) instanceof Long since)
                || !(servlet.getAttribute(Handover.TREE) instanceof OrgTree tree)
                || !(request.getSecurityContext().getUserPrincipal() instanceof Caller caller)) {
            return;
        }
        String module = String.valueOf(servlet.getAttribute(Handover.MODULE));
        List<String> tags = tags(shared, caller, request.getUriInfo().getPathParameters(), tree);
        tags.add(AnswerCache.moduleTag(module.contains("/") ? module.substring(0, module.indexOf('/')) : module));
        if (shared.value() == Sharing.CALLER) {
            tags.add(AnswerCache.callerTag(caller.accountId(), module));
        }
        int[] stripes = tags.stream().mapToInt(AnswerCache::stripe).distinct().toArray();
        long ttl = Math.max(1, Math.min(3600, shared.seconds())) * 1_000_000_000L;
        if (response.getHeaders().getFirst(HttpHeaders.EXPIRES) instanceof Date expires) {
            ttl = Math.min(ttl, (expires.getTime() - System.currentTimeMillis()) * 1_000_000L);
            if (ttl <= 0) {
                return;
            }
        }
        Sharing sharing = shared.value() == Sharing.READERS && readers == null ? Sharing.AUDIENCE : shared.value();
        servlet.setAttribute(PENDING, new Pending(AnswerCache.key(sharing, caller, target), stripes, since,
                System.nanoTime() + ttl, tree, sharing == Sharing.READERS ? readers : null));
    }

    /** Takes the resource's {@link Readers} declaration off the answer: {@code null} when there is none. */
    static Readers declaration(MultivaluedMap<String, Object> headers) {
        List<Object> declared = headers.remove(Readers.HEADER);
        if (declared == null) {
            for (String name : List.copyOf(headers.keySet())) {
                if (Readers.HEADER.equalsIgnoreCase(name)) {
                    declared = headers.remove(name);
                }
            }
        }
        return declared != null && declared.size() == 1 && declared.get(0) instanceof Readers r ? r : null;
    }

    /** The tags of {@code shared} for this caller and these path parameters. */
    static List<String> tags(SharedAnswer shared, Caller caller, MultivaluedMap<String, String> params, OrgTree tree) {
        List<String> out = new ArrayList<>();
        for (String t : shared.dependsOn()) {
            String tag = t.replace("{member}", String.valueOf(caller.memberId()));
            for (String name : params.keySet()) {
                tag = tag.replace("{" + name + "}", plain(params.getFirst(name)));
            }
            if (!tag.endsWith("@{path}")) {
                out.add(tag);
                continue;
            }
            String base = tag.substring(0, tag.length() - "@{path}".length());
            if (caller.cellId() == null || !AnswerCache.plainMember(caller)) {
                out.add(base); // sees more than its path: any event of the type
                continue;
            }
            out.add(base + "@*");
            tree.pathIds(caller.cellId()).forEach(id -> out.add(base + "@" + id));
        }
        return out;
    }

    /** A path parameter as events name it: a whole number in its plain form ({@code 007}, {@code +7}: {@code 7}). */
    static String plain(String value) {
        if (value != null && !value.isEmpty() && value.length() <= 20) {
            try {
                return Long.toString(Long.parseLong(value));
            } catch (NumberFormatException notANumber) {
                // not a number: as it is
            }
        }
        return String.valueOf(value);
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!(servlet.getAttribute(PENDING) instanceof Pending p)) {
            context.proceed();
            return;
        }
        OutputStream out = context.getOutputStream();
        Tee tee = new Tee(out, cache.maxEntry());
        context.setOutputStream(tee);
        try {
            context.proceed();
        } finally {
            context.setOutputStream(out);
        }
        if (!tee.over) {
            servlet.setAttribute(Handover.CAPTURED, new Handover.Captured(p.key(), tee.copy.toByteArray(), p.stripes(),
                    p.since(), p.expiresAt(), p.tree(), p.readers()));
        }
    }

    /** Writes through and keeps a copy until it grows past {@code max}. */
    private static final class Tee extends OutputStream {
        private final OutputStream out;
        private final int max;
        final ByteArrayOutputStream copy = new ByteArrayOutputStream(4096);
        boolean over;

        Tee(OutputStream out, int max) {
            this.out = out;
            this.max = max;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            if (!over && !(over = copy.size() >= max)) {
                copy.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            if (!over && !(over = copy.size() + len > max)) {
                copy.write(b, off, len);
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }
}
