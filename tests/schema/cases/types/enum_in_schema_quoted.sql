-- enum labels with spaces and quotes, in another schema
-- [a]
CREATE SCHEMA s;
CREATE TYPE s."Shipping Status" AS ENUM ('not shipped', 'shipped');
-- [b]
CREATE SCHEMA s;
CREATE TYPE s."Shipping Status" AS ENUM ('not shipped', 'shipped', 'it''s "delivered"');
