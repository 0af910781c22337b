-- partitions in another schema than their parent
-- [a]
-- [b]
CREATE SCHEMA archive;
CREATE TABLE logs (at timestamptz NOT NULL, line text) PARTITION BY RANGE (at);
CREATE TABLE logs_current PARTITION OF logs FOR VALUES FROM ('2024-01-01') TO (MAXVALUE);
CREATE TABLE archive.logs_old PARTITION OF logs FOR VALUES FROM (MINVALUE) TO ('2024-01-01');
