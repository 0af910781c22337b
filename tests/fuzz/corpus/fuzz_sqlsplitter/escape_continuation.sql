SELECT E'a'
'\'' AS x;
SELECT 'a' -- c
  -- d
  'b';
