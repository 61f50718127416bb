-- One-time tokens of the calls the hotline places itself (check-in, follow-up). The AMI Originate
-- puts the token on the call's channel; the outbound FastAGI script runs only with a token issued
-- for that script and that check-in attempt or booking, not used and not expired, and deletes it
-- in the same statement that checks it, so a token works once across all nodes. Only the SHA-256
-- of the token is kept. Portable SQL: runs unchanged on H2 and PostgreSQL.
create table outbound_call_token (
    token_hash  varchar(64) primary key,          -- hex SHA-256 of the token on the channel
    script      varchar(20) not null,             -- checkin / followup
    subject     varchar(40) not null,             -- the check-in attempt id or the booking id
    issued_at   timestamp with time zone not null,
    expires_at  timestamp with time zone not null
);
create index ix_outbound_call_token_expiry on outbound_call_token(expires_at);
