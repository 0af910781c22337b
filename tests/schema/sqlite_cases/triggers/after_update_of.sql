-- an AFTER UPDATE OF trigger that writes an audit table
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
CREATE TABLE audit (t_id INTEGER, old_a TEXT, new_a TEXT);
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
CREATE TABLE audit (t_id INTEGER, old_a TEXT, new_a TEXT);
CREATE TRIGGER t_audit AFTER UPDATE OF a ON t FOR EACH ROW BEGIN
    INSERT INTO audit (t_id, old_a, new_a) VALUES (OLD.id, OLD.a, NEW.a);
END;
