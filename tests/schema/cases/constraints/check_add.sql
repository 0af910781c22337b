-- table and column check constraints added
-- [a]
CREATE TABLE t (price numeric, discount numeric);
-- [b]
CREATE TABLE t (price numeric CHECK (price >= 0), discount numeric, CONSTRAINT discount_below_price CHECK (discount < price));
