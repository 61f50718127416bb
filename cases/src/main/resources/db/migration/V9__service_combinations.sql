-- Which services an elder may have at overlapping times (a meal delivered during a bath), as the
-- catalog file lists them: comma-separated service codes, filled when the catalog is loaded.
-- An elder's bookings may not overlap unless one of the two services lists the other.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.
alter table service_item add column combines_with varchar(500) default '' not null;
