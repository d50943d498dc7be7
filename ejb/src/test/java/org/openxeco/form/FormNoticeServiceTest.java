package org.openxeco.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.openxeco.notification.Notification;
import org.openxeco.notification.NotificationTopic;
import org.openxeco.notification.NotificationTopic.Choice;

/**
 * Publishing a form tells the members who chose to hear of new forms, in the portal and by
 * mail as each chose, with a link to the form's answer page; a draft tells nobody.
 */
class FormNoticeServiceTest {

    private FormsData d;

    @BeforeEach
    void open() {
        d = new FormsData();
    }

    @AfterEach
    void close() {
        d.close();
    }

    @Test
    void publishingAFormTellsTheMembersWhoAskedForNewForms() {
        String portal = d.member();
        String mail = d.member();
        d.as(mail, () -> {
            d.notices.choose(List.of(new Choice(NotificationTopic.NEW_FORMS, false, true)));
            return null;
        });
        UUID form = d.admin(() -> d.builder.create("Members survey", null, Respondent.MEMBER))
                .getUuid();
        d.admin(() -> d.builder.addQuestion(form, FormBuildingServiceTest.text("A", false)));
        assertTrue(d.as(portal, () -> d.notices.mine(10)).isEmpty(), "a draft tells nobody");

        d.admin(() -> d.builder.publish(form));

        List<Notification> seen = d.as(portal, () -> d.notices.mine(10));
        assertEquals(1, seen.size());
        assertEquals("form.published", seen.get(0).getKind());
        assertEquals("Members survey", seen.get(0).getAbout());
        assertEquals("/my/forms/answer.xhtml?id=" + form, seen.get(0).getLink());
        assertTrue(d.as(mail, () -> d.notices.mine(10)).isEmpty());
        assertEquals(1, d.mails.size());
        assertEquals(mail + "@example.org", d.mails.get(0).to());
        assertEquals("New form: Members survey", d.mails.get(0).subject());
        assertTrue(d.mails.get(0).text().contains("/my/forms/answer.xhtml?id=" + form));
    }
}
