package org.openxeco.campaign;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.account.Account;
import org.openxeco.kernel.NotFoundException;

/**
 * The unsubscribe link of campaign mails, open to anyone holding it: the token, random and
 * stored only as a hash, names one recipient and can do nothing but unsubscribe that
 * address. An account's choice is kept on the account (its profile page shows it and can
 * undo it); an address of no account goes on the unsubscribed-address list.
 */
@Stateless
@PermitAll
public class Unsubscribes {

    private static final Logger LOG = Logger.getLogger(Unsubscribes.class.getName());

    @PersistenceContext
    EntityManager em;

    /** The address the link unsubscribes, partly hidden, if the token is known. */
    public Optional<String> shownAddress(String token) {
        return recipient(token).map(r -> hide(r.getAddress()));
    }

    /** Unsubscribes the link's address from every later campaign; repeating it changes nothing. */
    public String unsubscribe(String token) {
        Recipient recipient = recipient(token)
                .orElseThrow(() -> new NotFoundException("Unsubscribe link", "?"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

        List<Account> holders = em.createQuery("select a from Account a where a.emailKey = :key",
                Account.class).setParameter("key", recipient.addressKey()).getResultList();
        if (holders.isEmpty()) {
            if (em.find(UnsubscribedAddress.class, recipient.addressKey()) == null) {
                em.persist(new UnsubscribedAddress(recipient.addressKey(), now));
            }
        } else {
            holders.forEach(a -> a.setAcceptsCommunication(false));
        }
        em.flush();
        LOG.info(() -> "Campaign recipient " + recipient.id() + " unsubscribed"
                + (holders.isEmpty() ? " (address of no account)" : ""));
        return hide(recipient.getAddress());
    }

    private Optional<Recipient> recipient(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("select r from Recipient r where r.tokenHash = :hash",
                Recipient.class).setParameter("hash", CampaignLedger.hash(token.strip()))
                .getResultStream().findFirst();
    }

    /** The address with most of its local part hidden: {@code a•••@example.org}. */
    static String hide(String address) {
        int at = address.indexOf('@');
        return at <= 0 ? "•••" : address.charAt(0) + "•••" + address.substring(at);
    }
}
