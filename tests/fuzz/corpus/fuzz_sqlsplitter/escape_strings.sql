SELECT E'\'';
SELECT e'a\\';
SELECT E'line\nbreak; \t tab';
SELECT E'ends with backslash quote \\' ;
