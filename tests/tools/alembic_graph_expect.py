#!/usr/bin/python3
"""Prints what Alembic's RevisionMap answers for the graph cases of tst_revisionmap.

Each input line is `graph|query`; the graph is `id:down1,down2[:labels[:deps]]` entries
separated by spaces, in load order. Queries: heads, realheads, bases, labels:<id>,
get:<identifier>, iter:<upper>:<lower>. Used to compute the expected values written into
tests/engine/tst_revisionmap.cpp (run: tests/tools/alembic_graph_expect.py < cases.txt).
"""
import sys
from alembic.script.revision import Revision, RevisionMap, RevisionError


def build(spec):
    revs = []
    for entry in spec.split():
        parts = entry.split(":")
        rid = parts[0]
        down = tuple(p for p in parts[1].split(",") if p) if len(parts) > 1 else ()
        labels = tuple(p for p in parts[2].split(",") if p) if len(parts) > 2 else ()
        deps = tuple(p for p in parts[3].split(",") if p) if len(parts) > 3 else ()
        revs.append(Revision(rid, down or None, dependencies=deps or None,
                             branch_labels=labels or None))
    return RevisionMap(lambda: revs)


def name(r):
    if r is None:
        return "None"
    if r == "base":
        return "base"
    return r.revision


def answer(spec, query):
    try:
        m = build(spec)
        if query == "heads":
            return ",".join(m.heads)
        if query == "realheads":
            return ",".join(m._real_heads)
        if query == "bases":
            return ",".join(m.bases)
        if query.startswith("labels:"):
            return ",".join(sorted(m.get_revision(query[7:]).branch_labels))
        if query.startswith("get:"):
            return ",".join(name(r) for r in m.get_revisions(query[4:]))
        if query.startswith("iter:"):
            _, upper, lower = query.split(":")
            return ",".join(r.revision for r in m.iterate_revisions(
                upper, lower, inclusive=True, assert_relative_length=False))
    except RevisionError as e:
        return "ERR:%s:%s" % (type(e).__name__, e)
    except Exception as e:  # Alembic's own crashes (KeyError, AssertionError, ...)
        return "CRASH:%s" % type(e).__name__
    return "?"


for line in sys.stdin:
    line = line.rstrip("\n")
    if not line or line.startswith("#"):
        continue
    spec, query = line.split("|")
    print("%s|%s|%s" % (spec, query, answer(spec, query)))
