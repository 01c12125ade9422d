-- delivery_attempts is a log written in one place only: the recorder inserts an attempt in the transaction
-- that has just moved its alert on (the update found the alert by id, or the attempt is not recorded), and
-- the service deletes neither alerts nor subscriptions (a deleted subscription is only marked so). The two
-- foreign keys checked, per attempt, what that update had already found, and locked the alert row again
-- (a WAL record each) right after it was updated.
ALTER TABLE delivery_attempts DROP CONSTRAINT delivery_attempts_alert_id_fkey;
ALTER TABLE delivery_attempts DROP CONSTRAINT delivery_attempts_subscription_id_fkey;
