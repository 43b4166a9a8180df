package org.budgetdisclosure.web.functional;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One user's browser against the portal: java.net.http with its own cookie jar, redirects not
 * followed (so a test sees the 302 of a successful form post). After {@link #login} it holds the
 * session's CSRF token, read from the page's {@code <meta name="csrf-token">}, and sends it with
 * every form ({@code _csrf}) and API call ({@code X-CSRF-Token}).
 */
public final class Browser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]*)\">");
    private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String csrf;
    private String basic;

    Browser(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** What came back. */
    public record Response(int status, String body, HttpHeaders headers) {

        public Optional<String> location() {
            return headers.firstValue("Location");
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    /** Signs in through the login form, with the token the login page gave; then reads the session's token. */
    public Browser login(String username, String password) {
        Response page = get("/login");
        assertThat(page.status()).as("login page").isEqualTo(200);
        Matcher m = HIDDEN_CSRF.matcher(page.body());
        assertThat(m.find()).as("login form has a CSRF token").isTrue();
        csrf = m.group(1);
        Response r = post("/login", form("username", username, "password", password));
        assertThat(r.status()).as("login of %s: %s", username, r).isEqualTo(302);
        refreshCsrf();
        return this;
    }

    /** Reads the session's CSRF token from a page's meta element. */
    public String refreshCsrf() {
        Response desk = get("/");
        Matcher m = META_CSRF.matcher(desk.body());
        assertThat(m.find()).as("page has a csrf-token meta element").isTrue();
        csrf = m.group(1);
        return csrf;
    }

    public String csrf() {
        return csrf;
    }

    /** Sends HTTP Basic credentials on every request instead of using the session (API clients). */
    public Browser basic(String username, String password) {
        basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public Optional<HttpCookie> sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID")).findFirst();
    }

    public static Map<String, String> form(String... nameValue) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            m.put(nameValue[i], nameValue[i + 1]);
        }
        return m;
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET());
    }

    /** A GET with one extra header (e.g. a Cookie this browser's jar does not hold). */
    public Response getWithHeader(String path, String name, String value) {
        return send(request(path).header(name, value).GET());
    }

    /** A form post with the session's token (unless the form already has a {@code _csrf} field). */
    public Response post(String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        if (csrf != null) {
            withToken.putIfAbsent("_csrf", csrf);
        }
        return postWithoutToken(path, withToken);
    }

    /** A form post exactly as given: what a forged cross-site form would send. */
    public Response postWithoutToken(String path, Map<String, String> fields) {
        StringJoiner body = new StringJoiner("&");
        fields.forEach((k, v) -> body.add(enc(k) + "=" + enc(v)));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** A multipart form with one file (field {@code file}) and the session's token. */
    public Response upload(String path, String fileName, byte[] content, Map<String, String> fields) {
        String boundary = "----bdtest" + System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 1024);
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.putIfAbsent("_csrf", csrf);
        }
        all.forEach((k, v) -> write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n" + v + "\r\n"));
        write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName.replace("\"", "%22")
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        out.writeBytes(content);
        write(out, "\r\n--" + boundary + "--\r\n");
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    public Response upload(String path, String fileName, byte[] content) {
        return upload(path, fileName, content, Map.of());
    }

    /** An API call with a JSON body (or none) and the session's token as a header. */
    public Response api(String method, String path, String json) {
        HttpRequest.Builder b = request(path).header("Accept", "application/json");
        if (csrf != null) {
            b.header("X-CSRF-Token", csrf);
        }
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        return send(b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    /** An API call with exactly this token header (none when null), whatever the session's token is. */
    public Response apiWithToken(String method, String path, String json, String token) {
        HttpRequest.Builder b = request(path).header("Accept", "application/json").header("Content-Type", "application/json");
        if (token != null) {
            b.header("X-CSRF-Token", token);
        }
        return send(b.method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Raw bytes to an API path (POST /api/disclosures?filename=…). */
    public Response apiBytes(String path, byte[] body) {
        HttpRequest.Builder b = request(path).header("Accept", "application/json").header("Content-Type", "application/octet-stream");
        if (csrf != null) {
            b.header("X-CSRF-Token", csrf);
        }
        return send(b.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (basic != null) {
            b.header("Authorization", basic);
        }
        return b;
    }

    private Response send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
