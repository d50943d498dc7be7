package org.openxeco.media;

import java.time.Instant;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.openxeco.kernel.InstantConverter;

/**
 * An uploaded image, stored once per content: its key is the SHA-256 hash of its bytes in
 * lower-case hex, so storing the same bytes again finds this row. Its bytes never change; an
 * image a member uploaded is pending (not public) until the change that uses it is accepted.
 */
@Entity
@Table(name = "media")
public class MediaItem {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    @Id
    @Column(length = 64, updatable = false)
    private String hash;

    @Column(name = "content_type", nullable = false, updatable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(updatable = false)
    private Integer width;

    @Column(updatable = false)
    private Integer height;

    @Convert(converter = InstantConverter.class)
    @Column(nullable = false, updatable = false)
    private Instant created;

    // A BYTEA column on PostgreSQL and a binary one on H2 (see the V3 migration); EclipseLink
    // binds a byte array to either as plain bytes, never as a large-object OID.
    @Lob
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "pending_by", length = 100)
    private String pendingBy;

    protected MediaItem() {
    }

    MediaItem(String hash, ImageFormat format, byte[] content, ImageSize size, Instant created) {
        this.hash = hash;
        this.contentType = format.contentType();
        this.size = content.length;
        this.width = size == null ? null : size.width();
        this.height = size == null ? null : size.height();
        this.created = created;
        this.content = content.clone();
    }

    /** Whether the text has the form of a media hash: 64 lower-case hex digits. */
    public static boolean isHash(String text) {
        return text != null && HASH.matcher(text).matches();
    }

    public String getHash() {
        return hash;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    /** The width in pixels, or null when the header did not state it readably. */
    public Integer getWidth() {
        return width;
    }

    /** The height in pixels, or null when the header did not state it readably. */
    public Integer getHeight() {
        return height;
    }

    public Instant getCreated() {
        return created;
    }

    /** Whether the image waits for a review and may be shown only to its uploader and admins. */
    public boolean isPending() {
        return pendingBy != null;
    }

    /** The user name of the member whose pending upload this is; null once public. */
    public String getPendingBy() {
        return pendingBy;
    }

    /** Whether this person may see the image: anyone once public, else its uploader or admins. */
    public boolean visibleTo(String username, boolean admin) {
        return pendingBy == null || admin || pendingBy.equals(username);
    }

    void holdFor(String username) {
        pendingBy = username;
    }

    void release() {
        pendingBy = null;
    }

    /** A copy of the stored bytes. */
    public byte[] getContent() {
        return content.clone();
    }
}
