-- Sources become manageable through the admin API: what to poll, how often, how to read HTML pages, and
-- key rotation for PUSH sources (the previous key keeps working until previous_key_expires_at).
ALTER TABLE sources
    ADD COLUMN language                varchar(2)  CHECK (language ~ '^[a-z]{2}$'),
    ADD COLUMN url                     text        CHECK (url ~* '^https?://'),
    ADD COLUMN poll_interval_seconds   integer     CHECK (poll_interval_seconds > 0),
    ADD COLUMN list_selector           text,
    ADD COLUMN title_selector          text,
    ADD COLUMN body_selector           text,
    ADD COLUMN date_selector           text,
    ADD COLUMN previous_key_hash       varchar(64) CHECK (previous_key_hash ~ '^[0-9a-f]{64}$'),
    ADD COLUMN previous_key_expires_at timestamptz,
    ADD COLUMN updated_at              timestamptz NOT NULL DEFAULT now(),
    ADD CONSTRAINT sources_polled_have_url
        CHECK (kind = 'PUSH' OR (url IS NOT NULL AND poll_interval_seconds IS NOT NULL)),
    ADD CONSTRAINT sources_html_have_selectors
        CHECK (kind <> 'HTML' OR (list_selector IS NOT NULL AND title_selector IS NOT NULL
                                  AND body_selector IS NOT NULL)),
    ADD CONSTRAINT sources_previous_key_expires
        CHECK ((previous_key_hash IS NULL) = (previous_key_expires_at IS NULL));

CREATE INDEX sources_previous_key_idx ON sources (previous_key_hash) WHERE previous_key_hash IS NOT NULL;
