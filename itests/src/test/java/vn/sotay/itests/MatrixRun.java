package vn.sotay.itests;

import java.util.Map;

import vn.sotay.itests.MatrixRole.Side;
import vn.sotay.itests.MatrixTable.Expected;

/** Makes and sends one call of the authorisation matrix: the request from {@link OperationCalls}, as a role. */
final class MatrixRun {
    /**
     * One call: the operation, the role, {@code in} (inside the role's subtree) or out, the side of
     * the object, and what the table expects ({@code null}: the table has no row for it).
     */
    record Call(Api.Operation op, MatrixRole role, boolean in, Side side, Expected expected) {
        String where() {
            return in ? "in" : "out";
        }
    }

    /** The answer: its status ({@code -1}: no answer, see {@code detail}) and what the body said. */
    record Result(Call call, int status, String detail, long millis) {
        boolean mismatch() {
            return call.expected() != null && !call.expected().none() && !call.expected().accepts(status);
        }
    }

    private final Http http;
    private final Api api;
    private final Fixtures fx;
    private final Map<MatrixRole, RoleHolders.Holder> held;

    MatrixRun(Http http, Api api, Fixtures fx, Map<MatrixRole, RoleHolders.Holder> held) {
        this.http = http;
        this.api = api;
        this.fx = fx;
        this.held = held;
    }

    /** Builds the request (making its fixture) and sends it; {@code probe}: with ids that do not exist. */
    Result call(Call c, boolean probe) {
        long t0 = System.nanoTime();
        try {
            Http.Response r = send(c, probe, Map.of());
            return new Result(c, r.status(), detail(r), (System.nanoTime() - t0) / 1_000_000);
        } catch (RuntimeException | AssertionError e) {
            return new Result(c, -1, "the call could not be made: " + e, (System.nanoTime() - t0) / 1_000_000);
        }
    }

    /** {@link #call} with these request headers added, answering the whole response. */
    Http.Response send(Call c, boolean probe, Map<String, String> headers) {
        Prepared p = prepare(c, probe);
        Http.Response r = p.send(http, headers);
        if (p.request().after() != null) {
            p.request().after().accept(r);
        }
        return r;
    }

    /** A call's request, built (its fixture made) once, to be sent as often as needed. */
    record Prepared(Api.Operation op, OperationCalls.Request request, String token) {
        Http.Response send(Http http, Map<String, String> headers) {
            return http.exchange(op.method(), request.path(op.path()), token == null ? null : "Bearer " + token,
                    request.contentType(), request.body(), headers);
        }
    }

    /** Builds the request of a call (making its fixture) without sending it. */
    Prepared prepare(Call c, boolean probe) {
        Api.Operation op = c.op();
        RoleHolders.Holder h = held.get(c.role());
        OperationCalls.Request req = OperationCalls.known(op.key())
                ? OperationCalls.spec(op.key()).builder().build(new OperationCalls.Context(fx, c.side(), c.role(), h,
                        held, probe))
                : OperationCalls.generic(api, op);
        if (probe) {
            for (Api.Param p : op.pathParams()) {
                req = req.with(p.name(), "integer".equals(p.schema().path("type").asText())
                        ? OperationCalls.UNKNOWN_NUMBER : OperationCalls.UNKNOWN_STRING);
            }
        }
        return new Prepared(op, req, h == null ? null : req.token() != null ? req.token() : h.token);
    }

    /** The problem's title and detail, or the start of any other body. */
    static String detail(Http.Response r) {
        if (Http.PROBLEM_JSON.equals(r.mediaType())) {
            try {
                return r.json().path("title").asText("") + ": " + r.json().path("detail").asText("");
            } catch (AssertionError e) {
                // not JSON after all: show it raw
            }
        }
        String type = r.mediaType();
        if (!type.isEmpty() && !type.contains("json") && !type.startsWith("text/")) {
            return r.body().length() + " characters of " + type;
        }
        String b = r.body().replaceAll("\\s+", " ");
        return b.length() > 160 ? b.substring(0, 160) + "…" : b;
    }
}
