-- The latest health of each source that ingest reported on sources.health (it became FAILING, or
-- recovered), so that subscriptions naming a failing source can be told. changed_at orders the
-- records: an older one never replaces a newer one, whatever order they arrive in.
CREATE TABLE source_health (
    source_id            uuid        PRIMARY KEY,
    source_name          text        NOT NULL,
    status               varchar(16) NOT NULL CHECK (status IN ('OK', 'DEGRADED', 'FAILING')),
    consecutive_failures integer     NOT NULL,
    last_error           text,
    changed_at           timestamptz NOT NULL
);
