-- aggregates with INITCOND, FINALFUNC, COMBINEFUNC and PARALLEL, an ordered-set one, comments and grants
-- [a]
CREATE FUNCTION add_state(acc bigint, x integer) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT acc + x $$;
CREATE AGGREGATE total(integer) (SFUNC = add_state, STYPE = bigint, INITCOND = '0');
-- [b]
CREATE FUNCTION add_state(acc bigint, x integer) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT acc + x $$;
CREATE FUNCTION add_comb(a bigint, b bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT a + b $$;
CREATE FUNCTION as_text(acc bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT acc::text $$;
CREATE AGGREGATE total(integer) (SFUNC = add_state, STYPE = bigint, INITCOND = '10', COMBINEFUNC = add_comb, PARALLEL = SAFE);
CREATE AGGREGATE total_text(integer) (SFUNC = add_state, STYPE = bigint, INITCOND = '0', FINALFUNC = as_text);
CREATE AGGREGATE my_percentile(double precision ORDER BY double precision) (SFUNC = ordered_set_transition, STYPE = internal, FINALFUNC = percentile_disc_final, FINALFUNC_EXTRA);
COMMENT ON AGGREGATE total_text(integer) IS 'the total, as text';
REVOKE EXECUTE ON FUNCTION total_text(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION total_text(integer) TO retort_r1;
