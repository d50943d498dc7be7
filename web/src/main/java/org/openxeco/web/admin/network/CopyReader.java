package org.openxeco.web.admin.network;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleService;
import org.openxeco.directory.Organisation;
import org.openxeco.directory.OrganisationService;
import org.openxeco.kernel.ObjectType;
import org.openxeco.network.sync.ImportedCopy;
import org.openxeco.network.sync.SyncService;

/** Reads a copy with its name, conflicts and pending references, for the portal's pages. */
@RequestScoped
public class CopyReader {

    @Inject
    SyncService sync;

    @Inject
    OrganisationService organisations;

    @Inject
    ArticleService articles;

    /** The copy of the object, if the object is one. */
    public Optional<CopyRow> find(UUID object) {
        return sync.copy(object).map(this::row);
    }

    CopyRow row(ImportedCopy copy) {
        UUID object = copy.getObjectUuid();
        return CopyRow.of(copy, name(copy), sync.conflicts(object),
                sync.pendingReferences(object));
    }

    private String name(ImportedCopy copy) {
        UUID object = copy.getObjectUuid();
        return copy.getObjectType() == ObjectType.ENTITY
                ? organisations.find(object).map(Organisation::getName).orElse(null)
                : articles.find(object).map(Article::getTitle).orElse(null);
    }
}
