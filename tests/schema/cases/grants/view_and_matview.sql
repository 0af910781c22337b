-- grants on a view and a materialized view
-- [a]
CREATE TABLE base (id integer);
CREATE VIEW v AS SELECT id FROM base;
CREATE MATERIALIZED VIEW mv AS SELECT id FROM base;
-- [b]
CREATE TABLE base (id integer);
CREATE VIEW v AS SELECT id FROM base;
CREATE MATERIALIZED VIEW mv AS SELECT id FROM base;
GRANT SELECT ON v TO retort_r1;
GRANT SELECT ON mv TO retort_r2;
