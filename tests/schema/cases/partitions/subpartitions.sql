-- a partition that is itself partitioned (two levels)
-- [a]
CREATE TABLE measurements (id bigint NOT NULL, at date NOT NULL, value numeric) PARTITION BY RANGE (at);
CREATE TABLE measurements_2023 PARTITION OF measurements FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
-- [b]
CREATE TABLE measurements (id bigint NOT NULL, at date NOT NULL, value numeric) PARTITION BY RANGE (at);
CREATE TABLE measurements_2023 PARTITION OF measurements FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');

CREATE TABLE measurements_2024 PARTITION OF measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') PARTITION BY HASH (id);
CREATE TABLE measurements_2024_a PARTITION OF measurements_2024 FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE measurements_2024_b PARTITION OF measurements_2024 FOR VALUES WITH (MODULUS 2, REMAINDER 1);
