-- The notifier publishes through the project's shared outbox (services/outbox), the same table as ingest's:
-- rows are marked sent after Kafka's acknowledgement (and pruned later) rather than deleted, rows whose send
-- was not acknowledged are "in doubt" and looked for on the topic before being sent again, and the rows of
-- one aggregate (an alert) are published in order.
ALTER TABLE outbox RENAME TO outbox_v1;

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
    in_doubt     boolean     NOT NULL DEFAULT false,
    CONSTRAINT outbox_ce_id_unique UNIQUE (ce_id)
);

CREATE INDEX outbox_unsent_idx ON outbox (id) WHERE sent_at IS NULL;
CREATE INDEX outbox_unsent_aggregate_idx ON outbox (aggregate_id, id) WHERE sent_at IS NULL;
CREATE INDEX outbox_sent_at_idx ON outbox (sent_at) WHERE sent_at IS NOT NULL;
CREATE INDEX outbox_in_doubt_idx ON outbox (id) WHERE sent_at IS NULL AND in_doubt;

-- rows the old relay had not published yet go out first, in their order
INSERT INTO outbox (aggregate_id, topic, message_key, ce_id, ce_type, ce_source, ce_time, payload, created_at)
SELECT event_id, 'alerts.deliveries', kafka_key, event_id::text, ce_type, '/communique/notifier', created_at, payload,
       created_at
FROM outbox_v1 ORDER BY seq;

DROP TABLE outbox_v1;
