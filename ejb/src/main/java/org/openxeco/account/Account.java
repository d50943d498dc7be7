package org.openxeco.account;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import org.openxeco.audit.AuditFields;
import org.openxeco.audit.Audited;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.InstantConverter;
import org.openxeco.kernel.NewUuids;

/** A person who can sign in: user name, PBKDF2 password hash, roles, and whether active. */
@Entity
@Table(name = "account")
public class Account implements Audited {

    @Id
    @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 36)
    private String uuid = NewUuids.nextText();

    @Version
    private long version;

    @Convert(converter = InstantConverter.class)
    @Column(nullable = false, updatable = false)
    private Instant created;

    @Convert(converter = InstantConverter.class)
    @Column(nullable = false)
    private Instant updated;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    /** The user name as compared with others: unique, see {@link UserNames#key}. */
    @Column(name = "username_key", nullable = false, unique = true,
            length = UserNames.MAX_KEY_LENGTH)
    private String usernameKey;

    @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false)
    private Set<String> roles = new LinkedHashSet<>();

    @Size(max = 200)
    @Column(name = "display_name")
    private String displayName;

    @Email
    @Size(max = 254)
    private String email;

    /** The address as compared with others: unique, see {@link Emails#key}. */
    @Column(name = "email_key", unique = true, length = 254)
    private String emailKey;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Convert(converter = InstantConverter.class)
    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Convert(converter = InstantConverter.class)
    @Column(name = "last_sign_in")
    private Instant lastSignIn;

    @Convert(converter = InstantConverter.class)
    @Column(name = "password_changed")
    private Instant passwordChanged;

    @Column(length = 8)
    private String language;

    @Column(name = "time_zone", length = 64)
    private String timeZone;

    @Column(name = "awaiting_verification", nullable = false)
    private boolean awaitingVerification;

    @Convert(converter = InstantConverter.class)
    @Column(name = "email_verified")
    private Instant emailVerified;

    @Email
    @Size(max = 254)
    @Column(name = "pending_email")
    private String pendingEmail;

    /** Whether campaign mails may be sent to this person; see the campaign package. */
    @Column(name = "accepts_communication", nullable = false)
    private boolean acceptsCommunication = true;

    @Embedded
    private MemberProfile profile = new MemberProfile();

    @ManyToMany
    @JoinTable(name = "account_entity", joinColumns = @JoinColumn(name = "account_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    private Set<Organisation> entities = new LinkedHashSet<>();

    protected Account() {
    }

    Account(String username, String passwordHash, Set<String> roles, Instant now) {
        this.username = username;
        this.usernameKey = UserNames.key(username);
        this.passwordHash = passwordHash;
        this.roles = new LinkedHashSet<>(roles);
        this.created = now;
        this.updated = now;
        this.passwordChanged = now;
    }

    Long id() {
        return id;
    }

    public UUID getUuid() {
        return UUID.fromString(uuid);
    }

    public String getUsername() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public Set<String> getRoles() {
        return Set.copyOf(roles);
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreated() {
        return created;
    }

    public Instant getUpdated() {
        return updated;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    /** Sets the address as typed; its key follows, so addresses compare ignoring case. */
    public void setEmail(String email) {
        this.email = email;
        this.emailKey = Emails.key(email);
    }

    /** The name to show: the display name, or the user name when none is set. */
    public String getShownName() {
        return displayName == null || displayName.isBlank() ? username : displayName;
    }

    /** The portal language this person chose, if any. */
    public String getLanguage() {
        return language;
    }

    /** The time zone this person chose for dates, if any. */
    public String getTimeZone() {
        return timeZone;
    }

    void setPreferences(String language, String timeZone) {
        this.language = language;
        this.timeZone = timeZone;
    }

    public Instant getLastSignIn() {
        return lastSignIn;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getPasswordChanged() {
        return passwordChanged;
    }

    public Set<Organisation> getEntities() {
        return Set.copyOf(entities);
    }

    /** Whether this account was signed up and its e-mail address is not confirmed yet. */
    public boolean isAwaitingVerification() {
        return awaitingVerification;
    }

    /** When the current e-mail address was last confirmed by following a mailed link. */
    public Instant getEmailVerified() {
        return emailVerified;
    }

    /** A new address the person asked for, in use only once its link is followed. */
    public String getPendingEmail() {
        return pendingEmail;
    }

    public MemberProfile getProfile() {
        if (profile == null) {
            profile = new MemberProfile();
        }
        return profile;
    }

    /** Whether this person accepts campaign mails. */
    public boolean isAcceptsCommunication() {
        return acceptsCommunication;
    }

    /** Records the person's choice about campaign mails (profile page or unsubscribe link). */
    public void setAcceptsCommunication(boolean accepts) {
        acceptsCommunication = accepts;
    }

    void awaitVerification() {
        awaitingVerification = true;
    }

    void setPendingEmail(String address) {
        pendingEmail = address;
    }

    /** The address was proved by its link: it becomes the account's address. */
    void emailConfirmed(String address, Instant now) {
        setEmail(address);
        emailVerified = now;
        awaitingVerification = false;
        if (emailKey.equals(Emails.key(pendingEmail))) {
            pendingEmail = null;
        }
    }

    void attach(Organisation organisation) {
        entities.add(organisation);
    }

    void setActive(boolean active) {
        this.active = active;
    }

    void setRoles(Set<String> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    void replaceEntities(Set<Organisation> newEntities) {
        entities.clear();
        entities.addAll(newEntities);
    }

    void changePassword(String hash, Instant now) {
        passwordHash = hash;
        passwordChanged = now;
        unlock();
    }

    /** Counts a failed sign-in; returns the new count. */
    int failedSignIn() {
        return ++failedSignIns;
    }

    void lockUntil(Instant until) {
        lockedUntil = until;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    void unlock() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    void touch(Instant now) {
        updated = now;
    }

    @Override
    public String auditType() {
        return "ACCOUNT";
    }

    @Override
    public String auditLabel() {
        return username;
    }

    @Override
    public Map<String, String> auditFields() {
        return AuditFields.start().put("username", username).put("displayName", displayName)
                .put("email", email).put("active", active).set("roles", roles, r -> r)
                .set("entities", entities, Organisation::getName)
                .put("passwordChanged", passwordChanged)
                .put("awaitingVerification", awaitingVerification)
                .put("pendingEmail", pendingEmail)
                .put("jobTitle", getProfile().getJobTitle())
                .put("profilePublic", getProfile().isPublic())
                .put("acceptsCommunication", acceptsCommunication).build();
    }
}
