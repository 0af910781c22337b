-- a BEGIN ATOMIC function uses a column added in the same migration
-- [a]
CREATE TABLE accounts (id integer PRIMARY KEY);
-- [b]
CREATE TABLE accounts (id integer PRIMARY KEY, balance numeric DEFAULT 0);
CREATE FUNCTION rich() RETURNS SETOF integer LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT id FROM accounts WHERE balance > 1000;
END;
