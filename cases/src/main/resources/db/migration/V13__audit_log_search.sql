-- The console's audit log page searches by case, by agent and by date range (#17).
-- Portable SQL: runs unchanged on H2 and PostgreSQL.
alter table audit_log add column case_id bigint;
create index ix_audit_case on audit_log(case_id, at);
create index ix_audit_actor on audit_log(actor, at);
create index ix_audit_at on audit_log(at);
