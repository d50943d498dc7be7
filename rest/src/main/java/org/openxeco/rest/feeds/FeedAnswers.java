package org.openxeco.rest.feeds;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.openxeco.feeds.FeedDocument;
import org.openxeco.kernel.FieldError;
import org.openxeco.rest.problem.Problem;

/**
 * The answers of the feed resources: the document with a strong ETag (a digest of its bytes)
 * and its last change, or 304 when the client holds that version; and the problem of an
 * unknown taxonomy value.
 */
final class FeedAnswers {

    private static final Set<String> LANGUAGES = Set.of("en", "fr", "de");

    private FeedAnswers() {
    }

    /** 200 with the document, or 304 when If-None-Match or If-Modified-Since says so. */
    static Response answer(FeedDocument document, String mediaType, Request request,
            HttpHeaders headers) {
        EntityTag tag = new EntityTag(digest(document.text()));
        Date modified = document.lastModified()
                .map(i -> Date.from(i.truncatedTo(ChronoUnit.SECONDS))).orElse(null);
        // A client that names versions is answered by version alone (RFC 9110, 13.2.2).
        Response.ResponseBuilder unchanged = null;
        if (headers.getHeaderString(HttpHeaders.IF_NONE_MATCH) != null) {
            unchanged = request.evaluatePreconditions(tag);
        } else if (modified != null) {
            unchanged = request.evaluatePreconditions(modified);
        }
        Response.ResponseBuilder answer = unchanged != null ? unchanged
                : Response.ok(document.text(), mediaType).lastModified(modified);
        return answer.tag(tag).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).build();
    }

    /** The first of the client's languages that the feeds speak, else English. */
    static Locale language(HttpHeaders headers) {
        List<Locale> asked = headers.getAcceptableLanguages();
        return asked.stream().filter(l -> LANGUAGES.contains(l.getLanguage())).findFirst()
                .map(l -> Locale.forLanguageTag(l.getLanguage())).orElse(Locale.ENGLISH);
    }

    /** 404 naming the {@code tag} parameter. */
    static Response unknownTag(String reference, UriInfo uri) {
        String detail = "Taxonomy value " + reference + " does not exist or does not tag"
                + " what this feed lists";
        Problem problem = Problem.of("not-found", "Not found", 404, detail,
                "/api/" + uri.getPath().replaceFirst("^/", ""))
                .withErrors(List.of(new FieldError("tag", detail)));
        return Response.status(404).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
