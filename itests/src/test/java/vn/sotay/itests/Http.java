package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A small JSON client for the Sổ Tay REST API (docs/rest-api.md). */
public final class Http {

    public static final ObjectMapper JSON = new ObjectMapper();
    public static final String PROBLEM_JSON = "application/problem+json";

    private final String base;
    private final HttpClient client;

    public Http(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public String base() {
        return base;
    }

    // ---------------------------------------------------------------------------------------------
    // authentication

    /** Logs in and returns the bearer token; fails the test unless the answer is 200 with a token. */
    public String login(String login, String password) {
        Response r = loginResponse(login, password).expect(200);
        String token = r.json().path("token").asText("");
        assertFalse(token.isBlank(), "login " + login + " answered 200 without a token: " + r.body());
        return token;
    }

    /** {@code POST /api/auth/login} whatever the outcome. */
    public Response loginResponse(String login, String password) {
        return post("/api/auth/login", null, Map.of("login", login, "password", password));
    }

    /** The {@code caller} object of a fresh login. */
    public JsonNode caller(String login, String password) {
        Response r = loginResponse(login, password).expect(200);
        return r.json().path("caller");
    }

    // ---------------------------------------------------------------------------------------------
    // requests

    public Response get(String path, String token) {
        return send("GET", path, token, null, null);
    }

    /**
     * POST with a JSON body: a {@link String} is sent as it is (so tests can send broken JSON), any
     * other object is serialised with Jackson, {@code null} sends no body.
     */
    public Response post(String path, String token, Object body) {
        return send("POST", path, token, body == null ? null : "application/json; charset=UTF-8", json(body));
    }

    public Response delete(String path, String token) {
        return send("DELETE", path, token, null, null);
    }

    /** Any request; {@code token}, {@code contentType} and {@code body} may be {@code null}. */
    public Response send(String method, String path, String token, String contentType, String body) {
        return request(method, path, token == null ? null : "Bearer " + token, contentType, body);
    }

    /** A GET with this exact Authorization header value (malformed headers). */
    public Response getWithAuthorization(String path, String authorization) {
        return request("GET", path, authorization, null, null);
    }

    /** Any request with extra headers (such as {@code X-Forwarded-For}); {@code body} is JSON-serialised like {@link #post}. */
    public Response sendWith(String method, String path, String token, Object body, Map<String, String> headers) {
        Map<String, String> all = new java.util.LinkedHashMap<>(headers);
        if (token != null) {
            all.put("Authorization", "Bearer " + token);
        }
        if (body != null) {
            all.put("Content-Type", "application/json; charset=UTF-8");
        }
        String json = json(body);
        return exchange(method, path, all, json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    private Response request(String method, String path, String authorization, String contentType, String body) {
        return exchange(method, path, authorization, contentType,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /**
     * Any request: these headers (an {@code Accept} of JSON and problem+json unless given) and
     * {@code body} sent as raw bytes ({@code null}: no body), so tests can send any header and
     * bytes that are not UTF-8.
     */
    public Response exchange(String method, String path, Map<String, String> headers, byte[] body) {
        return exchange(method, path, null, null, body, headers, Duration.ofSeconds(60));
    }

    /**
     * Any request with a raw body ({@code null}: none), sent byte for byte, so a test can send bytes
     * that are not UTF-8; {@code path} goes out as written (percent-encode it yourself);
     * {@code authorization} is the whole header value or {@code null}; {@code headers} are added.
     */
    public Response exchange(String method, String path, String authorization, String contentType, byte[] body,
            Map<String, String> headers) {
        return exchange(method, path, authorization, contentType, body, headers, Duration.ofSeconds(60));
    }

    /** {@link #exchange(String, String, String, String, byte[], Map)} waiting at most {@code timeout} for the answer. */
    public Response exchange(String method, String path, String authorization, String contentType, byte[] body,
            Map<String, String> headers, Duration timeout) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(timeout);
        if (headers.keySet().stream().noneMatch("Accept"::equalsIgnoreCase)) {
            b.header("Accept", "application/json, application/problem+json");
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        headers.forEach(b::header);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<byte[]> r = client.send(b.build(), Http::bodyUnlessStream);
            return new Response(method + " " + path, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8),
                    r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + base + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * The body, except for a Server-Sent Events stream ({@code text/event-stream}, which never ends):
     * its status and headers are kept, the connection is closed at once and the body is empty.
     */
    static HttpResponse.BodySubscriber<byte[]> bodyUnlessStream(HttpResponse.ResponseInfo info) {
        if (info.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
            return new HttpResponse.BodySubscriber<>() {
                @Override
                public java.util.concurrent.CompletionStage<byte[]> getBody() {
                    return java.util.concurrent.CompletableFuture.completedFuture(new byte[0]);
                }

                @Override
                public void onSubscribe(java.util.concurrent.Flow.Subscription s) {
                    s.cancel();
                }

                @Override
                public void onNext(List<java.nio.ByteBuffer> item) {
                }

                @Override
                public void onError(Throwable t) {
                }

                @Override
                public void onComplete() {
                }
            };
        }
        return HttpResponse.BodySubscribers.ofByteArray();
    }

    /** Every item of a paged list ({@code {"items":[...],"next":...}}), following {@code next}. */
    public List<JsonNode> all(String path, String token) {
        List<JsonNode> out = new ArrayList<>();
        String sep = path.contains("?") ? "&" : "?";
        String cursor = null;
        for (int page = 0; page < 50; page++) {
            Response r = get(path + sep + "limit=100" + (cursor == null ? "" : "&cursor=" + encode(cursor)), token)
                    .expect(200);
            JsonNode items = r.json().path("items");
            assertTrue(items.isArray(), r.what() + ": not a paged list: " + r.body());
            items.forEach(out::add);
            JsonNode next = r.json().path("next");
            if (next.isMissingNode() || next.isNull() || next.asText().isEmpty()) {
                return out;
            }
            cursor = next.asText();
        }
        throw new AssertionError(path + ": more than 50 pages");
    }

    /** Query-string encoding with {@code %20} for spaces. */
    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    private static String json(Object body) {
        if (body == null || body instanceof String) {
            return (String) body;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** An answer: status, raw body, the body parsed when it is JSON, headers. */
    public static final class Response {
        private final String what;
        private final int status;
        private final String body;
        private final HttpHeaders headers;
        private final JsonNode json;
        private final String jsonError;

        Response(String what, int status, String body, HttpHeaders headers) {
            this.what = what;
            this.status = status;
            this.body = body;
            this.headers = headers;
            JsonNode parsed = null;
            String error = null;
            if (!body.isBlank()) {
                try {
                    parsed = JSON.readTree(body);
                } catch (JsonProcessingException e) {
                    error = e.getOriginalMessage();
                }
            }
            this.json = parsed;
            this.jsonError = error;
        }

        /** Method and path, for messages. */
        public String what() {
            return what;
        }

        public int status() {
            return status;
        }

        public String body() {
            return body;
        }

        public HttpHeaders headers() {
            return headers;
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        /** The Content-Type without parameters, lower case; empty when absent. */
        public String mediaType() {
            String ct = header("Content-Type").orElse("");
            int semi = ct.indexOf(';');
            return (semi < 0 ? ct : ct.substring(0, semi)).trim().toLowerCase();
        }

        /** The parsed body; fails the test when the body is not JSON. */
        public JsonNode json() {
            if (json == null) {
                fail(what + " answered " + status + " with a body that is not JSON"
                        + (jsonError == null ? "" : " (" + jsonError + ")") + ": «" + Distribution.abbreviate(body) + "», headers "
                        + headers.map());
            }
            return json;
        }

        /** Asserts the status (showing the body when it differs). */
        public Response expect(int expected) {
            assertEquals(expected, status, () -> what + " answered " + status + " instead of " + expected + ": "
                    + Distribution.abbreviate(body));
            return this;
        }

        /** Asserts a JSON answer (application/json) with this status. */
        public Response expectJson(int expected) {
            expect(expected);
            assertEquals("application/json", mediaType(), () -> what + ": Content-Type " + header("Content-Type"));
            json();
            return this;
        }

        /**
         * Asserts an RFC 7807 answer: the status, Content-Type application/problem+json, a JSON
         * body whose {@code status} matches and whose {@code title} is non-blank Vietnamese text
         * (at least one non-ASCII letter), and a {@code type} under https://sotay.vn/problems/.
         */
        public Response expectProblem(int expected) {
            expect(expected);
            assertEquals(PROBLEM_JSON, mediaType(),
                    () -> what + " (" + status + "): Content-Type " + header("Content-Type") + ", body " + body);
            JsonNode p = json();
            assertEquals(expected, p.path("status").asInt(-1), () -> what + ": problem status field: " + body);
            String title = p.path("title").asText("");
            assertFalse(title.isBlank(), () -> what + ": problem without a title: " + body);
            assertTrue(title.chars().anyMatch(c -> c > 127 && Character.isLetter(c)),
                    () -> what + ": problem title is not Vietnamese text: " + title);
            assertTrue(p.path("type").asText("").startsWith("https://sotay.vn/problems/"),
                    () -> what + ": problem type: " + body);
            return this;
        }

        /** The {@code errors[]} of a problem answer (asserted to be an array). */
        public List<JsonNode> errors() {
            JsonNode e = json().path("errors");
            assertTrue(e.isArray(), () -> what + ": problem without errors[]: " + body);
            List<JsonNode> out = new ArrayList<>();
            e.forEach(out::add);
            return out;
        }

        /** Asserts {@code errors[]} names {@code field} (on any line). */
        public Response expectErrorField(String field) {
            assertTrue(errors().stream().anyMatch(e -> field.equals(e.path("field").asText(null))),
                    () -> what + ": no error for field «" + field + "»: " + body);
            return this;
        }

        /** A numeric field of the JSON body. */
        public long longField(String name) {
            JsonNode n = json().path(name);
            assertTrue(n.isNumber(), () -> what + ": «" + name + "» is not a number: " + body);
            return n.asLong();
        }

        public JsonNode field(String name) {
            JsonNode n = json().path(name);
            assertNotNull(n);
            return n;
        }

        @Override
        public String toString() {
            return what + " → " + status + " " + Distribution.abbreviate(body);
        }
    }
}
