-- bit(8) to bit varying(16), and a new bit(3)
-- [a]
CREATE TABLE bits (mask bit(8));
-- [b]
CREATE TABLE bits (mask bit varying(16), small bit(3));
