SELECT 1;
-- c
SELECT
  2;
SELECT 'a
b';
