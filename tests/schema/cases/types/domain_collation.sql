-- a domain with a collation
-- [a]
-- [b]
CREATE DOMAIN ci_name AS text COLLATE "C";
