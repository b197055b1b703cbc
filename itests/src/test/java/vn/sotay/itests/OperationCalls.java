package vn.sotay.itests;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import vn.sotay.itests.MatrixRole.Side;

/**
 * How to call each operation of the API validly, in one place: its path parameters, required
 * query parameters and a valid body, for an object of side A (TP, cell A) or side B (SH, cell B).
 * Valid, so that the matrix's statuses reflect authorisation and not validation, and so that the
 * fuzz test mutates something the server would accept.
 *
 * <p>An operation missing here is still called: {@link #generic} fills path parameters with ids
 * that do not exist and the body with {@link SchemaValues#example} (enough for lists and creates
 * without references). An operation on objects gets a builder here with its fixture.
 */
final class OperationCalls {
    /** Ids no fixture has: what "unknown id" probes and {@link #generic} send. */
    static final String UNKNOWN_NUMBER = "2000000001";
    static final String UNKNOWN_STRING = "0".repeat(64);
    static final String MEMBER_HEADER = "Họ và tên,Ngày sinh,Giới tính,Số thẻ đảng viên,Điện thoại,Email,Mã chi bộ,"
            + "Trạng thái,Ngày vào Đảng,Ngày chính thức\n";

    /**
     * The request of one call: path parameter values (by name), the query string (without {@code ?},
     * may be empty), the body's media type and bytes ({@code null}: none), a token replacing the
     * caller's ({@code null}: the caller's own), and what to do with the answer afterwards.
     */
    record Request(Map<String, String> pathParams, String query, String contentType, byte[] body, String token,
            Consumer<Http.Response> after) {
        Request with(String param, Object value) {
            Map<String, String> p = new LinkedHashMap<>(pathParams);
            p.put(param, String.valueOf(value));
            return new Request(p, query, contentType, body, token, after);
        }

        Request query(String q) {
            return new Request(pathParams, q, contentType, body, token, after);
        }

        Request json(Object value) {
            try {
                return new Request(pathParams, query, "application/json; charset=UTF-8",
                        Http.JSON.writeValueAsBytes(value), token, after);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(e);
            }
        }

        Request bytes(String type, byte[] bytes) {
            return new Request(pathParams, query, type, bytes, token, after);
        }

        Request token(String t) {
            return new Request(pathParams, query, contentType, body, t, after);
        }

        Request after(Consumer<Http.Response> a) {
            return new Request(pathParams, query, contentType, body, token, a);
        }

        /** {@code template} with the path parameters filled in, and the query. */
        String path(String template) {
            String p = template;
            for (Map.Entry<String, String> e : pathParams.entrySet()) {
                p = p.replace("{" + e.getKey() + "}", e.getValue());
            }
            return query.isEmpty() ? p : p + "?" + query;
        }
    }

    static Request request() {
        return new Request(Map.of(), "", null, null, null, null);
    }

    /**
     * What a builder knows: the fixtures, the side of the object, the role (and its holder,
     * {@code null} for anonymous), and {@code probe}: true when the ids will be replaced by unknown
     * ones, so no object needs to be made ({@link #id} answers 0 without calling its supplier).
     */
    record Context(Fixtures fx, Side side, MatrixRole role, RoleHolders.Holder holder,
            Map<MatrixRole, RoleHolders.Holder> all, boolean probe) {
        long id(LongSupplier make) {
            return probe ? 0 : make.getAsLong();
        }

        /** The caller's holder, or for anonymous callers the first holder there is (a login to send). */
        RoleHolders.Holder credentials() {
            return holder != null ? holder : all.values().iterator().next();
        }

        /** Runs a preparation as the caller (bookmark state), unless probing or anonymous. */
        void prepare(String method, String path) {
            if (!probe && holder != null) {
                fx.http().send(method, path, holder.token, null, null);
            }
        }
    }

    /** Builds the request of one call. */
    interface Builder {
        Request build(Context c);
    }

    /**
     * An operation's builder; {@code sided}: acts on (or creates) an object of a side, so the matrix
     * calls it inside and outside the caller's subtree; {@code sessionChanging}: revokes the caller's
     * tokens (password change), so the matrix runs it alone, after everything else.
     */
    record Spec(boolean sided, boolean sessionChanging, Builder builder) {
    }

    private static final Map<String, Spec> SPECS = new HashMap<>();

    private static void common(String op, Builder b) {
        SPECS.put(op, new Spec(false, false, b));
    }

