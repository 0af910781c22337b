-- a partitioned metrics schema: new partitions, a column on the parent, BRIN, a matview
-- [a]
CREATE SCHEMA metrics;
CREATE TABLE metrics.samples (device integer NOT NULL, at timestamptz NOT NULL, v double precision) PARTITION BY RANGE (at);
CREATE TABLE metrics.samples_2024 PARTITION OF metrics.samples FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX samples_device_idx ON metrics.samples (device, at);
CREATE VIEW metrics.latest AS SELECT device, max(at) AS at FROM metrics.samples GROUP BY device;
-- [b]
CREATE SCHEMA metrics;
CREATE TABLE metrics.samples (device integer NOT NULL, at timestamptz NOT NULL, v double precision, unit text DEFAULT 'C') PARTITION BY RANGE (at);
CREATE TABLE metrics.samples_2024 PARTITION OF metrics.samples FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE metrics.samples_2025 PARTITION OF metrics.samples FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE metrics.samples_rest PARTITION OF metrics.samples DEFAULT;
CREATE INDEX samples_device_idx ON metrics.samples (device, at);
CREATE INDEX samples_at_brin ON metrics.samples USING brin (at);
CREATE VIEW metrics.latest AS SELECT device, max(at) AS at, count(*) AS n FROM metrics.samples GROUP BY device;
CREATE MATERIALIZED VIEW metrics.daily AS SELECT device, date_trunc('day', at) AS day, avg(v) AS avg_v FROM metrics.samples GROUP BY 1, 2;
CREATE INDEX daily_device_day ON metrics.daily (device, day);
COMMENT ON TABLE metrics.samples IS 'raw sensor samples';
