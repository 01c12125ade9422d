-- Confirmation mails sent per address, so that one address gets a bounded number per day whatever
-- instance or subscription asks (creations and resends together). Rows older than two days are pruned.
create table confirmation_mails (
    id      bigserial   primary key,
    address text        not null,
    sent_at timestamptz not null
);
create index confirmation_mails_by_address on confirmation_mails (address, sent_at);
create index confirmation_mails_by_time on confirmation_mails (sent_at);
