-- the owner revokes some of its own privileges
-- [a]
CREATE TABLE ro (id integer);
-- [b]
CREATE TABLE ro (id integer);
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ro FROM postgres;
