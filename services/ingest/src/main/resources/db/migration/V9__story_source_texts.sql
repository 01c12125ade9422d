-- Boilerplate of each source, learnt from its last releases: the word 3-gram hashes of each of a source's most
-- recent releases (the assigner keeps a configured number per source, in queue order) with the story it got.
-- A 3-gram found in releases of two stories or more of one source is boilerplate of that source and is left out
-- when releases are compared. Written and read only by the (single) story assigner.
CREATE TABLE story_source_texts (
    release_id uuid     PRIMARY KEY REFERENCES releases (id) ON DELETE CASCADE,
    source_id  uuid     NOT NULL,
    story_id   uuid     NOT NULL,
    seq        bigint   NOT NULL,
    shingles   bigint[] NOT NULL
);

CREATE INDEX story_source_texts_recent_idx ON story_source_texts (source_id, seq DESC);

-- Each source's boilerplate as of its last releases above, kept up to date by the assigner, so that a reprint
-- that carries another source's formulas can be compared without them.
CREATE TABLE story_boilerplate (
    shingle   bigint NOT NULL,
    source_id uuid   NOT NULL,
    PRIMARY KEY (shingle, source_id)
);

CREATE INDEX story_boilerplate_source_idx ON story_boilerplate (source_id);
