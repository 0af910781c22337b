-- NOT NULL and a check on the same new column, plus a constraint on two columns
-- [a]
CREATE TABLE spans (a integer);
-- [b]
CREATE TABLE spans (a integer, b integer NOT NULL CHECK (b >= 0), CONSTRAINT spans_order CHECK (a <= b));
