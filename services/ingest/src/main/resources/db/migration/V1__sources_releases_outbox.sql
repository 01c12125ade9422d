-- Feeders. PUSH sources authenticate with a bearer key of which only the SHA-256 (hex) is kept.
CREATE TABLE sources (
    id         uuid PRIMARY KEY,
    name       text        NOT NULL,
    country    varchar(2)  CHECK (country ~ '^[A-Z]{2}$'),
    kind       varchar(8)  NOT NULL CHECK (kind IN ('PUSH', 'RSS', 'ATOM', 'HTML')),
    key_hash   varchar(64) CHECK (key_hash ~ '^[0-9a-f]{64}$'),
    enabled    boolean     NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT sources_name_unique UNIQUE (name),
    CONSTRAINT sources_key_hash_unique UNIQUE (key_hash),
    CONSTRAINT sources_push_has_key CHECK (kind <> 'PUSH' OR key_hash IS NOT NULL)
);

-- The current version of each release; the id is a UUID v5 of the source id and the item.
CREATE TABLE releases (
    id                uuid PRIMARY KEY,
    source_id         uuid        NOT NULL REFERENCES sources (id),
    version           integer     NOT NULL CHECK (version >= 1),
    external_id       text,
    url               text,
    canonical_url     text,
    language          varchar(2),
    title             text        NOT NULL,
    body              text        NOT NULL,
    published_at      timestamptz,
    ingested_at       timestamptz NOT NULL,
    first_ingested_at timestamptz NOT NULL,
    content_hash      varchar(64) NOT NULL
);

CREATE INDEX releases_source_idx ON releases (source_id, ingested_at DESC);

-- Events written in the same transaction as the state they describe, relayed to Kafka in id order.
CREATE TABLE outbox (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    aggregate_id uuid        NOT NULL,
    topic        text        NOT NULL,
    message_key  text        NOT NULL,
    ce_id        text        NOT NULL,
    ce_type      text        NOT NULL,
    ce_source    text        NOT NULL,
    ce_time      timestamptz NOT NULL,
    payload      text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    sent_at      timestamptz,
    attempts     integer     NOT NULL DEFAULT 0,
    last_error   text,
    CONSTRAINT outbox_ce_id_unique UNIQUE (ce_id)
);

CREATE INDEX outbox_unsent_idx ON outbox (id) WHERE sent_at IS NULL;
CREATE INDEX outbox_unsent_aggregate_idx ON outbox (aggregate_id, id) WHERE sent_at IS NULL;
CREATE INDEX outbox_sent_at_idx ON outbox (sent_at) WHERE sent_at IS NOT NULL;
