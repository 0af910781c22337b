-- Revision ID: 1a2b3c4d5e6f
-- Revises: 
-- Create Date: 2024-01-01 00:00:00

-- migrate:upgrade
CREATE TABLE t_1 (id serial PRIMARY KEY, name varchar(50) NOT NULL);
CREATE INDEX ix_t_1_name ON t_1 (name);

-- migrate:downgrade
DROP TABLE t_1;
