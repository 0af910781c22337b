-- leading comment
SELECT 1; -- trailing
-- between
SELECT 2 -- inside
  + 3;
--