-- the base type of a domain used by a column changes (recreate)
-- [a]
CREATE DOMAIN money_amount AS numeric(10,2) CHECK (VALUE >= 0);
CREATE TABLE payments (id integer, amount money_amount);
-- [b]
CREATE DOMAIN money_amount AS numeric(14,4) CHECK (VALUE >= 0);
CREATE TABLE payments (id integer, amount money_amount);
