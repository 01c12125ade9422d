-- Near-duplicate releases (one story from several sources) share a story id. Each release keeps the MinHash
-- signature of its current version; story_bands indexes the signatures of recent releases by band hash
-- (locality-sensitive hashing) so that a new release finds its candidates without a scan.
ALTER TABLE releases
    ADD COLUMN story_id uuid,
    ADD COLUMN minhash  bytea;

CREATE INDEX releases_story_idx ON releases (story_id);

CREATE TABLE story_bands (
    band_hash   bigint      NOT NULL,
    release_id  uuid        NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    ingested_at timestamptz NOT NULL,
    PRIMARY KEY (band_hash, release_id)
);

CREATE INDEX story_bands_release_idx ON story_bands (release_id);
CREATE INDEX story_bands_ingested_idx ON story_bands (ingested_at);
