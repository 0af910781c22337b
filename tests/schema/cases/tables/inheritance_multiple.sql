-- a child of two parents, with a default of its own on an inherited column
-- [a]
CREATE TABLE audited (created_at timestamptz DEFAULT now(), created_by text);
CREATE TABLE named (name text NOT NULL);
CREATE TABLE docs (body text, name text NOT NULL);
-- [b]
CREATE TABLE audited (created_at timestamptz DEFAULT now(), created_by text);
CREATE TABLE named (name text NOT NULL);
CREATE TABLE docs (body text, name text NOT NULL);
CREATE TABLE memos (priority integer) INHERITS (audited, named);
ALTER TABLE ONLY memos ALTER COLUMN created_by SET DEFAULT 'system';
ALTER TABLE docs INHERIT named;
