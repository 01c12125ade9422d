-- The quotas' counts of live subscriptions, kept by triggers in the transaction that changes a subscription.
-- Counting them at every creation read every live row under the creation lock (up to the 100,000 of the
-- default cap, and all of a bulk client's), so creating n subscriptions took time in n squared.
create table live_subscription_counts (
    scope text   primary key, -- '*' for every live subscription, 'client:<address>' for one client's
    live  bigint not null
);

insert into live_subscription_counts (scope, live)
select '*', count(*) from subscriptions where deleted_at is null;
insert into live_subscription_counts (scope, live)
select 'client:' || created_by, count(*) from subscriptions
where deleted_at is null and created_by is not null
group by created_by;

create function adjust_live_subscriptions(client text, delta bigint) returns void language plpgsql as $$
begin
    update live_subscription_counts set live = live + delta where scope = '*';
    if client is not null then
        insert into live_subscription_counts (scope, live) values ('client:' || client, delta)
        on conflict (scope) do update set live = live_subscription_counts.live + excluded.live;
        delete from live_subscription_counts where scope = 'client:' || client and live <= 0;
    end if;
end $$;

create function count_live_subscriptions() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') and old.deleted_at is null then
        perform adjust_live_subscriptions(old.created_by, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.deleted_at is null then
        perform adjust_live_subscriptions(new.created_by, 1);
    end if;
    return null;
end $$;

create trigger live_subscriptions_inserted after insert on subscriptions
    for each row execute function count_live_subscriptions();
create trigger live_subscriptions_deleted after delete on subscriptions
    for each row execute function count_live_subscriptions();
-- only the updates that change what is counted: a subscription's other columns change often
create trigger live_subscriptions_updated after update of deleted_at, created_by on subscriptions
    for each row
    when (old.deleted_at is distinct from new.deleted_at or old.created_by is distinct from new.created_by)
    execute function count_live_subscriptions();
