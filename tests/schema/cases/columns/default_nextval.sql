-- a default nextval() of an explicit sequence
-- [a]
CREATE SEQUENCE ticket_seq;
CREATE TABLE tickets (id bigint, title text);
-- [b]
CREATE SEQUENCE ticket_seq;
CREATE TABLE tickets (id bigint DEFAULT nextval('ticket_seq'), title text);
