-- integer to bigint, and smallint to integer
-- [a]
CREATE TABLE counters (id integer PRIMARY KEY, hits integer, small smallint);
-- [b]
CREATE TABLE counters (id bigint PRIMARY KEY, hits bigint, small integer);
