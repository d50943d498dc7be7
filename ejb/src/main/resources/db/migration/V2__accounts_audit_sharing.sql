-- Accounts of people who sign in to the portals, the audit trail of every change, and
-- whether public objects are shared with peer nodes.

ALTER TABLE account ADD COLUMN display_name VARCHAR(200);
ALTER TABLE account ADD COLUMN email VARCHAR(254);
ALTER TABLE account ADD COLUMN failed_sign_ins INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE account ADD COLUMN locked_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ADD COLUMN last_sign_in TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ADD COLUMN password_changed TIMESTAMP WITH TIME ZONE;

-- Members edit the records of the entities they are assigned to.
CREATE TABLE account_entity (
    account_id      BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    PRIMARY KEY (account_id, organisation_id)
);
CREATE INDEX account_entity_org ON account_entity (organisation_id);

-- One row per change of one object; the fields that changed are its children.
CREATE TABLE audit_entry (
    id           BIGINT PRIMARY KEY,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    channel      VARCHAR(20) NOT NULL,
    action       VARCHAR(20) NOT NULL,
    object_type  VARCHAR(30) NOT NULL,
    object_uuid  VARCHAR(36) NOT NULL,
    object_label VARCHAR(500)
);
CREATE INDEX audit_entry_at ON audit_entry (at, id);
CREATE INDEX audit_entry_object ON audit_entry (object_uuid, at);
CREATE INDEX audit_entry_actor ON audit_entry (actor, at);

CREATE TABLE audit_change (
    entry_id  BIGINT NOT NULL REFERENCES audit_entry (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    field     VARCHAR(100) NOT NULL,
    old_value VARCHAR(4000),
    new_value VARCHAR(4000),
    PRIMARY KEY (entry_id, position)
);

-- NULL follows the default of the object's type, kept in node_setting.
ALTER TABLE organisation ADD COLUMN shared BOOLEAN;
ALTER TABLE article ADD COLUMN shared BOOLEAN;
