package org.openxeco.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openxeco.content.Article;
import org.openxeco.content.ArticleType;
import org.openxeco.directory.Organisation;

class NewObjectUuidsTest {

    @Test
    void newObjectsGetTimeOrderedUuidsOfVersion7() throws InterruptedException {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(new Organisation().getUuid().toString());
            made.add(new Article(ArticleType.EVENT).getUuid().toString());
            // The rows that are not published objects (accounts, forms, campaigns, ...).
            made.add(NewUuids.nextText());
            // The order is guaranteed between milliseconds, not within one.
            Thread.sleep(2);
        }
        for (String uuid : made) {
            assertEquals(7, UUID.fromString(uuid).version(), uuid);
            assertEquals(2, UUID.fromString(uuid).variant(), uuid);
        }
        for (int i = 3; i < made.size(); i++) {
            // As text, the way the UUID indexes compare them.
            assertTrue(made.get(i - 3).compareTo(made.get(i)) < 0, made.toString());
        }
        long startedMillis = UUID.fromString(made.get(0)).getMostSignificantBits() >>> 16;
        assertTrue(Math.abs(System.currentTimeMillis() - startedMillis) < 60_000,
                "the UUID carries the creation millisecond");
    }

    @Test
    void uuidsCreatedInTheSameMillisecondDifferInTheirRandomBits() {
        HashSet<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(seen.add(new Organisation().getUuid().toString()));
        }
    }

    @Test
    void aUuidFixedBeforeStorageIsKept() {
        UUID fixed = UUID.nameUUIDFromBytes("demo:university:x".getBytes());
        Organisation organisation = new Organisation();
        organisation.assignUuid(fixed);
        assertEquals(fixed, organisation.getUuid());
    }
}
