-- When each polled source is due, what the site said last time (for conditional GETs), and its health.
-- A poller claims a due row by pushing next_poll_at forward (a lease), so instances never poll a source twice.
CREATE TABLE source_polls (
    source_id            uuid        PRIMARY KEY REFERENCES sources (id),
    next_poll_at         timestamptz NOT NULL,
    etag                 text,
    last_modified        text,
    last_polled_at       timestamptz,
    last_success_at      timestamptz,
    consecutive_failures integer     NOT NULL DEFAULT 0 CHECK (consecutive_failures >= 0),
    status               varchar(10) NOT NULL DEFAULT 'OK' CHECK (status IN ('OK', 'DEGRADED', 'FAILING')),
    last_error           text,
    last_error_at        timestamptz,
    last_outcome         text
);

CREATE INDEX source_polls_due_idx ON source_polls (next_poll_at);

INSERT INTO source_polls (source_id, next_poll_at)
SELECT id, now() FROM sources WHERE kind <> 'PUSH';
