-- Who created a subscription (client address, an IPv6 client by its /64), for the per-client quota;
-- live subscriptions are counted per client and per e-mail address at creation.
alter table subscriptions add column created_by text;
create index subscriptions_live_by_client on subscriptions (created_by) where deleted_at is null;
create index subscriptions_live_by_email on subscriptions (lower(email_address))
    where deleted_at is null and email_address is not null;
