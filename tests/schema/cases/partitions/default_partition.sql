-- a DEFAULT partition added to a list-partitioned table
-- [a]
CREATE TABLE events (kind text NOT NULL, payload jsonb) PARTITION BY LIST (kind);
CREATE TABLE events_click PARTITION OF events FOR VALUES IN ('click');
-- [b]
CREATE TABLE events (kind text NOT NULL, payload jsonb) PARTITION BY LIST (kind);
CREATE TABLE events_click PARTITION OF events FOR VALUES IN ('click');
CREATE TABLE events_rest PARTITION OF events DEFAULT;
