-- Story assignment after the commit. A release's transaction only appends its event to story_queue; one
-- assigner at a time (an advisory lock that requests never take) gives the queued releases their stories in
-- batches, in queue order, and moves each event to the outbox with its storyId. Requests therefore never
-- wait on one another for similar text.
CREATE TABLE story_queue (
    seq          bigserial   PRIMARY KEY,
    aggregate_id uuid        NOT NULL,
    topic        text        NOT NULL,
    message_key  text        NOT NULL,
    ce_id        text        NOT NULL,
    ce_type      text        NOT NULL,
    ce_source    text        NOT NULL,
    ce_time      timestamptz NOT NULL,
    payload      text        NOT NULL,
    queued_at    timestamptz NOT NULL DEFAULT now()
);

-- candidates of a band: its most recent releases first, found through the index alone
CREATE INDEX story_bands_recent_idx ON story_bands (band_hash, ingested_at DESC, release_id);
