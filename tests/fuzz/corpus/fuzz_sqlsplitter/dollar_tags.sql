DO $body$
BEGIN
  RAISE NOTICE $x$semi;colon$x$;
  PERFORM $a$ $b$ inner $b$ $a$;
END
$body$;
SELECT $_1$;$_1$;
