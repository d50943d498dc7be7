package org.openxeco.account;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.audit.AuditTrail;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.NotAllowedException;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.kernel.Problems;

/**
 * Members' profiles: each edits their own display name, job title and plain-text biography
 * and chooses whether it is public and whether they accept campaign mails. Anyone may read
 * a public profile; a private one is answered as if it did not exist.
 */
@Stateless
public class MemberProfiles {

    private static final Logger LOG = Logger.getLogger(MemberProfiles.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    AuditTrail audit;

    /** The signed-in person's own account. */
    @PermitAll
    public Account own() {
        return accounts.current().filter(Account::isActive)
                .orElseThrow(() -> new NotAllowedException("Sign in to see your profile"));
    }

    /** Saves the signed-in person's profile; text is kept as plain text, never as HTML. */
    @PermitAll
    public Account save(ProfileData data) {
        Account account = own();
        String name = plain(data.displayName(), false);
        String title = plain(data.jobTitle(), false);
        String bio = plain(data.bio(), true);
        List<FieldError> errors = problems(name, title, bio, data.visible());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }

        audit.before(account);
        account.setDisplayName(name);
        account.getProfile().change(title, bio, data.visible());
        account.setAcceptsCommunication(data.acceptsCommunication());
        account.touch(java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        audit.recorded(account, false);
        LOG.info(() -> "Account " + account.getUsername() + " saved its profile");
        return account;
    }

    /** What is wrong with tidied profile texts; a public profile needs a display name. */
    static List<FieldError> problems(String name, String title, String bio, boolean visible) {
        List<FieldError> errors = new ArrayList<>();
        // A public page shows the display name only, never the user name used to sign in.
        if (visible && name == null) {
            errors.add(Problems.field("visible", "profile.publicNeedsName"));
        }
        if (name != null && name.length() > 200) {
            errors.add(Problems.field("displayName", "text.tooLong", 200));
        }
        if (title != null && title.length() > 200) {
            errors.add(Problems.field("jobTitle", "text.tooLong", 200));
        }
        if (bio != null && bio.length() > MemberProfile.BIO_LENGTH) {
            errors.add(Problems.field("bio", "text.tooLong", MemberProfile.BIO_LENGTH));
        }
        return errors;
    }

    /** The public profile of a member, or not found when it is private or not usable. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PublicProfile publicProfile(UUID id) {
        return em.createQuery("select a from Account a where a.uuid = :uuid", Account.class)
                .setParameter("uuid", id.toString()).getResultStream()
                .filter(a -> a.isActive() && !a.isAwaitingVerification()
                        && a.getProfile().isPublic() && a.getDisplayName() != null)
                .findFirst()
                .map(a -> new PublicProfile(a.getUuid(), a.getDisplayName(),
                        a.getProfile().getJobTitle(), a.getProfile().getBio(), a.getCreated()))
                .orElseThrow(() -> new NotFoundException("Profile", id));
    }

    /**
     * Text without control characters (line breaks kept in a biography), trimmed; blank
     * becomes absent.
     */
    static String plain(String text, boolean multiline) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.replace("\r\n", "\n").codePoints().forEach(c -> {
            if (multiline && c == '\n') {
                kept.append('\n');
            } else if (!Character.isISOControl(c)) {
                kept.appendCodePoint(c);
            } else {
                kept.append(' ');
            }
        });
        String result = kept.toString().strip();
        return result.isEmpty() ? null : result;
    }
}
