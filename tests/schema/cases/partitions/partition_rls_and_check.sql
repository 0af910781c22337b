-- RLS on a partitioned table and a check constraint inherited by partitions
-- [a]
CREATE TABLE measurements (id bigint NOT NULL, at date NOT NULL, value numeric) PARTITION BY RANGE (at);
CREATE TABLE measurements_2023 PARTITION OF measurements FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
-- [b]
CREATE TABLE measurements (id bigint NOT NULL, at date NOT NULL, value numeric) PARTITION BY RANGE (at);
CREATE TABLE measurements_2023 PARTITION OF measurements FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');

ALTER TABLE measurements ADD CONSTRAINT measurements_value_check CHECK (value >= 0);
ALTER TABLE measurements ENABLE ROW LEVEL SECURITY;
