package org.openxeco.it;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) on 127.0.0.1, at the port the IT servers send their mail
 * to. It starts with the first test that asks for it and lives as long as the test JVM, so
 * that mails sent between two tests are not lost. Tests tell their mails apart by address:
 * each test makes its own recipients.
 */
public final class Mailbox {

    private static final int PORT = Integer.getInteger("it.smtp.port", 9025);
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");
    private static GreenMail server;

    private Mailbox() {
    }

    /** Starts the SMTP server unless it runs already. */
    public static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
    }

    /** The mails received so far for this address, oldest first. */
    public static List<MimeMessage> to(String address) {
        start();
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            try {
                boolean match = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equalsIgnoreCase(address));
                if (match) {
                    found.add(message);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    /** Waits until this address has received {@code count} mails, and returns them all. */
    public static List<MimeMessage> await(String address, int count, Duration limit) {
        Instant end = Instant.now().plus(limit);
        List<MimeMessage> found = to(address);
        while (found.size() < count && Instant.now().isBefore(end)) {
            sleep();
            found = to(address);
        }
        if (found.size() < count) {
            throw new AssertionError("Expected " + count + " mail(s) to " + address + " within "
                    + limit + ", got " + found.size());
        }
        return found;
    }

    /** The newest mail to this address, waiting up to 20 seconds for a first one. */
    public static MimeMessage latest(String address) {
        List<MimeMessage> all = await(address, 1, Duration.ofSeconds(20));
        return all.get(all.size() - 1);
    }

    /** The plain text body of a mail. */
    public static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            String text = content instanceof String s ? s : GreenMailUtil.getBody(message);
            return text.replace("\r\n", "\n");
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The subject of a mail. */
    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first link in a mail's text that contains the given part, if any. */
    public static Optional<String> link(MimeMessage message, String containing) {
        Matcher matcher = LINK.matcher(text(message));
        while (matcher.find()) {
            if (matcher.group().contains(containing)) {
                return Optional.of(matcher.group());
            }
        }
        return Optional.empty();
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
