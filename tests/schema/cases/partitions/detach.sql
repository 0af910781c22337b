-- a partition is detached and stays as a table
-- [a]
CREATE TABLE measurements (id bigint NOT NULL, at date NOT NULL, value numeric) PARTITION BY RANGE (at);
CREATE TABLE measurements_2023 PARTITION OF measurements FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');

CREATE TABLE measurements_2024 (id bigint NOT NULL, at date NOT NULL, value numeric);
ALTER TABLE measurements ATTACH PARTITION measurements_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- [b]
CREATE TABLE measurements (id bigint NOT NULL, at date NOT NULL, value numeric) PARTITION BY RANGE (at);
CREATE TABLE measurements_2023 PARTITION OF measurements FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');

CREATE TABLE measurements_2024 (id bigint NOT NULL, at date NOT NULL, value numeric);
