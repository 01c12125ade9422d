-- SSE and Atom: every alert gets a number in its subscription's sequence (the SSE event id, orderable
-- and resumable), every subscription an unguessable feed token (only its hash is kept), and channels
-- that only store alerts for the stream and the feed ('sse', 'feed') have no target.
ALTER TABLE subscriptions
    ADD COLUMN last_alert_seq  bigint      NOT NULL DEFAULT 0,
    ADD COLUMN feed_token_hash varchar(64) UNIQUE;
ALTER TABLE subscriptions ALTER COLUMN target DROP NOT NULL;

ALTER TABLE alerts ADD COLUMN seq bigint;
UPDATE alerts a SET seq = numbered.seq
FROM (SELECT id, row_number() OVER (PARTITION BY subscription_id ORDER BY created_at, id) AS seq FROM alerts) numbered
WHERE a.id = numbered.id;
UPDATE subscriptions s SET last_alert_seq = COALESCE((SELECT max(seq) FROM alerts a WHERE a.subscription_id = s.id), 0);
ALTER TABLE alerts ALTER COLUMN seq SET NOT NULL;
CREATE UNIQUE INDEX alerts_subscription_seq ON alerts (subscription_id, seq);

-- STORED: kept for the stream and the feed only, nothing to push
ALTER TABLE alerts DROP CONSTRAINT alerts_status_check;
ALTER TABLE alerts ADD CONSTRAINT alerts_status_check
    CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED', 'CANCELLED', 'STORED'));
