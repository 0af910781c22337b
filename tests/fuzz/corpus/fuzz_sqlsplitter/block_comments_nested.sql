/* outer /* inner ; */ still ; comment */
SELECT /* mid; */ 1;
SELECT 2 /* end */;
