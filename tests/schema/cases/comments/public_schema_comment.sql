-- the comment of the public schema changes
-- [a]
-- [b]
COMMENT ON SCHEMA public IS 'public things';
