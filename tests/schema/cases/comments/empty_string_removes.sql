-- a comment set to an empty string is no comment
-- [a]
CREATE TABLE t (id integer);
COMMENT ON TABLE t IS 'something';
-- [b]
CREATE TABLE t (id integer);
COMMENT ON TABLE t IS '';
