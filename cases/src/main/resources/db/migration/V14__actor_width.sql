-- Who did something, as the channels name them: "wechat:<openid>", "web:<session id>",
-- "voice:<caller number>". A sender may be as long as conversation.sender (80) and a channel
-- prefix; at 60 a valid web chat session id (64) or a long openid made the insert fail and the turn
-- answer with an error. Portable SQL: runs unchanged on H2 and PostgreSQL.
alter table case_event alter column actor set data type varchar(100);
alter table booking alter column requested_by set data type varchar(100);
alter table ledger_entry alter column created_by set data type varchar(100);
