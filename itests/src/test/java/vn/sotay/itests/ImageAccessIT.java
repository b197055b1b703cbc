package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Images of unpublished articles are not public: an image is served with a valid signature (the
 * URLs the API answers, valid one to two days) or to a caller who uploaded it or may read an article
 * showing it; anyone else gets 404, the same as for an image that does not exist.
 */
@Order(6)
class ImageAccessIT {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Pattern SRC = Pattern.compile("src=\"(/api/news/images/[0-9a-f]{64}\\?[^\"]+)\"");
    private static Http http;
    private static String editor;
    private static String admin;
    private static String memberA;
    private static String memberB;
    private static long tp;

    @BeforeAll
    static void boot() {
        http = Distribution.get().http();
        editor = http.login(Demo.EDITOR, Demo.PASSWORD);
        admin = http.login(Demo.ADMIN, Demo.PASSWORD);
        memberA = http.login(Demo.MEMBER_A, Demo.PASSWORD);
        memberB = http.login(Demo.MEMBER_B, Demo.PASSWORD);
        tp = Orgs.id(http, admin, Demo.TP);
    }

    /** A GET of an image as an {@code <img>} tag sends it: no token, unless one is given (bearer or cookie). */
    static HttpResponse<byte[]> fetch(String path, String bearer, String cookie) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(http.base() + path)).timeout(Duration.ofSeconds(30)).GET();
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        try {
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void found(HttpResponse<byte[]> r, String what) {
        assertEquals(200, r.statusCode(), what);
        assertEquals("image/png", r.headers().firstValue("Content-Type").orElse(""), what);
    }

    static void notFound(HttpResponse<byte[]> r, String what) {
        assertEquals(404, r.statusCode(), what);
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(Http.PROBLEM_JSON), what + ": " + body);
        assertTrue(body.contains("Không tìm thấy ảnh."), what + ": " + body);
    }

    static JsonNode upload(int w, int h) throws IOException {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
        img.setRGB(w / 2, h / 2, (int) (System.nanoTime() & 0xFFFFFF)); // new bytes on every run
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", png);
        HttpResponse<String> r = TestFiles.upload(http, "/api/news/images", editor, "image/png", png.toByteArray());
        assertEquals(201, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Location").orElse("").endsWith("/api/news/images/"
                + Http.JSON.readTree(r.body()).path("id").asText()), "Location: " + r.headers());
        return Http.JSON.readTree(r.body());
    }

    /** A signature made with the module's own key (read from the data folder), to prove expiry is checked. */
    static String sign(String id, long exp) throws Exception {
        Path key = Distribution.get().home().resolve("data/sotay/news/image-key");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(Files.readString(key).strip()), "HmacSHA256"));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                mac.doFinal((id + ":" + exp).getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aDraftsImagesAreServedOnlyWithASignatureOrToThoseWhoMayReadTheArticle() throws Exception {
        JsonNode cover = upload(800, 400);
        JsonNode inline = upload(500, 300);
        String id = cover.path("id").asText();
        String plain = "/api/news/images/" + id;
        String signed = cover.path("url").asText();
        assertTrue(signed.startsWith(plain + "?exp="), signed);
        long draft = http.post("/api/news/articles", editor, Http.object().put("title", "Tin có ảnh chưa đăng")
                .put("body", "<p>Ảnh trong bài:</p><img src=\"" + inline.path("url").asText() + "\" alt=\"Hội nghị\">")
                .put("category", "province").put("audienceOrgId", tp).put("coverImageId", id)).expectJson(201)
                .longField("id");

        // a draft's images: not for an anonymous client nor a member of the audience, whatever they try
        notFound(fetch(plain, null, null), "anonymous, no signature");
        notFound(fetch(plain, memberA, null), "member of the audience, draft");
        notFound(fetch(plain + "?variant=thumb", memberA, null), "a variant, draft");
        String sig = signed.substring(signed.indexOf("&sig=") + 5);
        String exp = signed.substring(signed.indexOf("exp=") + 4, signed.indexOf("&sig="));
        String tampered = sig.substring(0, sig.length() - 1) + (sig.endsWith("A") ? "B" : "A");
        notFound(fetch(plain + "?exp=" + exp + "&sig=" + tampered, null, null), "tampered signature");
        notFound(fetch(plain + "?exp=" + (Long.parseLong(exp) + 86_400) + "&sig=" + sig, null, null), "moved expiry");
        long past = Long.parseLong(exp) - 3 * 86_400;
        notFound(fetch(plain + "?exp=" + past + "&sig=" + sign(id, past), null, null), "expired, correctly signed");
        notFound(fetch("/api/news/images/" + "0".repeat(64), editor, null), "no such image: the same answer");

        // the uploader (bearer or CMS cookie), a manager, and anyone holding the signed URL
        found(fetch(plain, editor, null), "uploader");
        found(fetch(plain, admin, null), "reviewer of the audience");
        found(fetch(plain, null, cmsCookie(Demo.EDITOR)), "uploader in the CMS (cookie)");
        HttpResponse<byte[]> bySignature = fetch(signed, null, null);
        found(bySignature, "signed URL answered by the API");
        String cache = bySignature.headers().firstValue("Cache-Control").orElse("");
        assertTrue(cache.contains("private") && cache.matches(".*max-age=\\d+.*"), "cacheable until expiry: " + cache);
        long maxAge = Long.parseLong(cache.replaceAll(".*max-age=(\\d+).*", "$1"));
        assertTrue(maxAge > 86_000 && maxAge <= 2 * 86_400, cache);
        String unsignedCache = fetch(plain, editor, null).headers().firstValue("Cache-Control").orElse("");
        assertTrue(unsignedCache.contains("private") && unsignedCache.contains("no-cache"), unsignedCache);
        // the draft's body answers its image signed: the editor's page shows it without a token
        String body = http.get("/api/news/articles/" + draft, editor).expectJson(200).json().path("body").asText();
        Matcher m = SRC.matcher(body);
        assertTrue(m.find(), body);
        found(fetch(m.group(1).replace("&amp;", "&"), null, null), "signed image of the body");

        // published to TP: members of TP read it, through the feed's signed URLs or with their token
        http.post("/api/news/articles/" + draft + "/submit", editor, null).expectJson(200);
        http.post("/api/news/articles/" + draft + "/approve", admin, null).expectJson(200);
        JsonNode item = null;
        for (JsonNode i : http.all("/api/news", memberA)) {
            if (i.path("id").asLong() == draft) {
                item = i;
            }
        }
        assertNotNull(item, "in member A's feed");
        found(fetch(item.path("coverUrl").asText(), null, null), "feed's signed cover, no token");
        found(fetch(item.path("coverThumbUrl").asText(), null, null), "feed's signed thumbnail, no token");
        found(fetch(plain, memberA, null), "member of the audience, bearer, no signature");
        String read = http.get("/api/news/articles/" + draft, memberA).expectJson(200).json().path("body").asText();
        Matcher r = SRC.matcher(read);
        assertTrue(r.find(), read);
        found(fetch(r.group(1).replace("&amp;", "&"), null, null), "the body's image for a reader");
        found(fetch("/api/news/images/" + inline.path("id").asText(), memberA, null), "the body's image, bearer");
        // another district, or nobody: still 404 without a signature
        notFound(fetch(plain, memberB, null), "member of another district");
        notFound(fetch(plain, null, null), "anonymous, published, no signature");
    }

    @Test
    void theSigningKeyIsReadableByTheServiceAccountOnly() throws IOException {
        upload(40, 30); // the key exists once the module is active
        Path key = Distribution.get().home().resolve("data/sotay/news/image-key");
        assertTrue(Files.isRegularFile(key), key.toString());
        if (key.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        }
    }

    /** The Cookie header of a CMS session of this demo account. */
    static String cmsCookie(String login) {
        Http.Response r = http.post("/api/auth/session", null, Http.object().put("login", login)
                .put("password", Demo.PASSWORD));
        assertEquals(200, r.status(), r.body());
        return r.headers().allValues("Set-Cookie").stream().map(c -> c.substring(0, c.indexOf(';')))
                .filter(c -> c.startsWith("SOTAY_SESSION=")).findFirst().orElseThrow();
    }
}
