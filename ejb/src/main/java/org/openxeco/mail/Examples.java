package org.openxeco.mail;

import java.util.HashMap;
import java.util.Map;

/** Example values of every placeholder, for previews of templates. */
final class Examples {

    private static final Map<String, Object> VALUES = Map.ofEntries(
            Map.entry("name", "Alex Example"),
            Map.entry("link", "https://node.example.org/link?token=example"),
            Map.entry("hours", 48),
            Map.entry("minutes", 30),
            Map.entry("user", "alex"),
            Map.entry("node", "https://node.example.org"),
            Map.entry("sign-in", "https://node.example.org/login.xhtml"),
            Map.entry("forgot", "https://node.example.org/password/forgot.xhtml"),
            Map.entry("address", "alex@example.org"),
            Map.entry("about", "Example SA"),
            Map.entry("message", "Example message"),
            Map.entry("title", "Example title"),
            Map.entry("email", "alex@example.org"),
            Map.entry("subject", "Example subject"));

    private Examples() {
    }

    /** The example values of the kind's placeholders. */
    static Map<String, Object> of(MailKind kind) {
        Map<String, Object> values = new HashMap<>();
        kind.placeholders().forEach(n -> values.put(n, VALUES.getOrDefault(n, n)));
        return values;
    }
}
