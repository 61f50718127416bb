-- Finding cases, cases an agent opens by hand, and click-to-call (#23, docs/console.md).

-- How the agent met the caller of a case they opened by hand: INCOMING_CALL (a direct line),
-- OUTGOING_CALL (the agent called), WALK_IN, OTHER. Null on every case opened by a channel.
alter table care_case add column contact_way varchar(16);
-- An unregistered caller's number (normalised digits) on a case opened by hand: to call back and to
-- find the case by phone. Never shown whole on a page.
alter table care_case add column caller_phone varchar(20);
-- The agent's own phone that click-to-call rings first (a PBX endpoint such as PJSIP/8001); empty:
-- the queue interface is rung.
alter table agent add column phone_extension varchar(60);

-- The search's usual shapes: one agent's cases by state, everything by opening time, a caller's number.
create index ix_case_assignee on care_case(assignee_id, status, created_at);
create index ix_case_created on care_case(created_at);
create index ix_case_caller_phone on care_case(caller_phone);
