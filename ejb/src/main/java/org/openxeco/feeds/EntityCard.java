package org.openxeco.feeds;

import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.property.Address;
import ezvcard.property.Kind;
import ezvcard.property.Logo;
import ezvcard.property.Uid;

import org.openxeco.directory.Organisation;
import org.openxeco.kernel.NodeUris;
import org.openxeco.taxonomy.TaxonomyValue;

/**
 * A vCard 4.0 (RFC 6350) of a public entity for address books: its name, kind
 * {@code org}, websites and public page, e-mail, phone, every postal address, logo,
 * description as plain text, tags as categories, and its URI as UID.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class EntityCard {

    @Inject
    FeedSource source;

    @Inject
    NodeUris uris;

    /** The card of the public entity with this UUID, or a not-found error. */
    public FeedDocument card(UUID uuid, Locale locale) {
        Organisation entity = source.entity(uuid);
        FeedLinks links = new FeedLinks(uris);
        String lang = new FeedTexts(locale, "").language();

        VCard card = new VCard();
        card.setKind(Kind.org());
        card.setUid(new Uid(uris.entity(entity.getUuid())));
        card.setFormattedName(PlainText.clean(entity.getName()));
        String legalName = PlainText.clean(entity.getLegalName());
        card.setOrganization(legalName.isEmpty() ? PlainText.clean(entity.getName())
                : legalName);
        entity.getWebsites().forEach(card::addUrl);
        card.addUrl(links.entity(entity));
        if (entity.getEmail() != null && !entity.getEmail().isBlank()) {
            card.addEmail(entity.getEmail());
        }
        if (entity.getPhone() != null && !entity.getPhone().isBlank()) {
            card.addTelephoneNumber(entity.getPhone());
        }
        entity.getAddresses().forEach(a -> card.addAddress(address(a)));
        String logo = entity.getLogoHash() != null ? links.media(entity.getLogoHash())
                : entity.getLogoUrl();
        if (logo != null && !logo.isBlank()) {
            card.addLogo(new Logo(logo, null));
        }
        String note = PlainText.ofHtml(entity.getDescription());
        if (!note.isEmpty()) {
            card.addNote(note);
        }
        String[] categories = entity.getTags().stream()
                .sorted(Comparator.comparing(TaxonomyValue::reference))
                .map(v -> v.label(lang)).toArray(String[]::new);
        if (categories.length > 0) {
            card.setCategories(categories);
        }
        card.setRevision(entity.getUpdated().truncatedTo(ChronoUnit.SECONDS));

        String text = Ezvcard.write(card).version(VCardVersion.V4_0).prodId(false).go();
        return new FeedDocument(text, java.util.Optional.of(entity.getUpdated()));
    }

    private static Address address(org.openxeco.directory.Address stored) {
        Address address = new Address();
        address.setStreetAddress(blankToNull(stored.getStreet()));
        address.setPostalCode(blankToNull(stored.getPostalCode()));
        address.setLocality(blankToNull(stored.getCity()));
        address.setRegion(blankToNull(stored.getRegion()));
        if (stored.getCountryCode() != null) {
            address.setCountry(new Locale("", stored.getCountryCode())
                    .getDisplayCountry(Locale.ENGLISH));
        }
        return address;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : PlainText.clean(text);
    }
}
