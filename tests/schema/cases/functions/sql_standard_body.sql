-- a SQL-standard body (BEGIN ATOMIC) that depends on a table
-- [a]
CREATE TABLE accounts (id integer PRIMARY KEY, balance numeric);
-- [b]
CREATE TABLE accounts (id integer PRIMARY KEY, balance numeric);
CREATE FUNCTION total_balance() RETURNS numeric LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT sum(balance) FROM accounts;
END;
CREATE FUNCTION balance_of(a integer) RETURNS numeric LANGUAGE sql RETURN (SELECT balance FROM accounts WHERE id = a);
