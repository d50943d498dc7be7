package org.openxeco.web.admin.mailtemplates;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.openxeco.mail.MailKind;
import org.openxeco.notification.NotificationTopic;

/**
 * Every mail kind of the node is named on the mail template screens, and every notification
 * topic and kind on the notifications page, in English, French and German.
 */
class MailKindTextsTest {

    @Test
    void everyMailKindHasItsNameInEveryLanguage() throws IOException {
        for (String suffix : List.of("", "_fr", "_de")) {
            Properties texts = bundle(suffix);
            for (MailKind kind : MailKind.values()) {
                String key = "mailTemplates.kind." + kind.key();
                assertTrue(texts.containsKey(key), "notices" + suffix + " lacks " + key);
                assertFalse(texts.getProperty(key).isBlank(), "notices" + suffix + " " + key);
            }
        }
    }

    @Test
    void everyNotificationTopicAndKindIsNamedInEveryLanguage() throws IOException {
        for (String suffix : List.of("", "_fr", "_de")) {
            Properties texts = bundle(suffix);
            for (NotificationTopic topic : NotificationTopic.values()) {
                String key = "notifications.topic." + topic.name();
                assertFalse(texts.getProperty(key, "").isBlank(), "notices" + suffix + " " + key);
            }
            for (MailKind kind : MailKind.values()) {
                if (!kind.key().startsWith("account.")) {
                    NotificationTopic.of(kind);
                    String key = "notifications.kind." + kind.key();
                    assertFalse(texts.getProperty(key, "").isBlank(),
                            "notices" + suffix + " " + key);
                }
            }
        }
    }

    private static Properties bundle(String suffix) throws IOException {
        String name = "/org/openxeco/web/notices" + suffix + ".properties";
        try (InputStream in = MailKindTextsTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            Properties texts = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                texts.load(reader);
            }
            return texts;
        }
    }
}
