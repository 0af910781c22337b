-- a composite foreign key becomes MATCH FULL
-- [a]
CREATE TABLE regions (country text, code text, PRIMARY KEY (country, code));
CREATE TABLE shops (id integer, country text, code text, CONSTRAINT shops_region_fk FOREIGN KEY (country, code) REFERENCES regions);
-- [b]
CREATE TABLE regions (country text, code text, PRIMARY KEY (country, code));
CREATE TABLE shops (id integer, country text, code text, CONSTRAINT shops_region_fk FOREIGN KEY (country, code) REFERENCES regions MATCH FULL);
