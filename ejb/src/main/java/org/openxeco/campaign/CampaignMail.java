package org.openxeco.campaign;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.openxeco.mail.Mail;

/**
 * One campaign mail as it leaves: the template filled with the body, a footer with the
 * unsubscribe link, a plain-text twin, and the RFC 8058 one-click header fields pointing
 * at the same link.
 */
record CampaignMail(Mail mail, String html, Map<String, String> headers) {

    static final String KIND = "campaign";
    private static final String BUNDLE = "org.openxeco.campaign.texts";

    /** The mail to one recipient; {@code token} opens their unsubscribe link. */
    static CampaignMail compose(Content content, String to, String language, String token,
            String baseUrl, String nodeName, boolean test) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale(language),
                CampaignMail.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
        String link = baseUrl + "/unsubscribe?t=" + URLEncoder.encode(token,
                StandardCharsets.UTF_8);
        String subject = test ? format(texts, "test.prefix", content.subject())
                : content.subject();
        String inner = content.templateHtml().replace(CampaignTemplate.SLOT, content.body());
        String footer = "<p style=\"font-size:12px;color:#667085;text-align:center\">"
                + MailHtml.escape(format(texts, "footer.html", nodeName)) + " <a href=\""
                + MailHtml.escape(link) + "\">" + MailHtml.escape(texts.getString("footer.link"))
                + "</a></p>";
        String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>"
                + MailHtml.escape(subject) + "</title></head><body>" + inner + footer
                + "</body></html>";
        String text = MailHtml.text(content.body()) + "\n\n-- \n"
                + format(texts, "footer.text", nodeName, link);

        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("List-Unsubscribe", "<" + link + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return new CampaignMail(new Mail(KIND, to, subject, text), html, headers);
    }

    private static Locale locale(String language) {
        return language == null || language.isBlank() ? Locale.ENGLISH
                : Locale.forLanguageTag(language);
    }

    private static String format(ResourceBundle texts, String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(arguments);
    }

    /** What every mail of a campaign shares. */
    record Content(String subject, String body, String templateHtml) {
    }
}
