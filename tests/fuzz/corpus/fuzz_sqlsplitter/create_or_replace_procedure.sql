create or replace procedure p()
language sql
begin atomic
  insert into t values (1);
  insert into t values (2);
end;
call p();
