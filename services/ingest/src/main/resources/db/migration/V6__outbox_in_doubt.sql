-- A row whose record may or may not be on Kafka: its send was not acknowledged (Kafka may still have written
-- it), or it was unsent when an instance started (the previous one may have died between Kafka's
-- acknowledgement and marking the row sent). The relay sends no such row before looking for its ce_id on
-- the topic: found rows are marked sent, the others are cleared and sent.
ALTER TABLE outbox ADD COLUMN in_doubt boolean NOT NULL DEFAULT false;

CREATE INDEX outbox_in_doubt_idx ON outbox (id) WHERE sent_at IS NULL AND in_doubt;
