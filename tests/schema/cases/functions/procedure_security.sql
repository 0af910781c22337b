-- a procedure gets SECURITY DEFINER and a SET clause
-- [a]
CREATE PROCEDURE p() LANGUAGE sql AS $$ SELECT 1 $$;
-- [b]
CREATE PROCEDURE p() LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$ SELECT 1 $$;
