SELECT 1 +--comment
2;
SELECT 2 */* c */ 3;
SELECT 4 -/**/- 5;
