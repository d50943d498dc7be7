package org.openxeco.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A portal visitor over plain HTTP: keeps the session cookie itself (the cookie is marked
 * Secure, which Java's cookie store would not send over http) and posts forms the way a
 * browser does, with the view state and the PrimeFaces nonce of the page.
 */
final class PortalSession {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("csp\\.init\\('([^']+)'");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    /**
     * The mark of a sent form as MyFaces writes it (form id plus this suffix); Mojarra's mark,
     * a parameter named and valued as the form id, is added beside it on every post.
     */
    private static final String FORM_MARK = "_SUBMIT";

    private String session;

    /** A page answer: status, location header and body. */
    record Page(int status, String location, String body, HttpResponse<String> raw) {
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(Node.BASE_URL + path)).GET());
    }

    /** Signs in through the form; returns the answer to the form post. */
    Page signIn(String username, String password) {
        Page form = get("/login.xhtml");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("sign-in_SUBMIT", "1");
        fields.put("sign-in:username", username);
        fields.put("sign-in:password", password);
        fields.put("sign-in:submit", "");
        return post("/login.xhtml", form.body(), fields);
    }

    /** Posts a form of a page that was read before, with that page's view state and nonce. */
    Page post(String path, String pageBody, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.putIfAbsent("jakarta.faces.ViewState", first(VIEW_STATE, pageBody));
        all.putIfAbsent("primefaces.nonce", first(NONCE, pageBody));
        return postExactly(path, all);
    }

    /**
     * Posts exactly these fields (each form mark in both implementations' spellings), as a
     * crafted request would, without any page's state.
     */
    Page postExactly(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        fields.keySet().stream().filter(k -> k.endsWith(FORM_MARK))
                .map(k -> k.substring(0, k.length() - FORM_MARK.length()))
                .forEach(form -> all.putIfAbsent(form, form));
        String body = all.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(Node.BASE_URL + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    String sessionCookie() {
        return session;
    }

    private Page send(HttpRequest.Builder request) {
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofSeconds(30))
                    .build(), HttpResponse.BodyHandlers.ofString());
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                Matcher m = SESSION.matcher(cookie);
                if (m.find()) {
                    session = m.group(1);
                }
            }
            return new Page(response.statusCode(),
                    response.headers().firstValue("Location").orElse(""), response.body(),
                    response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text == null ? "" : text);
        return m.find() ? m.group(1) : "";
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
