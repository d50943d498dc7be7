package org.openxeco.network.trust;

import java.io.IOException;
import java.io.InputStream;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.openxeco.kernel.ChangeLog;
import org.openxeco.kernel.NodeUris;
import org.openxeco.kernel.Roles;

/**
 * This node's identity in the network: its key pairs (the first one made at first start),
 * its descriptor, and the signatures it puts on what it sends. Rotating the key publishes a
 * new one at once; the old one stays published and valid for the configured grace period.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
public class NodeIdentity {

    private static final Logger LOG = Logger.getLogger(NodeIdentity.class.getName());
    private static final Duration CACHE = Duration.ofSeconds(30);

    @PersistenceContext
    EntityManager em;

    @Inject
    NodeUris uris;

    @Inject
    ChangeLog changes;

    @Resource
    SessionContext context;

    @Inject
    @ConfigProperty(name = "openxeco.node.name", defaultValue = "openXeco node")
    String name;

    @Inject
    @ConfigProperty(name = "openxeco.node.contact")
    Optional<String> contact;

    @Inject
    @ConfigProperty(name = "openxeco.network.key-grace", defaultValue = "P7D")
    String keyGrace;

    Clock clock = Clock.systemUTC();

    private volatile Signer signer;

    private record Signer(String keyId, PrivateKey key, Instant read) {
    }

    @PostConstruct
    void start() {
        NodeKey current = currentKey();
        if (current == null) {
            NodeKey key = create(null);
            LOG.info(() -> "Created this node's signing key " + key.getKeyId()
                    + ", fingerprint " + key.fingerprint());
        } else if (!Keys.baseUrlOf(current.getKeyId()).equals(uris.baseUrl())) {
            // Key ids name the node's address: a new address needs a key named after it.
            NodeKey key = replaceCurrent(clock.instant());
            LOG.warning(() -> "This node's base URL is now " + uris.baseUrl() + "; its key "
                    + key.getKeyId() + " replaces the one named after the old address."
                    + " Peers that knew the node by its old address must make a new handshake.");
        }
    }

    /** The descriptor this node serves at its well-known address. */
    public NodeDescriptor descriptor() {
        Instant now = clock.instant();
        List<PublishedKey> keys = em.createQuery("select k from NodeKey k where"
                + " k.retiredAt is null or k.validUntil > :now order by k.created desc",
                NodeKey.class).setParameter("now", now).getResultList().stream()
                .filter(k -> Keys.baseUrlOf(k.getKeyId()).equals(uris.baseUrl()))
                .sorted((a, b) -> Boolean.compare(b.isCurrent(), a.isCurrent()))
                .map(NodeKey::published)
                .toList();
        return new NodeDescriptor(name, uris.baseUrl(), NodeDescriptor.API_VERSION,
                contact.orElse(""), softwareVersion(), keys);
    }

    /** Every key this node has had, newest first (public parts only). */
    public List<NodeKey> keys() {
        return em.createQuery("select k from NodeKey k order by k.created desc", NodeKey.class)
                .getResultList();
    }

    /** Adds the signature fields to a request or response this node sends. */
    public Map<String, String> sign(SignedMessage message) {
        Signer current = signer;
        Instant now = clock.instant();
        if (current == null || current.read().plus(CACHE).isBefore(now)) {
            NodeKey key = currentKey();
            current = new Signer(key.getKeyId(), Keys.privateKey(key.privateKeyBytes()), now);
            signer = current;
        }
        return HttpSignatures.sign(message, current.keyId(), current.key(), now);
    }

    /** Replaces the current key; the old one stays valid for the grace period. */
    public NodeKey rotate() {
        Roles.requireAdmin(context);
        NodeKey fresh = replaceCurrent(clock.instant());
        LOG.info(() -> "Rotated this node's signing key to " + fresh.getKeyId()
                + "; the previous key stays valid for " + keyGrace);
        return fresh;
    }

    /** How long a rotated-out key stays valid. */
    public Duration keyGrace() {
        return Duration.parse(keyGrace);
    }

    /**
     * Retires every current key (under the write lock, so two rotations at once make one
     * current key) and makes a new one, endorsed by the newest of them.
     */
    private NodeKey replaceCurrent(Instant now) {
        // The node-wide write lock: a rotation waiting for another then sees its new key.
        changes.lockWrites();
        List<NodeKey> current = em.createQuery("select k from NodeKey k where"
                + " k.retiredAt is null order by k.created desc", NodeKey.class)
                .getResultList();
        for (NodeKey old : current) {
            old.retire(now, now.plus(keyGrace()));
        }
        NodeKey fresh = create(current.isEmpty() ? null : current.get(0));
        signer = null;
        return fresh;
    }

    private NodeKey create(NodeKey endorser) {
        KeyPair pair = Keys.generate();
        byte[] publicKey = pair.getPublic().getEncoded();
        NodeKey key = new NodeKey(Keys.keyId(uris.baseUrl(), publicKey), publicKey,
                pair.getPrivate().getEncoded(), clock.instant());
        if (endorser != null) {
            key.endorsedBy(endorser.getKeyId(), PublishedKey.endorse(
                    Keys.privateKey(endorser.privateKeyBytes()), key.getKeyId(), publicKey));
        }
        em.persist(key);
        em.flush();
        return key;
    }

    private NodeKey currentKey() {
        return em.createQuery("select k from NodeKey k where k.retiredAt is null"
                + " order by k.created desc", NodeKey.class).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
    }

    static String softwareVersion() {
        try (InputStream in = NodeIdentity.class.getResourceAsStream("software.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return "openXeco " + properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "openXeco";
        }
    }
}
