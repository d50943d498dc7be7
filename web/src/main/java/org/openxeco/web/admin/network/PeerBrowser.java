package org.openxeco.web.admin.network;

import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.content.ArticleType;
import org.openxeco.kernel.DomainException;
import org.openxeco.network.catalogue.CatalogueFormatException;
import org.openxeco.network.catalogue.CatalogueItem;
import org.openxeco.network.catalogue.CatalogueReader;
import org.openxeco.network.catalogue.ImportedObjects;
import org.openxeco.network.catalogue.PeerCataloguePage;
import org.openxeco.network.peers.PeerService;
import org.openxeco.web.ui.Refusals;
import org.openxeco.web.ui.Texts;

/**
 * Browses an active peer's catalogue page by page: its entities, articles or taxonomies,
 * filtered by text, by a taxonomy value's concept URI and, for articles, by type. The peer
 * pages with an opaque cursor, so the page offers the next page and the first one; each
 * object says whether this node already imported it.
 */
@Named
@ViewScoped
public class PeerBrowser implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 25;
    static final List<String> KINDS = List.of("entities", "articles", "taxonomies");
    private static final String FORM = "browse";

    @Inject
    transient PeerService peers;

    @Inject
    transient ImportedObjects importedObjects;

    @Inject
    Texts texts;

    @Inject
    Refusals refusals;

    private String id;
    private PeerRow peer;
    private String kind = KINDS.get(0);
    private String text;
    private String tag;
    private ArticleType type;
    private String cursor;
    private String nextCursor;
    private int page = 1;
    /** How many objects match on all pages, when the peer says. */
    private Long total;
    private List<CatalogueRow> rows = List.of();
    private List<CatalogueRow> selection = new ArrayList<>();

    /** Reads the peer named by the {@code id} parameter and, if it is active, its first page. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            peer = PeerRow.of(peers.get(UUID.fromString(id == null ? "" : id.strip())),
                    Instant.now());
        } catch (IllegalArgumentException | DomainException e) {
            texts.error(null, texts.get("net.browse.missing"));
            return;
        }
        if (!peer.active()) {
            texts.error(null, texts.get("net.browse.notActive", peer.name(),
                    texts.get("net.state." + peer.state())));
            return;
        }
        search();
    }

    /** Shows the first page for the current choice and filters. */
    public void search() {
        if (tag != null && !tag.isBlank() && !absolute(tag.strip())) {
            texts.error(FORM + ":tag", texts.get("net.browse.badTag"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        fetch(null, 1);
    }

    private static boolean absolute(String uri) {
        try {
            return new URI(uri).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Shows the page after the current one. */
    public void next() {
        if (nextCursor != null) {
            fetch(nextCursor, page + 1);
        }
    }

    /** Reads the page shown again, for example to show what was just imported. */
    public void reload() {
        fetch(cursor, page);
    }

    /** Narrows the list to the objects tagged with a value, or below it. */
    public void filterByTag(String conceptUri) {
        tag = conceptUri;
        search();
    }

    private void fetch(String from, int number) {
        if (peer == null || !peer.active()) {
            return;
        }
        try {
            PeerCataloguePage result = CatalogueReader.read(peers.browse(peer.uuid(), kind,
                    text, kind.equals("taxonomies") ? null : tag, wireType(), PAGE_SIZE, from)
                    .toString());
            Set<String> imported = importedObjects.importedAmong(
                    result.items().stream().map(CatalogueItem::uri).toList());
            rows = result.items().stream()
                    .map(item -> CatalogueRow.of(item, imported.contains(item.uri()))).toList();
            selection = new ArrayList<>();
            cursor = from;
            nextCursor = result.nextCursor().orElse(null);
            total = result.total().isPresent() ? result.total().getAsLong() : null;
            page = number;
        } catch (CatalogueFormatException unreadable) {
            texts.error(null, texts.get("net.browse.unreadable", unreadable.getMessage()));
            FacesContext.getCurrentInstance().validationFailed();
        } catch (DomainException refusal) {
            refusals.show(refusal, FORM);
        }
    }

    /** The type filter as the catalogue takes it, for articles only. */
    String wireType() {
        return type == null || !kind.equals("articles") ? null
                : type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The label of a schema.org or SKOS type, or the type itself when it has none. */
    public String typeLabel(String schemaType) {
        String key = "net.schema." + schemaType.replace(':', '-');
        return texts.has(key) ? texts.get(key) : schemaType;
    }

    public String getTitle() {
        return peer == null ? texts.get("net.browse.title.none")
                : texts.get("net.browse.title", peer.name());
    }

    public List<String> getKinds() {
        return KINDS;
    }

    public List<ArticleType> getTypes() {
        return List.of(ArticleType.values());
    }

    public boolean isFirstPage() {
        return cursor == null;
    }

    public boolean isLastPage() {
        return nextCursor == null;
    }

    public PeerRow getPeer() {
        return peer;
    }

    public List<CatalogueRow> getRows() {
        return rows;
    }

    public List<CatalogueRow> getSelection() {
        return selection;
    }

    public void setSelection(List<CatalogueRow> selection) {
        this.selection = selection == null ? new ArrayList<>() : new ArrayList<>(selection);
    }

    public int getPage() {
        return page;
    }

    /** The question before importing all matches: with their number when the peer says. */
    public String getMatchingConfirmation() {
        return total == null ? texts.get("net.import.matching.confirm")
                : texts.get("net.import.matching.confirmCount", total);
    }

    /** The number of matches on all pages, or null when the peer does not say. */
    public Long getTotal() {
        return total;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = KINDS.contains(kind) ? kind : KINDS.get(0);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public ArticleType getType() {
        return type;
    }

    public void setType(ArticleType type) {
        this.type = type;
    }
}
