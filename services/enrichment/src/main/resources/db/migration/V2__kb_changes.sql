-- Every change to the knowledge base, in the transaction that made it: what the admin API wrote (or the data
-- files imported), with the kb_version it produced. Lets an operator see who changed what and carry admin edits
-- back into the data files, which replace the whole knowledge base when a newer version of them is imported.
CREATE TABLE kb_changes (
    id         BIGSERIAL   PRIMARY KEY,
    kb_version BIGINT      NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL,
    action     TEXT        NOT NULL CHECK (action IN ('create', 'update', 'delete', 'import')),
    entity     TEXT        NOT NULL CHECK (entity IN ('person', 'country', 'organization', 'data-files')),
    entity_id  TEXT,
    body       TEXT
);
CREATE INDEX kb_changes_version ON kb_changes (kb_version);
