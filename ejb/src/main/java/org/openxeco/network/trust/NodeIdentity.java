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
        if (currentKey() == null) {
            NodeKey key = create();
            LOG.info(() -> "Created this node's signing key " + key.getKeyId()
                    + ", fingerprint " + key.fingerprint());
        }
    }

    /** The descriptor this node serves at its well-known address. */
    public NodeDescriptor descriptor() {
        Instant now = clock.instant();
        List<PublishedKey> keys = em.createQuery("select k from NodeKey k where"
                + " k.retiredAt is null or k.validUntil > :now order by k.created desc",
                NodeKey.class).setParameter("now", now).getResultList().stream()
                .sorted((a, b) -> Boolean.compare(b.isCurrent(), a.isCurrent()))
                .map(k -> new PublishedKey(k.getKeyId(), "ed25519", k.getPublicKey(),
                        k.getValidUntil()))
                .toList();
        return new NodeDescriptor(name, uris.baseUrl(), NodeDescriptor.API_VERSION, contact.orElse(""),
                softwareVersion(), keys);
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
        Instant now = clock.instant();
        NodeKey old = currentKey();
        if (old != null) {
            old.retire(now, now.plus(keyGrace()));
        }
        NodeKey fresh = create();
        signer = null;
        LOG.info(() -> "Rotated this node's signing key to " + fresh.getKeyId()
                + "; the previous key stays valid until " + (old == null ? "-"
                : old.getValidUntil()));
        return fresh;
    }

    /** How long a key stays valid after it was rotated out. */
    public Duration keyGrace() {
        return Duration.parse(keyGrace);
    }

    private NodeKey create() {
        KeyPair pair = Keys.generate();
        byte[] publicKey = pair.getPublic().getEncoded();
        NodeKey key = new NodeKey(Keys.keyId(uris.baseUrl(), publicKey), publicKey,
                pair.getPrivate().getEncoded(), clock.instant());
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
