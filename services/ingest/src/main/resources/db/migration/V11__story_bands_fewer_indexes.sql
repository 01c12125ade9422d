-- story_bands takes 40 rows per release, and each row went into four indexes. Two of them did no work the others
-- could not do:
-- * the primary key (band_hash, release_id) only arbitrated the assigner's ON CONFLICT DO NOTHING; a release's
--   bands are deleted before it gets new ones, so (band_hash, ingested_at, release_id), the index the candidates are
--   read through, is made unique and arbitrates instead;
-- * the B-tree on ingested_at served only the hourly pruner's range delete; rows arrive in ingested_at order, so a
--   BRIN index (a few pages, next to nothing per insert) finds the same old ranges.
-- story_bands_release_idx stays: replacing a revised release's bands and ON DELETE CASCADE look rows up by release.
CREATE UNIQUE INDEX story_bands_recent_unique_idx ON story_bands (band_hash, ingested_at DESC, release_id);
DROP INDEX story_bands_recent_idx;
ALTER INDEX story_bands_recent_unique_idx RENAME TO story_bands_recent_idx;
ALTER TABLE story_bands DROP CONSTRAINT story_bands_pkey;
DROP INDEX story_bands_ingested_idx;
CREATE INDEX story_bands_ingested_brin ON story_bands USING brin (ingested_at) WITH (autosummarize = on);
