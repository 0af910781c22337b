-- a CREATE COLLATION object used by a column and an index
-- [a]
CREATE TABLE words (w text);
-- [b]
CREATE COLLATION bytewise (provider = libc, locale = 'C');
CREATE TABLE words (w text, w_sorted text COLLATE bytewise);
CREATE INDEX words_w_bytewise ON words (w COLLATE bytewise);
