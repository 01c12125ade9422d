-- Webhook endpoints done like the best: paused and disabled subscriptions, secret rotation with a grace
-- window, failure tracking for auto-disable, and a per-endpoint key for the concurrency cap.
ALTER TABLE subscriptions DROP CONSTRAINT subscriptions_status_check;
ALTER TABLE subscriptions ADD CONSTRAINT subscriptions_status_check
    CHECK (status IN ('ACTIVE', 'PAUSED', 'DISABLED', 'DELETED'));

ALTER TABLE subscriptions
    -- host:port of the webhook URL; deliveries to one key share a concurrency cap
    ADD COLUMN endpoint_key                        text,
    -- the secret replaced by the last rotation; signatures with it are added until it expires
    ADD COLUMN webhook_secret_previous             text,
    ADD COLUMN webhook_secret_previous_expires_at  timestamptz,
    -- start of the current run of failed attempts; cleared by a success
    ADD COLUMN failing_since                       timestamptz,
    ADD COLUMN disabled_reason                     varchar(16) CHECK (disabled_reason IN ('GONE', 'FAILING')),
    ADD COLUMN disabled_at                         timestamptz;

UPDATE subscriptions
SET endpoint_key = lower(substring(target from '^[A-Za-z][A-Za-z0-9+.-]*://(?:[^@/?#]*@)?([^/?#]+)'));
