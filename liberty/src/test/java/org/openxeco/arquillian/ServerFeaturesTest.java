package org.openxeco.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The server that runs the service tests enables every feature of the node's own server
 * that the domain module needs, so a service that works in the node also deploys there.
 * Features for pages, REST resources and monitoring alone are left out on purpose.
 */
class ServerFeaturesTest {

    private static final Pattern FEATURE = Pattern.compile("<feature>([^<]+)</feature>");

    /** Features the domain module does not use, or that the test archive brings itself. */
    private static final Set<String> NOT_FOR_SERVICES = Set.of("faces-4.0", "mpOpenAPI-3.1",
            "mpHealth-4.0", "mpMetrics-5.1", "mpRestClient-3.0");

    static Set<String> features(String file) throws IOException {
        Matcher matcher = FEATURE.matcher(Files.readString(Path.of(file)));
        Set<String> found = new TreeSet<>();
        while (matcher.find()) {
            found.add(matcher.group(1).trim());
        }
        return found;
    }

    @Test
    void theServiceTestServerHasEveryFeatureTheDomainNeeds() throws IOException {
        Set<String> needed = features("src/main/liberty/config/server.xml");
        needed.removeAll(NOT_FOR_SERVICES);
        Set<String> missing = new TreeSet<>(needed);
        missing.removeAll(features("src/test/liberty/arquillian/server.xml"));
        assertEquals(Set.of(), missing);
    }
}
