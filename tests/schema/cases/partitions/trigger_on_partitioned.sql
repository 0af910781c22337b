-- a row trigger on a partitioned table (cloned to the partitions)
-- [a]
CREATE TABLE measurements (id bigint NOT NULL, at date NOT NULL, value numeric) PARTITION BY RANGE (at);
CREATE TABLE measurements_2023 PARTITION OF measurements FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');

CREATE FUNCTION noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
-- [b]
CREATE TABLE measurements (id bigint NOT NULL, at date NOT NULL, value numeric) PARTITION BY RANGE (at);
CREATE TABLE measurements_2023 PARTITION OF measurements FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');

CREATE FUNCTION noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER measurements_noop BEFORE INSERT ON measurements FOR EACH ROW EXECUTE FUNCTION noop();
