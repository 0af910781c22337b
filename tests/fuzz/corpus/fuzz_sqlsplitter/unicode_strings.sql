SELECT U&'d\0061t\+000061' AS a, U&"d\0061t" FROM t;
SELECT u&'x;y';
