package org.openxeco.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.openxeco.directory.Address;
import org.openxeco.directory.Organisation;
import org.openxeco.directory.OrganisationStatus;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.kernel.ObjectType;
import org.openxeco.media.ImageSamples;
import org.openxeco.media.MediaItem;
import org.openxeco.taxonomy.TaxonomyValue;
import org.openxeco.testing.Fixtures;
import org.openxeco.testing.Services;

class EntityCardServiceTest {

    private Services services;
    private FeedData data;

    @BeforeEach
    void start() {
        services = new Services();
        data = new FeedData(services);
    }

    @AfterEach
    void stop() {
        services.close();
    }

    @Test
    void theCardOfAnEntityCarriesEveryContactFieldAsVcardFour() {
        UUID scheme = data.scheme(ObjectType.ENTITY);
        TaxonomyValue tag = data.value(scheme, "crypto", null);
        Organisation input = Fixtures.organisation("Acme; Security", "LU");
        input.setLegalName("Acme Security S.A.");
        input.setWebsites(List.of("https://acme.example", "https://blog.acme.example"));
        input.setEmail("info@acme.example");
        input.setPhone("+352 123 456");
        input.setLogoUrl("https://acme.example/logo.png");
        input.setDescription("<p>We <b>secure</b> things.</p><p>Since 1999 &amp; more</p>");
        input.setAddresses(List.of(new Address("1 Main Street", "1234", "Town", null, "LU"),
                new Address("2 Rue Haute", "75001", "Paris", "Île-de-France", "FR")));
        Organisation entity = services.asAdmin(() -> services.organisations.create(input,
                List.of(tag.getUuid())));

        String vcf = card(entity.getUuid());

        assertEquals(List.of("BEGIN:VCARD"), lines(vcf, "BEGIN:"));
        assertEquals(List.of("VERSION:4.0"), lines(vcf, "VERSION:"));
        assertEquals(List.of("KIND:org"), lines(vcf, "KIND:"));
        assertEquals(List.of("FN:Acme\\; Security"), lines(vcf, "FN:"));
        assertEquals(List.of("ORG:Acme Security S.A."), lines(vcf, "ORG:"));
        assertEquals(List.of("UID:" + Services.BASE_URL + "/api/entities/" + entity.getUuid()),
                lines(vcf, "UID:"));
        assertEquals(List.of("URL:https://acme.example", "URL:https://blog.acme.example",
                "URL:" + Services.BASE_URL + "/directory/" + entity.getUuid()),
                lines(vcf, "URL:"));
        assertEquals(List.of("EMAIL:info@acme.example"), lines(vcf, "EMAIL"));
        assertEquals(List.of("TEL:+352 123 456"), lines(vcf, "TEL"));
        assertEquals(List.of("ADR:;;1 Main Street;Town;;1234;Luxembourg",
                "ADR:;;2 Rue Haute;Paris;Île-de-France;75001;France"), lines(vcf, "ADR"));
        assertEquals(List.of("LOGO:https://acme.example/logo.png"), lines(vcf, "LOGO"));
        assertEquals(List.of("NOTE:We secure things.\\nSince 1999 & more"), lines(vcf, "NOTE"));
        assertEquals(List.of("CATEGORIES:Label crypto"), lines(vcf, "CATEGORIES"));
        assertEquals(List.of("REV:" + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .withZone(ZoneOffset.UTC).format(entity.getUpdated())), lines(vcf, "REV:"));
        assertEquals(List.of("END:VCARD"), lines(vcf, "END:"));
    }

    @Test
    void aStoredLogoIsNamedByItsAddressOnTheNodeAndTheNameStandsInForALegalName() {
        Organisation entity = services.asAdmin(() -> services.organisations.create(
                Fixtures.organisation("Plain", "LU"), List.of()));
        MediaItem logo = services.asAdmin(() -> services.media.store(ImageSamples.png(7),
                "logo.png"));
        services.asAdmin(() -> services.organisations.setLogo(entity.getUuid(),
                entity.getVersion(), logo.getHash()));

        String vcf = card(entity.getUuid());

        assertEquals(List.of("LOGO:" + Services.BASE_URL + "/media/" + logo.getHash()),
                lines(vcf, "LOGO"));
        assertEquals(List.of("ORG:Plain"), lines(vcf, "ORG:"));
        assertEquals(List.of(), lines(vcf, "NOTE"));
        assertEquals(List.of(), lines(vcf, "EMAIL"));
    }

    @Test
    void anInactiveOrUnknownEntityHasNoCard() {
        Organisation hidden = Fixtures.organisation("Hidden", "LU");
        hidden.setStatus(OrganisationStatus.INACTIVE);
        UUID uuid = services.asAdmin(() -> services.organisations.create(hidden, List.of()))
                .getUuid();

        assertThrows(NotFoundException.class, () -> card(uuid));
        assertThrows(NotFoundException.class, () -> card(UUID.randomUUID()));
        assertThrows(NotFoundException.class, () -> services.asAdmin(() ->
                services.entityCard.card(uuid, Locale.ENGLISH)), "administrators too");
    }

    private String card(UUID uuid) {
        return services.asVisitor(() -> services.entityCard.card(uuid, Locale.ENGLISH)).text();
    }

    private static List<String> lines(String vcf, String prefix) {
        return EventCalendarServiceTest.lines(vcf, prefix);
    }
}
