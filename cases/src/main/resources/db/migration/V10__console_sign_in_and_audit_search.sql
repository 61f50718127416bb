-- Console sign-in throttling: one row per username ('user:…') and per client address ('addr:…')
-- that has tried to sign in lately. Kept in the shared database so every node counts the same
-- guesses; a row is locked (SELECT … FOR UPDATE) while an attempt is counted, so two nodes never
-- both miss or both record the moment a lock-out begins.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.
create table sign_in_throttle (
    subject       varchar(120) primary key,
    window_start  timestamp with time zone not null,
    attempts      integer not null,
    locked_until  timestamp with time zone
);
create index ix_sign_in_throttle_window on sign_in_throttle(window_start);

-- The audit log page searches by case, by agent and by date range.
alter table audit_log add column case_id bigint;
create index ix_audit_case on audit_log(case_id, at);
create index ix_audit_actor on audit_log(actor, at);
create index ix_audit_at on audit_log(at);
