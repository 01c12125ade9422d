-- Lets the email channel's claim, run every second and whenever email alerts are created, see at the cost
-- of an index probe that there is no email subscription at all, instead of scanning every due alert of the
-- other channels (thousands while webhooks are behind) to find none. Partial: webhook subscriptions, the
-- many, cost it nothing to write.
CREATE INDEX subscriptions_email ON subscriptions (id) WHERE channel_type = 'email';
