package org.openxeco.media;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.openxeco.kernel.ChangeLog;
import org.openxeco.kernel.Problems;
import org.openxeco.kernel.Roles;
import org.openxeco.kernel.SystemTask;

/**
 * Stores uploaded images once per content hash and finds them again. An upload is accepted
 * only if its bytes start like a PNG, JPEG, GIF or WebP image and it is within the size
 * limit ({@code openxeco.media.max-logo-bytes}, 1 MiB by default). Storing needs the admin
 * role; reading does not, as stored images are shown on public pages. A member's upload is
 * stored pending and becomes public only when the change using it is accepted.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
public class MediaService {

    /** The size limit of a logo when none is configured: 1 MiB. */
    public static final long DEFAULT_MAX_LOGO_BYTES = 1024 * 1024;

    static final String FIELD = "logo";

    private static final Logger LOG = Logger.getLogger(MediaService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ChangeLog changes;

    // The initial value serves where nothing injects the configuration (tests).
    @Inject
    @ConfigProperty(name = "openxeco.media.max-logo-bytes", defaultValue = "1048576")
    long maxLogoBytes = DEFAULT_MAX_LOGO_BYTES;

    @Resource
    SessionContext context;

    Clock clock = Clock.systemUTC();

    /**
     * Stores an image, or returns the stored one with the same bytes. The declared name is
     * used in the log only: the type comes from the bytes themselves.
     */
    public MediaItem store(byte[] bytes, String declaredName) {
        return store(bytes, declaredName, null);
    }

    /**
     * Stores an image a member uploaded, pending until {@link #release} makes it public; the
     * same bytes stored already keep their state. Needs the admin role (or a system task).
     */
    public MediaItem storePending(byte[] bytes, String declaredName, String uploader) {
        return store(bytes, declaredName, uploader);
    }

    private MediaItem store(byte[] bytes, String declaredName, String uploader) {
        Roles.requireAdmin(context);
        ImageFormat format = check(bytes);
        String hash = sha256(bytes);
        changes.lockWrites();
        MediaItem existing = em.find(MediaItem.class, hash);
        if (existing != null) {
            if (uploader == null && existing.isPending()) {
                // An administrator stored the same bytes openly: nothing is left to review.
                existing.release();
            }
            return existing;
        }

        MediaItem item = new MediaItem(hash, format, bytes,
                ImageSize.read(format, bytes).orElse(null),
                Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        item.holdFor(uploader);
        em.persist(item);
        em.flush();

        SystemTask.logChange(LOG, () -> "Stored " + format + " image " + hash + " ("
                + bytes.length + " bytes) uploaded as " + printable(declaredName)
                + (uploader == null ? "" : ", pending review"));
        return item;
    }

    /** Makes a pending image public, as the change that uses it was accepted. */
    public void release(String hash) {
        Roles.requireAdmin(context);
        find(hash).filter(MediaItem::isPending).ifPresent(item -> {
            item.release();
            SystemTask.logChange(LOG, () -> "Released image " + hash);
        });
    }

    /**
     * Removes a pending image that no entity uses, as the change that brought it was declined
     * or replaced; a public image, or one an entity shows, stays.
     */
    public void discardPending(String hash) {
        Roles.requireAdmin(context);
        Optional<MediaItem> item = find(hash).filter(MediaItem::isPending);
        boolean used = item.isPresent() && em.createQuery("select count(o) from Organisation o"
                + " where o.logoHash = :hash", Long.class).setParameter("hash", hash)
                .getSingleResult() > 0;
        if (item.isPresent() && !used) {
            em.remove(item.get());
            em.flush();
            SystemTask.logChange(LOG, () -> "Discarded pending image " + hash);
        }
    }

    /** The public image with this hash, if any: a pending one is not found. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<MediaItem> findPublic(String hash) {
        return find(hash).filter(item -> !item.isPending());
    }

    /** The stored image with this hash, if any; anything not shaped like a hash finds none. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<MediaItem> find(String hash) {
        return MediaItem.isHash(hash) ? Optional.ofNullable(em.find(MediaItem.class, hash))
                : Optional.empty();
    }

    /** Whether an image with this hash is stored, without reading its bytes. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean exists(String hash) {
        return MediaItem.isHash(hash) && em.createQuery(
                "select count(m) from MediaItem m where m.hash = :hash", Long.class)
                .setParameter("hash", hash).getSingleResult() > 0;
    }

    /** The configured size limit of a logo in bytes. */
    public long maxLogoBytes() {
        return maxLogoBytes;
    }

    private ImageFormat check(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw Problems.invalid(FIELD, "logo.empty");
        }
        if (bytes.length > maxLogoBytes) {
            throw Problems.invalid(FIELD, "logo.tooLarge", bytes.length,
                    ByteSizes.describe(maxLogoBytes));
        }
        return ImageFormat.detect(bytes).orElseThrow(() -> Problems.invalid(FIELD,
                looksLikeMarkup(bytes) ? "logo.markup" : "logo.format"));
    }

    /** Whether the file starts, after any byte order mark and white space, with '<'. */
    private static boolean looksLikeMarkup(byte[] bytes) {
        int length = Math.min(bytes.length, 1024);
        String start = new String(bytes, 0, length, StandardCharsets.UTF_8)
                .replace("\ufeff", "").stripLeading();
        return start.startsWith("<");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private static String printable(String name) {
        if (name == null) {
            return "(no name)";
        }
        String clean = name.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 100 ? clean.substring(0, 100) + "…" : clean;
    }
}
