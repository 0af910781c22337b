-- an enum value is added and used in a new check constraint and partial index
-- [a]
CREATE TYPE state AS ENUM ('new', 'done');
CREATE TABLE jobs (id integer, s state);
-- [b]
CREATE TYPE state AS ENUM ('new', 'done', 'failed');
CREATE TABLE jobs (id integer, s state, CONSTRAINT jobs_not_failed CHECK (s <> 'failed'));
CREATE INDEX jobs_failed ON jobs (id) WHERE s = 'failed';
