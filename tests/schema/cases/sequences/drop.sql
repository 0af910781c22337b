-- one of two sequences dropped
-- [a]
CREATE SEQUENCE keep_seq;
CREATE SEQUENCE gone_seq START 5;
-- [b]
CREATE SEQUENCE keep_seq;
