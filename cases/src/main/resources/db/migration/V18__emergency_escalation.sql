-- Escalation of an emergency nobody claims (issue #19): 0 none yet, 1 the supervisors were alerted
-- (hotline.emergency.supervisor-after), 2 everyone was alerted again (hotline.emergency.everyone-after).
-- Every node runs the timer; a conditional update from one level to the next lets exactly one of
-- them raise each level once. Portable SQL: runs unchanged on H2 and PostgreSQL.
alter table care_case add column escalation_level int default 0 not null;
create index ix_case_escalation on care_case(type, status, escalation_level);
