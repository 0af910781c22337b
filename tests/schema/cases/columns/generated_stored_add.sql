-- a new GENERATED ALWAYS AS (...) STORED column
-- [a]
CREATE TABLE rect (w numeric, h numeric);
-- [b]
CREATE TABLE rect (w numeric, h numeric, area numeric GENERATED ALWAYS AS (w * h) STORED);
