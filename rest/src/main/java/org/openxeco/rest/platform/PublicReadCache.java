package org.openxeco.rest.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;

import org.openxeco.kernel.Roles;
import org.openxeco.setup.NodeSettings;

/**
 * Keeps the answers of anonymous list and tree reads, keyed by the negotiated media type and
 * the request, and by the node's change sequence. Any write anywhere in the cluster raises
 * that sequence, so a kept answer is served only while nothing has changed since it was
 * made. A JSON client and a JSON-LD client of the same address get their own answers.
 * Staff reads are never kept.
 */
@Provider
@Priority(Priorities.USER)
public class PublicReadCache implements ContainerRequestFilter, ContainerResponseFilter,
        WriterInterceptor {

    private static final String KEY = PublicReadCache.class.getName() + ".key";
    private static final String SEQUENCE = PublicReadCache.class.getName() + ".sequence";
    private static final Set<String> LISTS = Set.of("entities", "articles", "taxonomies");
    /**
     * The memory the kept answers may take together, their keys (the whole query) and
     * bookkeeping counted in; the least recently used go first.
     */
    static final long MAX_TOTAL_BYTES = 8L * 1024 * 1024;
    /** How many answers are kept at most, however small. */
    static final int MAX_ENTRIES = 4096;
    private static final int MAX_BODY_BYTES = 256 * 1024;
    /** A kept answer's bookkeeping besides its body and texts: map entry, record, arrays. */
    private static final int ENTRY_OVERHEAD_BYTES = 256;

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>(64, 0.75f, true);
    private static long totalBytes;

    record Entry(String sequence, MediaType type, byte[] body, String link) {

        /** What the entry holds in memory under the given key, at two bytes a character. */
        long weight(String key) {
            return body.length + 2L * (key.length() + sequence.length()
                    + (link == null ? 0 : link.length())) + ENTRY_OVERHEAD_BYTES;
        }
    }

    @Inject
    NodeSettings settings;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!cacheable(request)) {
            return;
        }
        MediaType type = negotiated(request.getAcceptableMediaTypes(), produced());
        if (type == null) {
            return;
        }
        String key = type + " " + request.getUriInfo().getRequestUri().getRawPath() + "?"
                + request.getUriInfo().getRequestUri().getRawQuery();
        String sequence = settings.publicState();
        Entry entry;
        synchronized (ENTRIES) {
            entry = ENTRIES.get(key);
        }
        if (entry != null && entry.sequence().equals(sequence)) {
            Response.ResponseBuilder kept = Response.ok(entry.body(), entry.type());
            if (entry.link() != null) {
                kept.header(HttpHeaders.LINK, entry.link());
            }
            request.abortWith(kept.build());
            return;
        }
        request.setProperty(KEY, key);
        request.setProperty(SEQUENCE, sequence);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(KEY) != null && response.getStatus() == 200) {
            response.getHeaders().putSingle(KEY, request.getProperty(KEY));
            response.getHeaders().putSingle(SEQUENCE, request.getProperty(SEQUENCE));
        }
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        Object key = context.getHeaders().getFirst(KEY);
        Object sequence = context.getHeaders().getFirst(SEQUENCE);
        if (key == null) {
            context.proceed();
            return;
        }
        context.getHeaders().remove(KEY);
        context.getHeaders().remove(SEQUENCE);
        MediaType type = context.getMediaType();
        Object link = context.getHeaders().getFirst(HttpHeaders.LINK);
        OutputStream original = context.getOutputStream();
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        context.setOutputStream(copy);
        context.proceed();
        byte[] body = copy.toByteArray();
        original.write(body);
        if (body.length <= MAX_BODY_BYTES && type != null) {
            keep((String) key, new Entry((String) sequence, withoutParameters(type), body,
                    link == null ? null : link.toString()));
        }
    }

    /** Keeps an answer, letting the least recently used go beyond the limits. */
    static void keep(String key, Entry entry) {
        synchronized (ENTRIES) {
            Entry previous = ENTRIES.put(key, entry);
            totalBytes += entry.weight(key) - (previous == null ? 0 : previous.weight(key));
            var eldest = ENTRIES.entrySet().iterator();
            while ((totalBytes > MAX_TOTAL_BYTES || ENTRIES.size() > MAX_ENTRIES)
                    && eldest.hasNext()) {
                var gone = eldest.next();
                totalBytes -= gone.getValue().weight(gone.getKey());
                eldest.remove();
            }
        }
    }

    /** How many answers are kept, and the memory they are counted for. */
    static long[] held() {
        synchronized (ENTRIES) {
            return new long[] {ENTRIES.size(), totalBytes};
        }
    }

    private static boolean cacheable(ContainerRequestContext request) {
        if (!HttpMethod.GET.equals(request.getMethod())
                || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            return false;
        }
        if (request.getSecurityContext() != null
                && request.getSecurityContext().isUserInRole(Roles.ADMIN)) {
            return false;
        }
        var segments = request.getUriInfo().getPathSegments();
        if (segments.isEmpty() || !LISTS.contains(segments.get(0).getPath())) {
            return false;
        }
        // Lists of entities and articles, and taxonomy lists and trees.
        return segments.size() == 1
                || segments.get(0).getPath().equals("taxonomies") && segments.size() == 2;
    }

    /**
     * The media type JAX-RS answers with: of the types the matched method produces, the
     * first one the client accepts (its types come ordered by preference); null if none.
     */
    static MediaType negotiated(List<MediaType> acceptable, List<MediaType> produced) {
        for (MediaType accepted : acceptable) {
            if ("0".equals(accepted.getParameters().get("q"))) {
                continue;
            }
            for (MediaType type : produced) {
                if (accepted.isCompatible(type)) {
                    return withoutParameters(type);
                }
            }
        }
        return null;
    }

    private List<MediaType> produced() {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return List.of();
        }
        Produces produces = method.getAnnotation(Produces.class);
        for (Class<?> type = resource.getResourceClass(); produces == null && type != null;
                type = type.getSuperclass()) {
            produces = type.getAnnotation(Produces.class);
        }
        if (produces == null) {
            return List.of(MediaType.WILDCARD_TYPE);
        }
        return Arrays.stream(produces.value()).flatMap(v -> Arrays.stream(v.split(",")))
                .map(v -> MediaType.valueOf(v.strip())).toList();
    }

    private static MediaType withoutParameters(MediaType type) {
        return new MediaType(type.getType(), type.getSubtype());
    }
}
