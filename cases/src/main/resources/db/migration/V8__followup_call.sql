-- When the follow-up call (回访) about a recorded visit was placed: set once, by the node that
-- claims it, so each visit is called at most once across nodes and restarts.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.
alter table service_record add column followup_placed_at timestamp with time zone;
create index ix_service_record_followup on service_record(followup_placed_at, recorded_at);
