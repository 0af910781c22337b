-- a descending sequence (INCREMENT BY -1)
-- [a]
-- [b]
CREATE SEQUENCE countdown INCREMENT BY -1 MINVALUE -100 MAXVALUE -1 START WITH -1;
