-- The matching index on every instance follows subscription changes by revision. Each insert, and each
-- update of a filter or a status, takes the next version from the single row below and stores it as
-- the subscription's revision. The row stays locked until the change commits, so changes commit in
-- revision order and "everything up to the visible version" is a complete, stable set.
CREATE TABLE subscriptions_version (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    version   bigint  NOT NULL
);
INSERT INTO subscriptions_version (version) VALUES (0);

ALTER TABLE subscriptions ADD COLUMN revision bigint NOT NULL DEFAULT 0;
CREATE INDEX subscriptions_revision ON subscriptions (revision);

CREATE FUNCTION subscriptions_take_revision() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.filter IS DISTINCT FROM OLD.filter OR NEW.status IS DISTINCT FROM OLD.status THEN
        UPDATE subscriptions_version SET version = version + 1 RETURNING version INTO NEW.revision;
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER subscriptions_revision BEFORE INSERT OR UPDATE ON subscriptions
    FOR EACH ROW EXECUTE FUNCTION subscriptions_take_revision();
