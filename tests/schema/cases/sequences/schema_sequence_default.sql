-- a sequence of another schema, used by a default of a public table
-- [a]
CREATE TABLE invoices (no bigint, total numeric);
-- [b]
CREATE SCHEMA counters;
CREATE SEQUENCE counters.invoice_no START WITH 1000 INCREMENT BY 1;
CREATE TABLE invoices (no bigint DEFAULT nextval('counters.invoice_no'), total numeric);
