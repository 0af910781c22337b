-- a partition with a column default of its own
-- [a]
CREATE TABLE measurements (id bigint NOT NULL, at date NOT NULL, value numeric) PARTITION BY RANGE (at);
CREATE TABLE measurements_2023 PARTITION OF measurements FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
-- [b]
CREATE TABLE measurements (id bigint NOT NULL, at date NOT NULL, value numeric) PARTITION BY RANGE (at);
CREATE TABLE measurements_2023 PARTITION OF measurements FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');

ALTER TABLE measurements_2023 ALTER value SET DEFAULT 0;
