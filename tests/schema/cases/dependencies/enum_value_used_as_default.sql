-- an enum value is added and used as a column default in the same migration
-- [a]
CREATE TYPE state AS ENUM ('new', 'done');
CREATE TABLE jobs (id integer, s state DEFAULT 'new');
-- [b]
CREATE TYPE state AS ENUM ('new', 'running', 'done');
CREATE TABLE jobs (id integer, s state DEFAULT 'running');
