-- a range-partitioned table with two partitions
-- [a]
-- [b]
CREATE TABLE measurements (id bigint NOT NULL, at date NOT NULL, value numeric) PARTITION BY RANGE (at);
CREATE TABLE measurements_2023 PARTITION OF measurements FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');

CREATE TABLE measurements_2024 PARTITION OF measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
