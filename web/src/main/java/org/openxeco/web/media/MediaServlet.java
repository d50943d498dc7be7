package org.openxeco.web.media;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.openxeco.kernel.Roles;
import org.openxeco.media.MediaItem;
import org.openxeco.media.MediaService;

/**
 * Serves a stored image at {@code /media/<sha-256 hash>}. The address names the content, so
 * the answer never changes and may be cached for good; anything unknown is not found. A
 * member's upload waiting for review is served only to that member and administrators.
 */
@WebServlet(name = "media", urlPatterns = "/media/*")
public class MediaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MediaService media;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<MediaItem> item = hashOf(request.getPathInfo()).flatMap(media::find)
                .filter(i -> i.visibleTo(request.getRemoteUser(),
                        request.isUserInRole(Roles.ADMIN)));
        if (item.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = item.get().getContent();
        response.setContentType(item.get().getContentType());
        response.setContentLength(content.length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        // A pending upload may become public or vanish: kept by no cache, shared or not.
        response.setHeader("Cache-Control", item.get().isPending() ? "private, no-store"
                : "public, max-age=31536000, immutable");
        response.setHeader("ETag", "\"" + item.get().getHash() + "\"");
        response.getOutputStream().write(content);
    }

    static Optional<String> hashOf(String pathInfo) {
        if (pathInfo == null || pathInfo.length() < 2) {
            return Optional.empty();
        }
        String hash = pathInfo.substring(1);
        return MediaItem.isHash(hash) ? Optional.of(hash) : Optional.empty();
    }
}
