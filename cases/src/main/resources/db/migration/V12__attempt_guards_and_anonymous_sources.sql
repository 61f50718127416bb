-- Wrong identification answers per phone number, elder and client, shared by all nodes (#17).
create table attempt_guard (
    subject          varchar(120) primary key,   -- phone:…, elder:…, client:…
    failures         int not null,
    first_failure_at timestamp with time zone,
    locked_until     timestamp with time zone
);

-- An open case of an unidentified caller remembers where it came from (web:<address>, voice:<number>,
-- wechat:<openid>), so repeats from one source join that case instead of burying the queue.
-- Cleared when the case is resolved or closed; unique while open.
alter table care_case add column anonymous_source varchar(100);
create unique index ux_case_anonymous_source on care_case(anonymous_source, type);
