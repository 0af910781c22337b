-- the expression of a generated column changes (the last column)
-- [a]
CREATE TABLE people (first text, last text, full_name text GENERATED ALWAYS AS (first || ' ' || last) STORED);
-- [b]
CREATE TABLE people (first text, last text, full_name text GENERATED ALWAYS AS (last || ', ' || first) STORED);
