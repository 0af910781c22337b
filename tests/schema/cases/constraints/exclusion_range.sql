-- an exclusion constraint on a range column with gist (no extension)
-- [a]
CREATE TABLE bookings (id integer, during tstzrange);
-- [b]
CREATE TABLE bookings (id integer, during tstzrange, CONSTRAINT bookings_no_overlap EXCLUDE USING gist (during WITH &&));
