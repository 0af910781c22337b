-- a column switches from integer to a domain, another from a domain to text
-- [a]
CREATE DOMAIN label AS text CHECK (VALUE <> '');
CREATE TABLE t (qty integer, name label);
-- [b]
CREATE DOMAIN label AS text CHECK (VALUE <> '');
CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
CREATE TABLE t (qty posint, name text);
