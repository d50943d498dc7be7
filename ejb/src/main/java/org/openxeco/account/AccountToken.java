package org.openxeco.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.openxeco.kernel.InstantConverter;

/**
 * A single-use token the node mailed to an account. Only the SHA-256 hash of the token is
 * kept, so a copy of the database does not let anyone follow a link; the address it was
 * sent to is kept for e-mail changes, which take that address once the link is followed.
 */
@Entity
@Table(name = "account_token")
public class AccountToken {

    @Id
    @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(length = 254)
    private String email;

    @Convert(converter = InstantConverter.class)
    @Column(nullable = false)
    private Instant created;

    @Convert(converter = InstantConverter.class)
    @Column(nullable = false)
    private Instant expires;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private TokenState state = TokenState.OPEN;

    @Convert(converter = InstantConverter.class)
    private Instant closed;

    protected AccountToken() {
    }

    AccountToken(Account account, TokenPurpose purpose, String tokenHash, String email,
            Instant created, Instant expires) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.email = email;
        this.created = created;
        this.expires = expires;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    /** The hex SHA-256 of the token: all that is stored of it. */
    public String getTokenHash() {
        return tokenHash;
    }

    /** The address the token was mailed to. */
    public String getEmail() {
        return email;
    }

    public Instant getCreated() {
        return created;
    }

    public Instant getExpires() {
        return expires;
    }

    public TokenState getState() {
        return state;
    }

    public Instant getClosed() {
        return closed;
    }
}
