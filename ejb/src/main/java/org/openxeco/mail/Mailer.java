package org.openxeco.mail;

import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends mail (plain text, or text with an HTML twin) through the SMTP server of the
 * configuration. Mails asked for in a transaction leave only once it has committed, on a
 * managed thread, so a slow mail server never holds up a page and a rolled-back change mails
 * nobody.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    @ConfigProperty(name = "openxeco.mail.host", defaultValue = "127.0.0.1")
    String host;

    @Inject
    @ConfigProperty(name = "openxeco.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "openxeco.mail.from", defaultValue = "openxeco@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "openxeco.mail.username", defaultValue = " ")
    String username;

    @Inject
    @ConfigProperty(name = "openxeco.mail.password", defaultValue = " ")
    String password;

    @Inject
    @ConfigProperty(name = "openxeco.mail.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "openxeco.mail.timeout", defaultValue = "PT10S")
    Duration timeout;

    @Resource
    ManagedExecutorService executor;

    @Resource
    TransactionSynchronizationRegistry transaction;

    private Session session;

    @PostConstruct
    void connect() {
        Properties props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.connectiontimeout", String.valueOf(timeout.toMillis()));
        props.put("mail.smtp.timeout", String.valueOf(timeout.toMillis()));
        props.put("mail.smtp.writetimeout", String.valueOf(timeout.toMillis()));
        props.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        props.put("mail.smtp.starttls.required", String.valueOf(startTls));
        boolean auth = !username.isBlank();
        props.put("mail.smtp.auth", String.valueOf(auth));
        session = auth ? Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(username.strip(), password.strip());
            }
        }) : Session.getInstance(props);
    }

    /**
     * Sends the mail once the current transaction commits, or at once when none is active;
     * either way on another thread. A failure is logged, never thrown at the caller.
     */
    public void sendAfterCommit(Mail mail) {
        sendAfterCommit(mail, Map.of());
    }

    /** {@link #sendAfterCommit(Mail)} with extra header fields ({@code Reply-To}, say). */
    public void sendAfterCommit(Mail mail, Map<String, String> headers) {
        if (transaction.getTransactionKey() == null) {
            executor.execute(() -> sendLogged(mail, headers));
            return;
        }
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Nothing to prepare: the mail is composed already.
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    executor.execute(() -> sendLogged(mail, headers));
                }
            }
        });
    }

    /** Sends the mail now, in the caller's thread. */
    public void sendNow(Mail mail) {
        sendNow(mail, null, Map.of());
    }

    /**
     * Sends the mail now, in the caller's thread: with an HTML twin of its text when
     * {@code html} is given (multipart/alternative), and the extra header fields.
     */
    public void sendNow(Mail mail, String html, Map<String, String> headers) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to()));
            message.setSubject(mail.subject(), "UTF-8");
            if (html == null) {
                message.setText(mail.text(), "UTF-8");
            } else {
                MimeMultipart parts = new MimeMultipart("alternative");
                MimeBodyPart text = new MimeBodyPart();
                text.setText(mail.text(), "UTF-8");
                MimeBodyPart rich = new MimeBodyPart();
                rich.setText(html, "UTF-8", "html");
                parts.addBodyPart(text);
                parts.addBodyPart(rich);
                message.setContent(parts);
            }
            for (Map.Entry<String, String> header : headers.entrySet()) {
                if (header.getValue().indexOf('\r') >= 0 || header.getValue().indexOf('\n') >= 0) {
                    // A line break would end the field and start another the caller never meant.
                    throw new MessagingException("A line break in the " + header.getKey()
                            + " header field");
                }
                message.setHeader(header.getKey(), header.getValue());
            }
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (MessagingException e) {
            throw new MailFailure("The mail server did not take a " + mail.kind() + " mail", e);
        }
        LOG.log(Level.FINE, "Sent a {0} mail", mail.kind());
    }

    private void sendLogged(Mail mail, Map<String, String> headers) {
        try {
            sendNow(mail, null, headers);
        } catch (MailFailure e) {
            // The server's answer often quotes the recipient: its text is kept out of the log
            // unless diagnostics are switched on.
            LOG.log(Level.WARNING, "{0} ({1})", new Object[] {e.getMessage(),
                e.getCause().getClass().getSimpleName()});
            LOG.log(Level.FINE, "Mail failure in detail", e);
        }
    }
}
