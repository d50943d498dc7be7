package org.openxeco.rest.platform;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses request bodies over the configured size ({@code openxeco.api.max-body-bytes},
 * 1 MiB by default; CSV imports {@code openxeco.csv.max-bytes}, 20 MiB by default) with 413,
 * whether the client announced the length or not.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {

    private final long limit = ConfigProvider.getConfig()
            .getOptionalValue("openxeco.api.max-body-bytes", Long.class).orElse(1L << 20);

    // CSV imports: files have a limit of their own, checked again while the file is read.
    private final long csvLimit = ConfigProvider.getConfig()
            .getOptionalValue("openxeco.csv.max-bytes", Long.class).orElse(20L << 20);

    @Override
    public void filter(ContainerRequestContext request) {
        // One byte more than the file limit, so that the import reports an oversize file
        // itself (naming the limit) when the client did not announce the length.
        long allowed = request.getUriInfo().getPath().replaceFirst("^/", "").startsWith("csv/")
                ? Math.max(csvLimit + 1, limit) : limit;
        // Over HTTP/2 the header may arrive repeated ("12,12"); the counting stream below
        // enforces the limit whatever the header says, so an unreadable one is not fatal.
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && declaredLength(length) > allowed) {
            throw tooLarge();
        }
        request.setEntityStream(new Limited(request.getEntityStream(), allowed));
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.split(",")[0].strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static WebApplicationException tooLarge() {
        return new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }

    /** Counts the bytes read and fails once the limit is passed. */
    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long count;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            count += n;
            if (count > limit) {
                throw tooLarge();
            }
        }
    }
}
