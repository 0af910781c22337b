-- a foreign key to a column that only has a unique index
-- [a]
CREATE TABLE codes (code text NOT NULL);
CREATE TABLE uses (code text);
-- [b]
CREATE TABLE codes (code text NOT NULL);
CREATE UNIQUE INDEX codes_code_idx ON codes (code);
CREATE TABLE uses (code text, CONSTRAINT uses_code_fk FOREIGN KEY (code) REFERENCES codes (code));