    private static void sided(String op, Builder b) {
        SPECS.put(op, new Spec(true, false, b));
    }

    static Spec spec(String operation) {
        return SPECS.getOrDefault(operation, new Spec(false, false, c -> request()));
    }

    static boolean known(String operation) {
        return SPECS.containsKey(operation);
    }

    static {
        for (String op : new String[] {"GET /api/ping", "GET /api/modules", "GET /api/openapi.json", "GET /api/auth/me",
            "DELETE /api/auth/session", "GET /api/org/tree", "GET /api/members/me", "GET /api/audit", "GET /api/menu",
            "GET /api/metrics", "GET /api/notices", "GET /api/notices/sent", "GET /api/news", "GET /api/news/categories",
            "GET /api/news/review", "GET /api/news/desk", "GET /api/documents", "GET /api/documents/bookmarks",
            "GET /api/documents/vocabulary", "GET /api/documents/desk", "GET /api/documents/review"}) {
            common(op, c -> request());
        }
        // platform: authentication
        common("POST /api/auth/login", c -> request().json(login(c)));
        common("POST /api/auth/session", c -> request().json(login(c)));
        common("POST /api/auth/logout", c -> request().token(c.holder() == null || c.probe() ? null
                : c.fx().holders().extraToken(c.holder())));
        SPECS.put("POST /api/auth/password", new Spec(false, true, c -> {
            String next = RoleHolders.newPassword();
            String old = c.holder() == null ? "Sai@matkhau1" : c.holder().password;
            return request().json(Map.of("oldPassword", old, "newPassword", next)).after(r -> {
                if (c.holder() != null) {
                    if (r.status() == 204) {
                        c.holder().password = next;
                    }
                    c.fx().holders().relogin(c.holder());
                }
            });
        }));
        common("GET /api/search", c -> request().query("q=" + Http.encode("kiểm thử")));
        common("GET /api/content", c -> request().query("ref=document:1&ref=article:1&ref=lesson:1"));
        // platform: organisations, members, roles, accounts, imports, metrics
        for (String op : new String[] {"GET /api/org/{id}", "GET /api/org/{id}/children", "GET /api/org/{id}/subtree"}) {
            sided(op, c -> request().with("id", c.fx().cell(c.side())));
        }
        sided("GET /api/members", c -> request().query("org=" + c.fx().cell(c.side())));
        sided("GET /api/members/{id}", c -> request().with("id", c.id(() -> c.fx().target(c.side()).memberId)));
        sided("POST /api/accounts/{memberId}/password", c -> {
            RoleHolders.Holder t = c.probe() ? null : c.fx().target(c.side());
            return request().with("memberId", t == null ? 0 : t.memberId)
                    .json(Map.of("password", t == null ? RoleHolders.newPassword() : t.password));
        });
        sided("POST /api/roles", c -> request().json(Map.of("memberId", c.fx().target(c.side()).memberId,
                "role", "SECRETARY", "orgId", c.fx().cell(c.side()))));
        sided("DELETE /api/roles", c -> {
            c.fx().grantTarget(c.side());
            return request().query("memberId=" + c.fx().target(c.side()).memberId + "&role=SECRETARY&orgId="
                    + c.fx().cell(c.side()));
        });
        sided("POST /api/import/organisations", c -> request().bytes("text/csv; charset=UTF-8",
                utf8("Mã,Tên,Loại,Mã cấp trên\n" + c.fx().cellRow(c.side()) + "\n")));
        sided("POST /api/import/members", c -> request().bytes("text/csv; charset=UTF-8",
                utf8(MEMBER_HEADER + memberRow(c.fx().targetRecord(c.side()), c.fx().cellCode(c.side())) + "\n")));
        sided("GET /api/metrics/{id}", c -> request().with("id", "platform.accounts")
                .query("org=" + c.fx().cell(c.side())));
        // notices
        sided("POST /api/notices", c -> request().json(c.fx().noticeBody(c.fx().cell(c.side()))));
        for (String op : new String[] {"GET /api/notices/{id}", "POST /api/notices/{id}/ack", "GET /api/notices/{id}/stats"}) {
            sided(op, c -> request().with("id", c.id(() -> c.fx().notice(c.side()))));
        }
        // inbox and live updates (streams: the client keeps the status and headers and hangs up)
        for (String op : new String[] {"GET /api/inbox", "GET /api/inbox/unread", "POST /api/inbox/read",
            "GET /api/inbox/stream"}) {
            common(op, c -> request());
        }
        common("GET /api/live", c -> request().query("topic=platform/inbox"));
        sided("POST /api/inbox/{id}/read", c -> request().with("id", c.id(() -> c.fx().inboxItem(c.side()))));
        NewsCalls.register();
        DocumentCalls.register();
        MeetingMinutesCalls.register(OperationCalls::sided, OperationCalls::common);
        MeetingFixtures.register(OperationCalls::common, OperationCalls::sided);
        VoteCalls.register(OperationCalls::sided);
        SurveyCalls.register();
        StudyCalls.register(OperationCalls::common, OperationCalls::sided);
        StudyCalls.registerProgrammes(OperationCalls::common, OperationCalls::sided);
        StudyFileCalls.register(OperationCalls::sided);
        QaCalls.register(OperationCalls::common, OperationCalls::sided);
    }

