-- a new partition names its part of an existing partitioned index; another goes back to the given name
-- [a]
CREATE TABLE m (id bigint NOT NULL, at date NOT NULL, value numeric) PARTITION BY RANGE (at);
CREATE TABLE m_2023 PARTITION OF m FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE INDEX m_2023_own ON m_2023 (value);
CREATE INDEX m_by_value ON m (value);
-- [b]
CREATE TABLE m (id bigint NOT NULL, at date NOT NULL, value numeric) PARTITION BY RANGE (at);
CREATE TABLE m_2023 PARTITION OF m FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE INDEX m_by_value ON m (value);
CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER INDEX m_2024_value_idx RENAME TO m_2024_own;
