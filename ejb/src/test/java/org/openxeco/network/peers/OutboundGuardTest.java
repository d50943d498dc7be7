package org.openxeco.network.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.openxeco.kernel.InvalidInputException;

class OutboundGuardTest {

    private final OutboundGuard strict = new OutboundGuard(false);
    private final OutboundGuard loopbackAllowed = new OutboundGuard(true);

    @ParameterizedTest
    @ValueSource(strings = {"ftp://10.0.0.1", "file:///etc/passwd", "gopher://10.0.0.1",
        "http://user:pw@10.0.0.1", "http://10.0.0.1/?q=1", "http://10.0.0.1/#x", "not a url",
        "http://169.254.169.254", "http://[fe80::1]", "http://169.254.10.20:8080",
        "http://metadata.google.internal", "http://0.0.0.0", "http://224.0.0.1",
        "http://100.100.100.200", "http://[fd00:ec2::254]", "", "http://",
        "http://255.255.255.255", "http://[64:ff9b::a9fe:a9fe]", "http://[2002:a9fe:a9fe::]",
        "http://[::ffff:169.254.169.254]", "http://2852039166"})
    void refusesSchemesCredentialsAndLinkLocalOrMetadataAddresses(String url) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> loopbackAllowed.checkBaseUrl(url));
        assertEquals("baseUrl", e.errors().get(0).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:9080", "http://localhost:9080", "http://[::1]"})
    void refusesLoopbackUnlessSwitchedOn(String url) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> strict.checkBaseUrl(url));
        String message = e.errors().get(0).message();
        assertTrue(message.contains("loopback"), message);
        loopbackAllowed.checkBaseUrl(url);
    }

    @Test
    void normalisesTheBaseUrl() {
        assertEquals("https://10.1.2.3:8443/node",
                strict.checkBaseUrl(" HTTPS://10.1.2.3:8443/node/ "));
        assertEquals("http://192.168.1.5", strict.checkBaseUrl("http://192.168.1.5/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.1.2.3/x.ttl", "http://172.16.0.9/f", "http://172.31.255.1/",
        "http://192.168.1.1/feed.xml", "http://100.64.0.1/", "http://[fd12:3456::1]/",
        "http://[::ffff:10.0.0.1]/x.ttl", "http://[64:ff9b::a01:203]/", "http://[2002:c0a8:101::]/"})
    void contentAddressesMustBePublicWhilePeersMayBeOnAnIntranet(String url) {
        java.net.URI uri = java.net.URI.create(url);
        String why = loopbackAllowed.publicRefusal(uri);
        assertTrue(why != null && why.contains("private network address"), url + ": " + why);
        assertEquals(null, loopbackAllowed.refusal(uri), url);
    }

    @Test
    void publicAndAllowedLoopbackContentAddressesPass() {
        assertEquals(null, loopbackAllowed.publicRefusal(java.net.URI.create("http://8.8.8.8/f")));
        assertEquals(null, loopbackAllowed.publicRefusal(
                java.net.URI.create("http://127.0.0.1:9080/feed")));
        assertTrue(strict.publicRefusal(java.net.URI.create("http://127.0.0.1/feed"))
                .contains("loopback"));
        assertTrue(strict.publicRefusal(java.net.URI.create("http://172.32.0.1/f")) == null);
    }
}
