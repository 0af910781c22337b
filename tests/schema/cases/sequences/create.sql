-- a plain sequence created
-- [a]
-- [b]
CREATE SEQUENCE order_no;
