-- Email subscriptions: double opt-in (UNCONFIRMED until the confirmation link is followed; nothing is
-- matched or sent before), a digest choice, and a per-subscription token for the confirmation and
-- one-click unsubscribe links (kept in clear: every email carries it).
ALTER TABLE subscriptions DROP CONSTRAINT subscriptions_status_check;
ALTER TABLE subscriptions ADD CONSTRAINT subscriptions_status_check
    CHECK (status IN ('UNCONFIRMED', 'ACTIVE', 'PAUSED', 'DISABLED', 'DELETED'));

ALTER TABLE subscriptions
    ADD COLUMN email_address      text,
    ADD COLUMN email_digest       varchar(16) CHECK (email_digest IN ('IMMEDIATE', 'HOURLY', 'DAILY')),
    ADD COLUMN email_token        text UNIQUE,
    ADD COLUMN email_confirmed_at timestamptz;
