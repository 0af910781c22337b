-- USAGE and CREATE on schemas (public included)
-- [a]
CREATE SCHEMA app;
-- [b]
CREATE SCHEMA app;
GRANT USAGE ON SCHEMA app TO retort_r1;
GRANT USAGE, CREATE ON SCHEMA app TO retort_r2;
GRANT USAGE ON SCHEMA public TO retort_r1;
