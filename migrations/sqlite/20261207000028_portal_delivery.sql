-- Delivery of notices through the portal (§ 37 Abs. 2a SGB X, issue 17): a family may
-- consent (and withdraw) to receive its Bescheide by download; then the "notice ready"
-- mail is the legal notification, and the Bescheid counts as received on the 3rd day after
-- it was sent (`notice.notified_at`). The outbox row of that mail names its notice.
alter table account add column portal_delivery_at bigint;
alter table notice add column notified_at bigint;
alter table outbox add column notice_id text references notice (id);