    /** Surveys: asked of cell A (side A) or cell B (side B). */
    private static final class SurveyCalls {
        static void register() {
            String survey = "/api/surveys/{id}";
            common("GET /api/surveys", c -> request());
            sided("POST /api/surveys", c -> request().json(c.fx().surveyBody(c.fx().cell(c.side()))));
            for (String op : new String[] {"GET " + survey, "GET " + survey + "/results", "GET " + survey + "/results.xlsx"}) {
                sided(op, c -> request().with("id", c.id(() -> c.fx().openSurvey(c.side()))));
            }
            sided("PUT " + survey, c -> request().with("id", c.id(() -> c.fx().freshDraftSurvey(c.side())))
                    .json(c.fx().surveyBody(c.fx().cell(c.side()))));
            sided("POST " + survey + "/publish", c -> request().with("id", c.id(() -> c.fx().freshDraftSurvey(c.side()))));
            for (String op : new String[] {"POST " + survey + "/close", "POST " + survey + "/remind"}) {
                sided(op, c -> request().with("id", c.id(() -> c.fx().freshOpenSurvey(c.side()).path("id").asLong())));
            }
            sided("POST " + survey + "/responses", c -> {
                JsonNode s = c.probe() ? Http.object().put("id", 0) : c.fx().freshOpenSurvey(c.side());
                return request().with("id", s.path("id").asLong()).json(Fixtures.surveyAnswer(s));
            });
        }
    }

    /** News: articles for TP (side A) or SH (side B). */
    private static final class NewsCalls {
        static void register() {
            String article = "/api/news/articles/{id}";
            sided("POST /api/news/articles", c -> request().json(c.fx().articleBody(c.fx().district(c.side()), null)));
            sided("GET " + article, c -> request().with("id", c.id(() -> c.fx().publishedArticle(c.side()))));
            sided("PUT " + article, c -> request().with("id", c.id(() -> c.fx().freshDraftArticle(c.side())))
                    .json(c.fx().articleBody(c.fx().district(c.side()), null)));
            sided("POST " + article + "/submit", c -> request().with("id", c.id(() -> c.fx().freshDraftArticle(c.side()))));
            sided("POST " + article + "/return", c -> request()
                    .with("id", c.id(() -> c.fx().freshSubmittedArticle(c.side())))
                    .json(Map.of("comment", "Bổ sung số liệu của quý.")));
            sided("POST " + article + "/approve", c -> request()
                    .with("id", c.id(() -> c.fx().freshSubmittedArticle(c.side()))));
            sided("POST " + article + "/archive", c -> request()
                    .with("id", c.id(() -> c.fx().freshPublishedArticle(c.side()))));
            sided("GET " + article + "/versions", c -> request().with("id", c.id(() -> c.fx().publishedArticle(c.side()))));
            sided("GET " + article + "/versions/{n}", c -> request()
                    .with("id", c.id(() -> c.fx().publishedArticle(c.side()))).with("n", 1));
            sided("POST " + article + "/versions/{n}/restore", c -> request()
                    .with("id", c.id(() -> c.fx().freshDraftArticle(c.side()))).with("n", 1));
            common("POST /api/news/images", c -> request().bytes("image/png", c.fx().uploadPng()));
            sided("GET /api/news/images/{key}", c -> request().with("key", c.probe() ? UNKNOWN_STRING : c.fx().image(c.side())));
        }
    }

