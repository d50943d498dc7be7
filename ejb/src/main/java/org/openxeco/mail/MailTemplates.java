package org.openxeco.mail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.Problems;
import org.openxeco.kernel.Roles;

/**
 * The texts of the node's system mails: an administrator's template for a kind and language
 * when there is one, else the bundled default. Administrators read, preview, change and reset
 * them; a template that lacks a placeholder its mail needs, or names an unknown one, is refused.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
public class MailTemplates {

    /** The languages mails are written in; any other reads as the first. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "de");

    static final int MAX_SUBJECT = 300;
    static final int MAX_BODY = 10_000;

    private static final Logger LOG = Logger.getLogger(MailTemplates.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /**
     * The mail of this kind to one recipient in their language, from the stored template if
     * an administrator wrote one; {@code values} are by placeholder name. Open to every caller,
     * since the node mails people who are not signed in.
     */
    public Mail compose(MailKind kind, Locale locale, String to, Map<String, ?> values) {
        TemplateText text = current(kind, language(locale));
        return new Mail(kind.key(), to, Placeholders.fill(text.subject(), values).strip(),
                Placeholders.fill(text.body(), values));
    }

    /** Every kind's text in the language, for the administrators' list. */
    public List<TemplateText> list(String language) {
        Roles.requireAdmin(context);
        String lang = checked(language);
        List<TemplateText> texts = new ArrayList<>();
        Arrays.stream(MailKind.values()).forEach(k -> texts.add(current(k, lang)));
        return texts;
    }

    /** The kind's text in the language as it is sent now. */
    public TemplateText get(MailKind kind, String language) {
        Roles.requireAdmin(context);
        return current(kind, checked(language));
    }

    /** The mail the texts would give, filled with example values, once they pass the checks. */
    public Mail preview(MailKind kind, String language, String subject, String body) {
        Roles.requireAdmin(context);
        checked(language);
        validate(kind, subject, body);
        return new Mail(kind.key(), "someone@example.org",
                Placeholders.fill(subject, Examples.of(kind)).strip(),
                Placeholders.fill(body, Examples.of(kind)));
    }

    /** Stores the texts as the kind's template in the language, once they pass the checks. */
    public TemplateText save(MailKind kind, String language, String subject, String body) {
        Roles.requireAdmin(context);
        String lang = checked(language);
        validate(kind, subject, body);

        MailTemplate template = stored(kind, lang).orElseGet(() -> {
            MailTemplate created = new MailTemplate(kind, lang);
            em.persist(created);
            return created;
        });
        template.change(subject.strip(), body, Instant.now(), context.getCallerPrincipal().getName());
        em.flush();

        LOG.info(() -> "Mail template " + kind.key() + " (" + lang + ") changed");
        return current(kind, lang);
    }

    /** Drops the kind's template in the language: the bundled default is sent again. */
    public TemplateText reset(MailKind kind, String language) {
        Roles.requireAdmin(context);
        String lang = checked(language);

        Optional<MailTemplate> template = stored(kind, lang);
        if (template.isPresent()) {
            em.remove(template.get());
            em.flush();
            LOG.info(() -> "Mail template " + kind.key() + " (" + lang + ") reset to its default");
        }
        return current(kind, lang);
    }

    /** The language of mails for the locale: its language if mails are written in it. */
    public static String language(Locale locale) {
        String lang = locale == null ? "" : locale.getLanguage();
        return LANGUAGES.contains(lang) ? lang : LANGUAGES.get(0);
    }

    private TemplateText current(MailKind kind, String language) {
        return stored(kind, language)
                .map(t -> new TemplateText(kind, language, t.getSubject(), t.getBody(), true))
                .orElseGet(() -> MailTexts.defaults(kind, language));
    }

    private Optional<MailTemplate> stored(MailKind kind, String language) {
        return em.createQuery("select t from MailTemplate t where t.kind = :kind"
                + " and t.language = :language", MailTemplate.class)
                .setParameter("kind", kind.key()).setParameter("language", language)
                .getResultStream().findFirst();
    }

    private static String checked(String language) {
        if (language == null || !LANGUAGES.contains(language)) {
            throw Problems.invalid("language", "mailTemplate.language", language,
                    String.join(", ", LANGUAGES));
        }
        return language;
    }

    private static void validate(MailKind kind, String subject, String body) {
        List<FieldError> errors = new ArrayList<>();
        check(errors, "subject", subject, MAX_SUBJECT);
        check(errors, "body", body, MAX_BODY);
        if (subject != null && subject.contains("\n")) {
            errors.add(Problems.field("subject", "mailTemplate.oneLine"));
        }
        for (String text : Placeholders.malformed(subject)) {
            errors.add(Problems.field("subject", "mailTemplate.malformed", text, known(kind)));
        }
        for (String text : Placeholders.malformed(body)) {
            errors.add(Problems.field("body", "mailTemplate.malformed", text, known(kind)));
        }
        for (String name : Placeholders.missing(kind, subject, body)) {
            errors.add(Problems.field("body", "mailTemplate.missing", "{" + name + "}"));
        }
        for (String name : Placeholders.unknown(kind, subject, body)) {
            errors.add(Problems.field(where(name, subject), "mailTemplate.unknown", "{" + name
                    + "}", known(kind)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static String known(MailKind kind) {
        return String.join(", ", kind.placeholders().stream().map(n -> "{" + n + "}").toList());
    }

    private static void check(List<FieldError> errors, String field, String text, int max) {
        if (text == null || text.isBlank()) {
            errors.add(Problems.field(field, "mailTemplate.empty"));
        } else if (text.length() > max) {
            errors.add(Problems.field(field, "mailTemplate.tooLong", max));
        }
    }

    private static String where(String name, String subject) {
        return subject != null && Placeholders.used(subject).contains(name) ? "subject" : "body";
    }
}
