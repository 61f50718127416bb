-- Whether an agent's reply in a taken-over chat reached the family member (issue #23): a WeChat
-- customer-service message can be refused (the 48-hour window, an expired token, the network), and
-- the transcript must not show such a reply as if it had been said. Null for every other message.
alter table message add column delivery varchar(10);        -- DELIVERED / STORED / FAILED
alter table message add column delivery_problem varchar(200);
