-- numeric(10,2) to numeric(12,4), numeric to numeric(8)
-- [a]
CREATE TABLE prices (net numeric(10,2), gross numeric, rate numeric(5,3));
-- [b]
CREATE TABLE prices (net numeric(12,4), gross numeric(8), rate numeric);
