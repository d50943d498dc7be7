package org.openxeco.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.content.ArticleType;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.Page;
import org.openxeco.kernel.PageRequest;

/** A member's own lists come in pages, newest first, with the total and a cursor. */
class MyListsServiceTest {

    private static Membership m;

    @BeforeAll
    static void start() {
        m = new Membership();
    }

    @AfterAll
    static void stop() {
        m.close();
    }

    @Test
    void aMembersRequestsComeInPagesNewestFirst() {
        String member = m.member("en");
        List<UUID> asked = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Organisation org = m.entity("Paged request " + i);
            asked.add(0, m.asMember(member, () -> m.requests.requestAttachment(org.getUuid(),
                    "Page me")).getUuid());
        }

        Page<MemberRequest> first = m.asMember(member,
                () -> m.requests.mine(PageRequest.first(2)));
        Page<MemberRequest> second = m.asMember(member, () -> m.requests.mine(
                new PageRequest(first.next(), 2)));
        Page<MemberRequest> last = m.asMember(member, () -> m.requests.mine(
                new PageRequest(second.next(), 2)));

        assertEquals(5, first.total());
        List<UUID> seen = new ArrayList<>();
        for (Page<MemberRequest> page : List.of(first, second, last)) {
            page.items().forEach(r -> seen.add(r.getUuid()));
        }
        assertEquals(asked, seen);
        assertEquals(1, last.items().size());
        assertTrue(last.next().isEmpty());
        assertEquals(m.asMember(member, () -> m.requests.mine()).stream()
                .map(MemberRequest::getUuid).toList(), seen);
    }

    @Test
    void aMembersArticlesComeInPagesLatestChangeFirst() {
        String member = m.member("en");
        Organisation org = m.entity("Paged articles");
        m.attach(member, org);
        for (int i = 0; i < 3; i++) {
            String title = "Paged news " + i;
            m.asMember(member, () -> m.articles.create(org.getUuid(), new ArticleDraft(
                    ArticleType.NEWS, title, null, null, null, null, null)));
        }

        Page<MemberArticle> first = m.asMember(member,
                () -> m.articles.mine(PageRequest.first(2)));
        Page<MemberArticle> second = m.asMember(member,
                () -> m.articles.mine(new PageRequest(first.next(), 2)));

        assertEquals(3, first.total());
        assertEquals(List.of("Paged news 2", "Paged news 1"), first.items().stream()
                .map(a -> a.getArticle().getTitle()).toList());
        assertEquals(List.of("Paged news 0"), second.items().stream()
                .map(a -> a.getArticle().getTitle()).toList());
        assertTrue(second.next().isEmpty());
    }

    @Test
    void aCursorOfAnotherListOrNoCursorAtAllIsRefused() {
        String member = m.member("en");
        Organisation org = m.entity("Cursor mix");
        m.attach(member, org);
        for (int i = 0; i < 2; i++) {
            String title = "Cursor news " + i;
            m.asMember(member, () -> m.articles.create(org.getUuid(), new ArticleDraft(
                    ArticleType.NEWS, title, null, null, null, null, null)));
        }
        String articlesCursor = m.asMember(member,
                () -> m.articles.mine(PageRequest.first(1))).next().orElseThrow();

        InvalidInputException mixed = assertThrows(InvalidInputException.class,
                () -> m.asMember(member, () -> m.requests.mine(
                        new PageRequest(Optional.of(articlesCursor), 1))));
        InvalidInputException garbage = assertThrows(InvalidInputException.class,
                () -> m.asMember(member, () -> m.articles.mine(
                        new PageRequest(Optional.of("not-a-cursor"), 1))));

        assertEquals("cursor", mixed.errors().get(0).field());
        assertEquals("cursor", garbage.errors().get(0).field());
    }
}
