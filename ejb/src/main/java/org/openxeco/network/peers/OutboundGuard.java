package org.openxeco.network.peers;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.Problems;

/**
 * Checks an address before this node calls it: http or https only, no user information,
 * and a host that resolves to no link-local, cloud-metadata, multicast or unspecified
 * address. Loopback addresses are refused unless {@code openxeco.network.allow-loopback}
 * is on (for nodes tried out side by side on one machine).
 */
@ApplicationScoped
public class OutboundGuard {

    private static final Set<String> METADATA_HOSTS = Set.of("metadata.google.internal",
            "metadata", "metadata.azure.internal", "instance-data");
    private static final Set<String> METADATA_ADDRESSES = Set.of("169.254.169.254",
            "100.100.100.200", "fd00:ec2:0:0:0:0:0:254");

    @Inject
    @ConfigProperty(name = "openxeco.network.allow-loopback", defaultValue = "false")
    boolean allowLoopback;

    public OutboundGuard() {
    }

    /** A guard with the given loopback setting, for code that runs outside a container. */
    public OutboundGuard(boolean allowLoopback) {
        this.allowLoopback = allowLoopback;
    }

    /**
     * Normalises a node's base URL (scheme and host in lower case, no trailing slash, no
     * query or fragment) and checks that it may be called.
     */
    public String checkBaseUrl(String text) {
        URI uri;
        try {
            uri = new URI(text == null ? "" : text.strip());
        } catch (URISyntaxException e) {
            throw refused(Problems.text("url.invalid"));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw refused(Problems.text("url.scheme"));
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw refused(Problems.text("url.extras"));
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw refused(Problems.text("url.noHost"));
        }
        check(uri);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + (uri.getPort() >= 0 ? ":" + uri.getPort() : "") + path;
    }

    /** Refuses an address this node must not call. */
    public void check(URI uri) {
        String why = refusal(uri);
        if (why != null) {
            throw refused(why);
        }
    }

    /**
     * Why this node must not call the address ("points to a link-local address (…)"), or
     * null when it may; for callers that word the refusal themselves.
     */
    public String refusal(URI uri) {
        return refusal(uri, false);
    }

    /**
     * As {@link #refusal(URI)}, for addresses an administrator gives to read content from
     * (a feed, a SKOS file): those must be on the public internet, so private network
     * addresses (RFC 1918, unique local IPv6, shared address space) are refused as well —
     * unlike peers, which may live on an intranet. Loopback follows the same switch.
     */
    public String publicRefusal(URI uri) {
        return refusal(uri, true);
    }

    private String refusal(URI uri, boolean publicOnly) {
        String host = uri.getHost();
        if (host == null) {
            return Problems.text("url.noHost");
        }
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (METADATA_HOSTS.contains(bare.toLowerCase(Locale.ROOT))) {
            return Problems.text("url.pointsToMetadata");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            return Problems.text("url.unknownHost", bare);
        }
        for (InetAddress address : addresses) {
            String why = forbidden(address);
            if (why == null && publicOnly && isPrivate(address)) {
                why = Problems.text("address.private");
            }
            if (why != null) {
                return Problems.text("url.pointsTo", why, address.getHostAddress());
            }
        }
        return null;
    }

    private String forbidden(InetAddress address) {
        InetAddress embedded = embeddedIpv4(address);
        if (embedded != null) {
            String why = forbidden(embedded);
            if (why != null) {
                return Problems.text("address.embedded", why);
            }
        }
        byte[] bytes = address.getAddress();
        if (bytes.length == 4 && (bytes[0] & bytes[1] & bytes[2] & bytes[3]) == (byte) 0xff) {
            return Problems.text("address.broadcast");
        }
        if (METADATA_ADDRESSES.contains(address.getHostAddress())) {
            return Problems.text("address.metadata");
        }
        if (address.isLinkLocalAddress()) {
            return Problems.text("address.linkLocal");
        }
        if (address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return Problems.text("address.notSingleHost");
        }
        if (address.isLoopbackAddress() && !allowLoopback) {
            return Problems.text("address.loopback");
        }
        if (address instanceof Inet6Address v6 && v6.isIPv4CompatibleAddress()
                && !address.isLoopbackAddress()) {
            return Problems.text("address.ipv4Compatible");
        }
        return null;
    }

    /** 10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7 and site-local IPv6, also embedded. */
    private static boolean isPrivate(InetAddress address) {
        InetAddress embedded = embeddedIpv4(address);
        if (embedded != null && isPrivate(embedded)) {
            return true;
        }
        byte[] b = address.getAddress();
        boolean sharedSpace = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
        boolean uniqueLocal = b.length == 16 && (b[0] & 0xfe) == 0xfc;
        return address.isSiteLocalAddress() || sharedSpace || uniqueLocal;
    }

    /** The IPv4 address inside a NAT64 (64:ff9b::/96) or 6to4 (2002::/16) address. */
    private static InetAddress embeddedIpv4(InetAddress address) {
        byte[] b = address.getAddress();
        if (b.length != 16) {
            return null;
        }
        byte[] v4 = null;
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b) {
            v4 = new byte[] {b[12], b[13], b[14], b[15]};
        } else if (b[0] == 0x20 && b[1] == 0x02) {
            v4 = new byte[] {b[2], b[3], b[4], b[5]};
        }
        try {
            return v4 == null ? null : InetAddress.getByAddress(v4);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static InvalidInputException refused(String why) {
        return Problems.invalid("baseUrl", "peer.address", why);
    }
}
