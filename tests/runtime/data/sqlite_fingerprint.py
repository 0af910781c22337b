"""Prints a SQLite database's schema and rows as Alembic's batch mode leaves them, for
tst_batchsqlite: per object of sqlite_master (by type and name) its SQL with whitespace
collapsed; for tables, the column definitions in order and the table constraints sorted
(SQLAlchemy orders a recreated table's constraints by hash, so that order is not compared),
then every row of every table, sorted. Only Python's own sqlite3 module reads the file."""
import re
import sqlite3
import sys


def items_of(body):
    inner = body.strip()[1:-1]
    items, depth, cur, quote = [], 0, "", None
    for ch in inner:
        if quote:
            cur += ch
            if ch == quote:
                quote = None
            continue
        if ch in "'\"`[":
            quote = "]" if ch == "[" else ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 0:
            items.append(" ".join(cur.split()))
            cur = ""
            continue
        cur += ch
    items.append(" ".join(cur.split()))
    return items


def fill(path):
    """Two rows in every table, the same for every file with the same schema: values made
    from each column's declared type; rows a constraint refuses are skipped."""
    con = sqlite3.connect(path)
    tables = [t for (t,) in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' AND name NOT IN ('alembic_version', 'retort_history') "
        "ORDER BY name")]
    for table in tables:
        cols = list(con.execute('PRAGMA table_info("%s")' % table))
        for n in (1, 2):
            values = []
            for _, name, decl, _, _, _ in cols:
                t = (decl or "").upper()
                if "INT" in t or "NUM" in t or "DEC" in t or "REAL" in t or "FLOA" in t:
                    values.append(n)
                elif "BOOL" in t:
                    values.append(n % 2)
                elif "DATETIME" in t or "TIMESTAMP" in t:
                    values.append("2026-01-0%d 10:00:00" % n)
                elif "DATE" in t:
                    values.append("2026-01-0%d" % n)
                elif "TIME" in t:
                    values.append("10:0%d:00" % n)
                else:
                    values.append("v%d" % n)
            con.execute(
                'INSERT OR IGNORE INTO "%s" VALUES (%s)' % (table, ", ".join("?" * len(values))),
                values)
    con.commit()


def main(path):
    con = sqlite3.connect(path)
    out = []
    for typ, name, tbl, sql in con.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master "
        "WHERE name NOT LIKE 'sqlite_%' AND tbl_name <> 'retort_history' "  # Retort's audit table
        "ORDER BY type, name"
    ):
        if sql is None:
            continue
        if typ == "table":
            items = items_of(sql[sql.index("("):])
            keyword = re.compile(r"(CONSTRAINT|PRIMARY|UNIQUE|CHECK|FOREIGN)\b", re.I)
            cols = [i for i in items if not keyword.match(i)]
            cons = sorted(i for i in items if keyword.match(i))
            out.append("table %s" % name)
            out.extend("  column " + c for c in cols)
            out.extend("  constraint " + c for c in cons)
        else:
            out.append("%s %s on %s: %s" % (typ, name, tbl, " ".join(sql.split())))
    for (table,) in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' AND name <> 'retort_history' ORDER BY name"
    ):
        rows = sorted(repr(r) for r in con.execute('SELECT * FROM "%s"' % table))
        out.append("rows of %s: %d" % (table, len(rows)))
        out.extend("  " + r for r in rows)
    print("\n".join(out))


if sys.argv[1] == "fill":
    fill(sys.argv[2])
else:
    main(sys.argv[1])
