package org.openxeco.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.openxeco.directory.Organisation;
import org.openxeco.directory.OrganisationStatus;
import org.openxeco.notification.Notification;
import org.openxeco.notification.NotificationTopic;
import org.openxeco.notification.NotificationTopic.Choice;

/**
 * Publishing a form tells the members who chose to hear of new forms, in the portal and by
 * mail as each chose, with a link to the form's answer page; a draft tells nobody. A form
 * answered for entities tells only members attached to an active entity, with a link that
 * names the entity when there is one, else to the forms list.
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

    @Test
    void anEntityFormTellsOnlyMembersWhoCanAnswerItWithAPageThatOpens() {
        String alone = d.member();
        String one = d.member();
        String two = d.member();
        String inactiveOnly = d.member();
        Organisation first = d.entity("First");
        Organisation second = d.entity("Second");
        Organisation hidden = d.entity("Hidden");
        d.admin(() -> {
            d.services.entityManager().createQuery("select o from Organisation o"
                    + " where o.uuid = :u", Organisation.class).setParameter("u", hidden.getUuid().toString())
                    .getSingleResult().setStatus(OrganisationStatus.INACTIVE);
            return null;
        });
        d.attach(one, first);
        d.attach(two, first);
        d.attach(two, second);
        d.attach(inactiveOnly, hidden);
        UUID form = d.admin(() -> d.builder.create("Entity survey", null, Respondent.ENTITY))
                .getUuid();
        d.admin(() -> d.builder.addQuestion(form, FormBuildingServiceTest.text("A", false)));

        d.admin(() -> d.builder.publish(form));

        assertTrue(d.as(alone, () -> d.notices.mine(10)).isEmpty(), "no entity, nothing to answer");
        assertTrue(d.as(inactiveOnly, () -> d.notices.mine(10)).isEmpty());
        assertEquals("/my/forms/answer.xhtml?id=" + form + "&entity=" + first.getUuid(),
                d.as(one, () -> d.notices.mine(10)).get(0).getLink());
        assertEquals("/my/forms/", d.as(two, () -> d.notices.mine(10)).get(0).getLink());
        assertTrue(d.as(one, () -> d.answers.response(form, first.getUuid())).isEmpty(),
                "the linked answer page opens for the member");
    }
}
