package org.openxeco.account;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.openxeco.kernel.InstantConverter;

/** A person who can sign in: user name, PBKDF2 password hash, roles, and whether active. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 36)
    private String uuid = UUID.randomUUID().toString();

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

    @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false)
    private Set<String> roles = new LinkedHashSet<>();

    protected Account() {
    }

    Account(String username, String passwordHash, Set<String> roles, Instant now) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.roles = new LinkedHashSet<>(roles);
        this.created = now;
        this.updated = now;
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
}
