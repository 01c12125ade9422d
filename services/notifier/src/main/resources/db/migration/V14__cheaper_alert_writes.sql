-- What every webhook costs the database, without changing what is stored.
--
-- The revision trigger ran, a PL/pgSQL call comparing the old and new filter, for every update of a
-- subscription: each chunk of alerts moves its subscriptions' last_alert_seq, so five webhooks cost four
-- or five calls that never take a revision. It now fires only for updates that name the filter or the
-- status (an update can change neither without naming it); the function still compares them.
DROP TRIGGER subscriptions_revision ON subscriptions;
CREATE TRIGGER subscriptions_revision_inserted BEFORE INSERT ON subscriptions
    FOR EACH ROW EXECUTE FUNCTION subscriptions_take_revision();
CREATE TRIGGER subscriptions_revision_updated BEFORE UPDATE OF filter, status ON subscriptions
    FOR EACH ROW EXECUTE FUNCTION subscriptions_take_revision();

-- No statement looks alerts up by release alone (claims, history and the feeds go from the alert to its
-- release, uniqueness uses alerts_once_per_release); the index cost an entry at every alert's insert and
-- another at its completion, which is not a HOT update.
DROP INDEX alerts_release;
