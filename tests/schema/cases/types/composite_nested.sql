-- a composite type with an attribute of another composite type and of an enum
-- [a]
-- [b]
CREATE TYPE currency AS ENUM ('EUR', 'USD');
CREATE TYPE money_value AS (amount numeric(12,2), cur currency);
CREATE TYPE price_range AS (low money_value, high money_value);
