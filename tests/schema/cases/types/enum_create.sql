-- an enum type created and used by a column
-- [a]
CREATE TABLE tickets (id integer);
-- [b]
CREATE TYPE ticket_state AS ENUM ('open', 'closed');
CREATE TABLE tickets (id integer, state ticket_state);
