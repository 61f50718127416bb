-- Satisfaction rating (1–5) given by the elder or a family member after a visit.
alter table service_record add column rating int;
alter table service_record add column rated_at timestamp with time zone;
