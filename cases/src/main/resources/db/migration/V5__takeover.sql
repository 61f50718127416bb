-- Agent takeover of chats: while taken_over_by is set, a person answers the conversation, not the bot.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.
alter table conversation add column taken_over_by bigint references agent(id);
alter table conversation add column taken_over_at timestamp with time zone;
-- Which agent wrote an outgoing message (null: the bot), so the web widget can fetch the agent's replies.
alter table message add column agent_id bigint references agent(id);
