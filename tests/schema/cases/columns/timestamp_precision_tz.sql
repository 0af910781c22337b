-- timestamp precision and time zone changes
-- [a]
CREATE TABLE logs (a timestamp, b timestamp(6) with time zone, c time, d interval);
-- [b]
CREATE TABLE logs (a timestamp(3) with time zone, b timestamp(0) with time zone, c time(2) with time zone, d interval day to second(3));
