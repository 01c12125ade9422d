-- A PUSH source may have its own request rate (per minute); null means the configured default.
ALTER TABLE sources
    ADD COLUMN rate_limit_per_minute integer CHECK (rate_limit_per_minute > 0);

-- Idempotency-Key of POST /api/v1/releases: the first 2xx answer to a key, replayed to retries of the
-- same request while the key is young (24 h by default). A request that fails leaves no row.
CREATE TABLE idempotency_keys (
    source_id    uuid        NOT NULL REFERENCES sources (id),
    key          text        NOT NULL,
    request_hash varchar(64) NOT NULL,
    status       integer,
    response     text,
    location     text,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (source_id, key)
);

CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);
