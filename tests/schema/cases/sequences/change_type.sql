-- AS integer to AS bigint (with the larger implicit maximum)
-- [a]
CREATE SEQUENCE s AS integer;
-- [b]
CREATE SEQUENCE s AS bigint;
