-- a new schema holding a table, a sequence and a view (reverse: drop all of it)
-- [a]
CREATE TABLE public.keep (id integer PRIMARY KEY);
-- [b]
CREATE TABLE public.keep (id integer PRIMARY KEY);
CREATE SCHEMA billing;
CREATE SEQUENCE billing.invoice_no START 1000;
CREATE TABLE billing.invoices (
    id integer PRIMARY KEY DEFAULT nextval('billing.invoice_no'),
    amount numeric(12,2) NOT NULL
);
CREATE VIEW billing.big_invoices AS SELECT id, amount FROM billing.invoices WHERE amount > 1000;
