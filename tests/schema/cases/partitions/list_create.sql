-- a list-partitioned table with a default partition
-- [a]
-- [b]
CREATE TABLE customers (id integer, region text NOT NULL) PARTITION BY LIST (region);
CREATE TABLE customers_eu PARTITION OF customers FOR VALUES IN ('de', 'fr', 'it');
CREATE TABLE customers_us PARTITION OF customers FOR VALUES IN ('us');
CREATE TABLE customers_other PARTITION OF customers DEFAULT;
