-- a domain check added NOT VALID
-- [a]
CREATE DOMAIN code AS text;
-- [b]
CREATE DOMAIN code AS text;
ALTER DOMAIN code ADD CONSTRAINT code_upper CHECK (VALUE = upper(VALUE)) NOT VALID;
