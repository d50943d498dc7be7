package org.openxeco.network.trust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class HttpSignaturesTest {

    // The Ed25519 test key of RFC 9421, appendix B.1.4 (private scalar and public point).
    private static final String RFC_PRIVATE = "n4Ni-HpISpVObnQMW0wOhCKROaIKqKtW_2ZYb2p9KcU";
    private static final String RFC_PUBLIC = "JrQLj5P_89iXES9-vFgrIy29clF9CC_oPPsw3c5D0bs";

    private static final String TARGET = "https://peer.example/api/node/v1/handshakes";
    private static final byte[] BODY = "{\"baseUrl\":\"https://a.example\"}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void signatureBaseAndSignatureMatchRfc9421ExampleB26() throws Exception {
        SignedMessage request = SignedMessage.request("POST",
                "https://example.com/foo?param=Value&Pet=dog", Map.of(
                        "Date", "Tue, 20 Apr 2021 02:07:55 GMT",
                        "Content-Type", "application/json", "Content-Length", "18"),
                "{\"hello\": \"world\"}".getBytes(StandardCharsets.UTF_8));
        String params = "(\"date\" \"@method\" \"@path\" \"@authority\" \"content-type\""
                + " \"content-length\");created=1618884473;keyid=\"test-key-ed25519\"";
        String base = HttpSignatures.base(request, List.of("\"date\"", "\"@method\"",
                "\"@path\"", "\"@authority\"", "\"content-type\"", "\"content-length\""), params);
        assertEquals("\"date\": Tue, 20 Apr 2021 02:07:55 GMT\n\"@method\": POST\n"
                + "\"@path\": /foo\n\"@authority\": example.com\n"
                + "\"content-type\": application/json\n\"content-length\": 18\n"
                + "\"@signature-params\": " + params, base);
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(rfcPrivateKey());
        signer.update(base.getBytes(StandardCharsets.UTF_8));
        assertEquals("wqcAqbmYJ2ji2glfAMaRy4gruYYnx2nEFN2HN6jrnDnQCK1u02Gb04v9EDgwUPiu4A0w6vuQ"
                + "v5lIp5WPpBKRCw==", Base64.getEncoder().encodeToString(signer.sign()));
    }

    @Test
    void aSignedRequestVerifiesAndCoversMethodTargetDigestCreatedAndNonce() {
        KeyPair keys = Keys.generate();
        Map<String, String> fields = HttpSignatures.sign(
                SignedMessage.request("POST", TARGET, Map.of(), BODY), "k1",
                keys.getPrivate(), Instant.ofEpochSecond(1_800_000_000L));
        SignedMessage received = SignedMessage.request("POST", TARGET, fields, BODY);
        HttpSignatures.Parsed parsed = HttpSignatures.parse(received);
        assertEquals(HttpSignatures.REQUEST, parsed.components());
        assertEquals(1_800_000_000L, parsed.created());
        assertEquals("k1", parsed.keyId());
        assertEquals(36, parsed.nonce().length());
        assertTrue(parsed.params().endsWith(";alg=\"ed25519\""));
        assertTrue(HttpSignatures.verify(parsed, received, keys.getPublic()));
        assertTrue(ContentDigest.matches(received.header("content-digest"), BODY));
    }

    @Test
    void aChangedMethodPathQueryOrDigestBreaksTheSignature() {
        KeyPair keys = Keys.generate();
        Map<String, String> fields = HttpSignatures.sign(
                SignedMessage.request("POST", TARGET, Map.of(), BODY), "k1",
                keys.getPrivate(), Instant.now());
        HttpSignatures.Parsed parsed = HttpSignatures.parse(
                SignedMessage.request("POST", TARGET, fields, BODY));
        assertFalse(HttpSignatures.verify(parsed,
                SignedMessage.request("PUT", TARGET, fields, BODY), keys.getPublic()));
        assertFalse(HttpSignatures.verify(parsed, SignedMessage.request("POST",
                TARGET.replace("handshakes", "handshake"), fields, BODY), keys.getPublic()));
        assertFalse(HttpSignatures.verify(parsed,
                SignedMessage.request("POST", TARGET + "?x=1", fields, BODY), keys.getPublic()));
        Map<String, String> otherDigest = new HashMap<>(fields);
        otherDigest.put("Content-Digest", ContentDigest.of(new byte[] {1}));
        assertFalse(HttpSignatures.verify(parsed,
                SignedMessage.request("POST", TARGET, otherDigest, BODY), keys.getPublic()));
        assertFalse(HttpSignatures.verify(parsed,
                SignedMessage.request("POST", TARGET, fields, BODY), Keys.generate().getPublic()));
    }

    @Test
    void aResponseSignatureCoversStatusAndTheRequest() {
        KeyPair keys = Keys.generate();
        SignedMessage response = SignedMessage.response("GET", TARGET, 200, Map.of(), BODY);
        Map<String, String> fields = HttpSignatures.sign(response, "k", keys.getPrivate(),
                Instant.now());
        SignedMessage received = SignedMessage.response("GET", TARGET, 200, fields, BODY);
        HttpSignatures.Parsed parsed = HttpSignatures.parse(received);
        assertEquals(HttpSignatures.RESPONSE, parsed.components());
        assertTrue(HttpSignatures.verify(parsed, received, keys.getPublic()));
        assertFalse(HttpSignatures.verify(parsed,
                SignedMessage.response("GET", TARGET, 404, fields, BODY), keys.getPublic()));
        assertFalse(HttpSignatures.verify(parsed, SignedMessage.response("GET",
                "https://other.example/x", 200, fields, BODY), keys.getPublic()));
    }

    @Test
    void missingWeakOrForeignSignaturesAreRefusedWithTheirOwnReason() {
        assertEquals(Refusal.UNSIGNED, refusal(Map.of()));
        assertEquals(Refusal.MALFORMED, refusal(Map.of("Signature-Input",
                "node=(\"@method\");created=1;keyid=\"k\";nonce=\"n\"",
                "Signature", "node=:AAAA:")));
        assertEquals(Refusal.MALFORMED, refusal(Map.of("Signature-Input",
                "node=(\"@method\" \"@target-uri\" \"content-digest\");created=1;keyid=\"k\";"
                        + "nonce=\"n\";alg=\"rsa-pss-sha512\"", "Signature", "node=:AAAA:")));
        assertEquals(Refusal.MALFORMED, refusal(Map.of("Signature-Input",
                "node=(\"@method\" \"@target-uri\" \"content-digest\");created=1;keyid=\"k\"",
                "Signature", "node=:AAAA:")));
        assertEquals(Refusal.UNSIGNED, refusal(Map.of("Signature-Input",
                "other=(\"@method\");created=1", "Signature", "other=:AAAA:")));
    }

    @Test
    void contentDigestNamesTheBodyAndRefusesAnotherOrNone() {
        String digest = ContentDigest.of(BODY);
        assertTrue(digest.startsWith("sha-256=:"));
        assertTrue(ContentDigest.matches(digest, BODY));
        assertFalse(ContentDigest.matches(digest, new byte[0]));
        assertFalse(ContentDigest.matches("md5=:AAAA:", BODY));
        assertFalse(ContentDigest.matches(null, BODY));
        assertFalse(ContentDigest.matches(digest + ", sha-512=:AAAA:", BODY));
    }

    @Test
    void fingerprintsAndKeyIdsNameTheKeyAndItsNode() {
        KeyPair keys = Keys.generate();
        byte[] encoded = keys.getPublic().getEncoded();
        String fingerprint = Keys.fingerprint(encoded);
        assertEquals(16, fingerprint.split(" ").length);
        String keyId = Keys.keyId("https://node.example", encoded);
        assertEquals("https://node.example", Keys.baseUrlOf(keyId));
        assertArrayEquals(encoded, Keys.publicKey(encoded).getEncoded());
        assertThrows(IllegalArgumentException.class, () -> Keys.publicKey(new byte[] {1, 2}));
    }

    private static Refusal refusal(Map<String, String> fields) {
        SignatureRefusedException e = assertThrows(SignatureRefusedException.class,
                () -> HttpSignatures.parse(SignedMessage.request("GET", TARGET, fields, BODY)));
        return e.refusal();
    }

    private static PrivateKey rfcPrivateKey() {
        byte[] scalar = Base64.getUrlDecoder().decode(RFC_PRIVATE);
        byte[] prefix = HexFormat.of().parseHex("302e020100300506032b657004220420");
        byte[] pkcs8 = new byte[prefix.length + scalar.length];
        System.arraycopy(prefix, 0, pkcs8, 0, prefix.length);
        System.arraycopy(scalar, 0, pkcs8, prefix.length, scalar.length);
        PrivateKey key = Keys.privateKey(pkcs8);
        byte[] spki = HexFormat.of().parseHex("302a300506032b6570032100");
        byte[] point = Base64.getUrlDecoder().decode(RFC_PUBLIC);
        byte[] encoded = new byte[spki.length + point.length];
        System.arraycopy(spki, 0, encoded, 0, spki.length);
        System.arraycopy(point, 0, encoded, spki.length, point.length);
        assertTrue(Keys.publicKey(encoded) != null);
        return key;
    }
}
