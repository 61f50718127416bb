-- A complaint's outcome (受理 → 调查 → 答复): whether it was upheld and what remedy the elder gets.
-- The investigation itself is the case timeline (case_event kind INVESTIGATION), one row per step,
-- so it keeps its history; only the final finding lives on the case. A complaint cannot be closed
-- without an outcome (enforced by Cases.close). Portable SQL: runs unchanged on H2 and PostgreSQL.
alter table care_case add column complaint_outcome varchar(16);  -- UPHELD / PARTLY_UPHELD / NOT_UPHELD
alter table care_case add column complaint_remedy varchar(1000);
alter table care_case add column outcome_at timestamp with time zone;
