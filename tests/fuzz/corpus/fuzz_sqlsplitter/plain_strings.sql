INSERT INTO t (note) VALUES ('it''s; fine'), ('a -- b'), ('/* no */');
SELECT 'x'
'y';
