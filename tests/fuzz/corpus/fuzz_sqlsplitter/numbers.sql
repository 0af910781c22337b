SELECT 1.5e10, .5, 1..2, 1e+, 1e'x', 0x1F, 1_000, 12abc;
SELECT 3.;
