-- an exclusion constraint mixing = and && (needs btree_gist), with a WHERE clause
-- [a]
CREATE EXTENSION btree_gist;
CREATE TABLE reservations (room integer, during daterange, cancelled boolean DEFAULT false);
-- [b]
CREATE EXTENSION btree_gist;
CREATE TABLE reservations (room integer, during daterange, cancelled boolean DEFAULT false,
    CONSTRAINT reservations_room_excl EXCLUDE USING gist (room WITH =, during WITH &&) WHERE (NOT cancelled));
