PREPARE q(int, text) AS SELECT $1, $2 || 'x';
EXECUTE q(1, 'a');
SELECT foo$bar, $ FROM t;
