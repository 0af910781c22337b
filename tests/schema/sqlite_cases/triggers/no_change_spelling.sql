-- the same trigger in other case and spacing
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER);
CREATE TRIGGER t_n AFTER INSERT ON t BEGIN SELECT NEW.n; END;
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER);
create trigger t_n after insert on "t"
begin
    select new.n;
end;
