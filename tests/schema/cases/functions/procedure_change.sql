-- a procedure body and parameters change; another procedure is dropped
-- [a]
CREATE PROCEDURE cleanup(days integer) LANGUAGE sql AS $$ SELECT days $$;
CREATE PROCEDURE obsolete() LANGUAGE sql AS $$ SELECT 1 $$;
-- [b]
CREATE PROCEDURE cleanup(days integer, dry_run boolean DEFAULT true) LANGUAGE sql AS $$ SELECT days, dry_run $$;
