package org.openxeco.membership;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.openxeco.account.Account;
import org.openxeco.directory.Organisation;

/**
 * Changes a member made to an entity that wait for an administrator's review. The live
 * entity stays as it is until the change is approved; everything the member entered is kept.
 */
@Entity
@Table(name = "entity_change")
public class EntityChange extends MemberWork {

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "base_version", nullable = false)
    private long baseVersion;

    @Column(nullable = false, length = 300000)
    private String content;

    // The entity's values the member edited, for merging with later changes of the entity.
    @Column(name = "base_content", nullable = false, length = 300000)
    private String baseContent;

    protected EntityChange() {
    }

    EntityChange(Account account, Organisation organisation, EntityEdit edit, Instant now) {
        super(account, now);
        this.organisation = organisation;
        this.baseVersion = organisation.getVersion();
        this.baseContent = EntityEditCodec.write(EntityEdit.of(organisation));
        this.content = EntityEditCodec.write(edit);
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    /** The version of the entity the member edited. */
    public long getBaseVersion() {
        return baseVersion;
    }

    /** The values the member entered. */
    public EntityEdit getEdit() {
        return EntityEditCodec.read(content);
    }

    /** The entity's values as the member saw them when editing. */
    public EntityEdit getBase() {
        return EntityEditCodec.read(baseContent);
    }

    /**
     * What approving would write: the member's values if the entity has not changed since,
     * else the live values with only the member's own changes; refused on a conflict.
     */
    public EntityEdit getMerged() {
        if (organisation.getVersion() == baseVersion) {
            return getEdit();
        }
        return EntityMerge.merge(getBase(), EntityEdit.of(organisation), getEdit());
    }

    /** The fields changed both by the member and on the live entity since the member's edit. */
    public List<String> getConflicts() {
        if (organisation.getVersion() == baseVersion) {
            return List.of();
        }
        return EntityMerge.conflicts(getBase(), EntityEdit.of(organisation), getEdit());
    }

    void replace(EntityEdit edit, Instant now) {
        content = EntityEditCodec.write(edit);
        baseVersion = organisation.getVersion();
        baseContent = EntityEditCodec.write(EntityEdit.of(organisation));
        restamp(now);
    }
}
