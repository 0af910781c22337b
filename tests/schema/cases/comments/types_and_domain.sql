-- comments on an enum, a composite attribute and a domain
-- [a]
CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE TYPE pair AS (a integer, b integer);
CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
-- [b]
CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE TYPE pair AS (a integer, b integer);
CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
COMMENT ON TYPE mood IS 'how it feels';
COMMENT ON COLUMN pair.b IS 'the second';
COMMENT ON DOMAIN posint IS 'positive integers';
