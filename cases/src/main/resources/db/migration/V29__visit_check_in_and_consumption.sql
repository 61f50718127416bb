-- Visits proven at the door by phone and their consumption (issue #21). Additive to V26's visit
-- table and to subsidy_policy. Portable SQL: runs unchanged on H2 and PostgreSQL.

-- How a recorded visit's minutes are rounded before they are consumed (beside each policy in its
-- YAML file): to a unit of minutes, up / down / nearest, with a minimum. Null: the minutes as recorded.
alter table subsidy_policy add column rounding_unit int;
alter table subsidy_policy add column rounding_mode varchar(8);       -- UP / DOWN / NEAREST
alter table subsidy_policy add column rounding_minimum int;

-- The elder and the visit's consumption: OPEN until the departure, LEFT while the elder is asked for
-- a rating, CONSUMED once recorded through the ledger, HELD while a problem (key 9) or a complaint
-- about the visit waits for staff, RELEASED when staff let it go without charge.
alter table visit add column elder_id bigint references elder(id);
alter table visit add column consumption varchar(10) default 'OPEN' not null;
alter table visit add column recorded_minutes int;                    -- left_at - arrived_at
alter table visit add column consumed_minutes int;                    -- capped and rounded, or as staff decided
alter table visit add column held_because varchar(10);                -- PROBLEM / COMPLAINT
alter table visit add column complaint_case_id bigint references care_case(id);
alter table visit add column decided_by varchar(100);
alter table visit add column decided_at timestamp with time zone;
alter table visit add column decision_reason varchar(500);
alter table visit add column arrival_recorded_by varchar(100);        -- staff who recorded a reported arrival
alter table visit add column departure_recorded_by varchar(100);
alter table visit add column updated_at timestamp with time zone;
create index ix_visit_consumption on visit(consumption, left_at);
create index ix_visit_booking on visit(booking_id);
create index ix_work_order_state_start on work_order(state, starts_at);
