-- a value appended to an enum in use
-- [a]
CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TABLE t (m mood);
-- [b]
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE t (m mood);
