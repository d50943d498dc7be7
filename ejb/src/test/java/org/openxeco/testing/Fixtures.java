package org.openxeco.testing;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleStatus;
import org.openxeco.content.ArticleType;
import org.openxeco.content.EventDetails;
import org.openxeco.directory.Address;
import org.openxeco.directory.Organisation;
import org.openxeco.directory.OrganisationKind;
import org.openxeco.kernel.ObjectType;
import org.openxeco.taxonomy.TaxonomyScheme;

/** Unsaved domain objects with unique names, for tests. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Organisation organisation(String name, String country) {
        Organisation o = new Organisation();
        o.setName(name);
        o.setKind(OrganisationKind.COMPANY);
        o.setAddresses(List.of(new Address("1 Main Street", "1234", "Town", null, country)));
        return o;
    }

    public static Article event(String title, Instant start, ArticleStatus status) {
        Article a = new Article(ArticleType.EVENT);
        a.setTitle(title);
        a.setStatus(status);
        EventDetails e = new EventDetails();
        e.setStart(start);
        e.setEnd(start.plusSeconds(3600));
        e.setTimeZone("Europe/Luxembourg");
        a.setEvent(e);
        return a;
    }

    public static TaxonomyScheme scheme(String code, ObjectType... targets) {
        TaxonomyScheme s = new TaxonomyScheme();
        s.setCode(code);
        s.setLabels(Map.of("en", "Scheme " + code, "fr", "Schéma " + code));
        s.setTargets(targets.length == 0 ? EnumSet.of(ObjectType.ENTITY)
                : EnumSet.copyOf(List.of(targets)));
        return s;
    }
}