    /** Documents: owned by and addressed to cell A (side A) or cell B (side B). */
    private static final class DocumentCalls {
        static void register() {
            String doc = "/api/documents/{id}";
            sided("POST /api/documents", c -> request().json(c.fx().documentBody(c.fx().cell(c.side()))));
            common("GET /api/documents/search", c -> request().query("q=" + Http.encode("kiểm thử")));
            sided("GET /api/documents/stats", c -> request().query("org=" + c.fx().cell(c.side())));
            sided("GET " + doc, c -> request().with("id", c.id(() -> c.fx().publishedDocument(c.side())[0])));
            sided("PUT " + doc, c -> request().with("id", c.id(() -> c.fx().freshDraftDocument(c.side())))
                    .json(c.fx().documentBody(c.fx().cell(c.side()))));
            sided("POST " + doc + "/submit", c -> request().with("id", c.id(() -> c.fx().freshDraftDocument(c.side()))));
            sided("POST " + doc + "/return", c -> request()
                    .with("id", c.id(() -> c.fx().freshSubmittedDocument(c.side())))
                    .json(Map.of("comment", "Bổ sung căn cứ ban hành.")));
            sided("POST " + doc + "/approve", c -> request()
                    .with("id", c.id(() -> c.fx().freshSubmittedDocument(c.side()))));
            sided("POST " + doc + "/archive", c -> request()
                    .with("id", c.id(() -> c.fx().freshPublishedDocument(c.side()))));
            sided("POST " + doc + "/legal-status", c -> request()
                    .with("id", c.id(() -> c.fx().freshPublishedDocument(c.side()))).json(Map.of("status", "EXPIRED")));
            sided("POST /api/documents/status-requests/{rid}/accept", c -> request()
                    .with("rid", c.id(() -> c.fx().freshStatusRequest(c.side()))));
            sided("POST /api/documents/status-requests/{rid}/reject", c -> request()
                    .with("rid", c.id(() -> c.fx().freshStatusRequest(c.side()))));
            sided("POST " + doc + "/attachments", c -> request()
                    .with("id", c.id(() -> c.fx().freshDraftDocument(c.side()))).query("name=kiem-thu.pdf")
                    .bytes(Fixtures.PDF, Fixtures.pdf()));
            sided("DELETE " + doc + "/attachments/{aid}", c -> {
                long[] d = c.probe() ? new long[2] : c.fx().freshDraftDocumentWithAttachment(c.side());
                return request().with("id", d[0]).with("aid", d[1]);
            });
            sided("GET " + doc + "/attachments/{aid}", c -> {
                long[] d = c.probe() ? new long[2] : c.fx().publishedDocument(c.side());
                return request().with("id", d[0]).with("aid", d[1]);
            });
            sided("PUT " + doc + "/bookmark", c -> {
                long id = c.id(() -> c.fx().publishedDocument(c.side())[0]);
                c.prepare("DELETE", "/api/documents/" + id + "/bookmark");
                return request().with("id", id);
            });
            sided("DELETE " + doc + "/bookmark", c -> {
                long id = c.id(() -> c.fx().bookmarkedDocument(c.side()));
                c.prepare("PUT", "/api/documents/" + id + "/bookmark");
                return request().with("id", id);
            });
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** A members CSV line that re-imports {@code m} unchanged (ISO dates and constants are accepted). */
    static String memberRow(JsonNode m, String cellCode) {
        return String.join(",", m.path("fullName").asText(), text(m, "birthDate"), text(m, "gender"),
                m.path("cardNumber").asText(), m.path("phone").asText(), text(m, "email"), cellCode,
                m.path("status").asText(), text(m, "joinedOn"), text(m, "officialOn"));
    }

    private static String text(JsonNode m, String field) {
        JsonNode v = m.path(field);
        return v.isNull() || v.isMissingNode() ? "" : v.asText();
    }

    private static Map<String, String> login(Context c) {
        RoleHolders.Holder h = c.credentials();
        return Map.of("login", h.login, "password", h.password);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The request of an operation nobody described here: unknown ids, an example body from its schema. */
    static Request generic(Api api, Api.Operation op) {
        Request r = request();
        for (Api.Param p : op.pathParams()) {
            r = r.with(p.name(), "integer".equals(p.schema().path("type").asText()) ? UNKNOWN_NUMBER : UNKNOWN_STRING);
        }
        if (op.jsonBody()) {
            r = r.json(SchemaValues.example(api, op.bodySchema()));
        } else if (op.hasBody()) {
            r = r.bytes("application/octet-stream", new byte[] {1, 2, 3});
        }
        return r;
    }
}
