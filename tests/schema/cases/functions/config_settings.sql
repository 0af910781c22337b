-- SET clauses changed and removed (work_mem, statement_timeout)
-- [a]
CREATE FUNCTION heavy() RETURNS void LANGUAGE sql SET work_mem = '64MB' SET statement_timeout = '5s' AS $$ SELECT $$;
-- [b]
CREATE FUNCTION heavy() RETURNS void LANGUAGE sql SET work_mem = '128MB' AS $$ SELECT $$;
