#!/usr/bin/env python3
"""Offline render oracle: retort's `upgrade/downgrade --sql` against Alembic's, statement by statement.

    render_oracle.py [--ini INI] [--retort CLI] [--python PY] [--keep DIR]
    render_oracle.py --self-test [--ini INI] [--python PY]
    render_oracle.py --self-test-first [...]     (both: what ctest's tst_render_oracle runs)

Runs Alembic (`PY -m alembic -c INI upgrade base:head --sql` and `downgrade head:base --sql`)
and retort (`CLI -c INI ...`, the same commands and, by contract, the same output format) on
the project of INI (default: the render corpus, tests/corpus/render/alembic.ini), splits both
outputs into per-revision sections and statements, and compares them section by section and
statement by statement after normalising whitespace only (every run of whitespace becomes one
space, leading and trailing whitespace goes; nothing else). Prints a table (revisions and
statements compared, identical, different) and every difference with the revision id, its
file, the statement number and both texts (statements are aligned on their normalised texts,
so one missing or extra statement is one difference). Alembic runs with PYTHONHASHSEED=0, like
the other oracle tests. Exit status: 0 identical, 1 any difference or a
failed run, 2 bad usage.

How Alembic writes offline SQL (alembic/ddl/impl.py, runtime/migration.py): every chunk goes
through `static_output(text)`, which writes `text + "\\n\\n"`; a statement chunk is the
compiled statement `.strip()`ed plus ";" (the command terminator), and each revision starts
with the chunk `-- Running upgrade A -> B` (or `downgrade B -> A`; A is empty for the first
revision). A statement can itself contain ";" followed by a blank line (plpgsql bodies in dollar
quotes, triple-quoted SQL), so the splitter ends a statement only at ";\\n\\n" outside
single-quoted strings, quoted identifiers, dollar-quoted strings and /* */ comments (a "--"
comment ends at its line, so quotes inside it are not strings).

--self-test checks the comparison itself on Alembic's real output: Alembic's output is the
same with another hash seed (the corpus is deterministic); the splitter round-trips it
byte for byte and keeps a dollar-quoted body with blank lines and ";" in one statement; Alembic
compared with itself is identical; whitespace-only changes are identical; a changed statement,
a missing statement, an extra statement, a swapped pair and a missing revision are each
reported as differences.
"""
import argparse
import difflib
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_INI = os.path.normpath(os.path.join(HERE, "..", "corpus", "render", "alembic.ini"))
HEADER_RX = re.compile(r"-- Running (upgrade|downgrade) (.*?) -> (.*?)[ \t]*$")
PREAMBLE = "(before the first revision)"
MAX_SHOWN = 150  # differences printed with both texts; the rest get one line each


# --- splitting -------------------------------------------------------------------------------

class Section:
    """The statements of one revision step (or of the preamble before the first one)."""

    def __init__(self, header, direction=None, source=None, target=None):
        self.header, self.direction, self.source, self.target = header, direction, source, target
        self.statements = []

    @property
    def revision(self):
        """The revision whose module produced this section."""
        if self.direction is None:
            return None
        return self.target if self.direction == "upgrade" else self.source

    def key(self):
        return normalise(self.header)


def split_output(text):
    """Splits Alembic-format offline SQL into sections of statements (exact text, no "\\n\\n")."""
    sections = [Section(PREAMBLE)]
    i, n = 0, len(text)
    while i < n:
        # skip the blank lines between chunks
        while i < n and text[i] in " \t\r\n":
            i += 1
        if i >= n:
            break
        eol = text.find("\n", i)
        line = text[i:eol if eol >= 0 else n]
        m = HEADER_RX.match(line)
        if m:
            sections.append(Section(line, m.group(1), m.group(2), m.group(3)))
            i = eol if eol >= 0 else n
            continue
        end = _statement_end(text, i)
        sections[-1].statements.append(text[i:end])
        i = end
    if not sections[0].statements:
        sections.pop(0)
    return sections


def _statement_end(text, i):
    """Index just past the ";" that ends the statement starting at i (or the end of text)."""
    n = len(text)
    while i < n:
        c = text[i]
        if c == ";" and (text.startswith("\n\n", i + 1) or text[i + 1:].strip() == ""):
            return i + 1
        if c == "'" or c == '"':
            j = i + 1
            while j < n:
                if text[j] == c:
                    if text.startswith(c, j + 1):  # doubled quote inside
                        j += 2
                        continue
                    break
                j += 1
            i = j + 1
            continue
        if c == "$":
            m = re.match(r"\$([A-Za-z_][A-Za-z0-9_]*)?\$", text[i:])
            if m and not (i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_")):
                close = text.find(m.group(0), i + len(m.group(0)))
                i = n if close < 0 else close + len(m.group(0))
                continue
        if text.startswith("--", i):
            eol = text.find("\n", i)
            # a line comment ends at its newline; Alembic's ";" may end the line itself
            stop = n if eol < 0 else eol
            semi = text.rfind(";", i, stop)
            if semi == stop - 1 and (text.startswith("\n\n", stop) or text[stop:].strip() == ""):
                return stop
            i = stop
            continue
        if text.startswith("/*", i):
            close = text.find("*/", i + 2)
            i = n if close < 0 else close + 2
            continue
        i += 1
    return n


def join_output(sections):
    """The inverse of split_output: Alembic's format (every chunk followed by a blank line)."""
    chunks = []
    for s in sections:
        if s.header != PREAMBLE:
            chunks.append(s.header)
        chunks.extend(s.statements)
    return "".join(c + "\n\n" for c in chunks)


def normalise(statement):
    return re.sub(r"\s+", " ", statement).strip()


# --- comparing -------------------------------------------------------------------------------

class Result:
    def __init__(self):
        self.revisions = 0
        self.revisions_identical = 0
        self.statements = 0
        self.identical = 0
        self.different = 0
        self.gaps = []  # known gaps: (label, revision), not rendered as expected
        self.fixed_gaps = []  # known gaps that retort renders now: the list must shrink
        self.diffs = []  # (label, revision, statement number or None, expected, actual)

    def add(self, label, revision, number, expected, actual):
        self.different += 1
        self.diffs.append((label, revision, number, expected, actual))


def compare(expected, actual, label, result, gaps=frozenset()):
    """Compares two split outputs (Alembic's first); adds to result. `gaps` holds the
    (direction, revision) steps that retort is known not to render yet (KNOWN_GAPS)."""
    exp_by_key = {}
    for s in expected:
        exp_by_key.setdefault(s.key(), s)
    act_by_key = {}
    for s in actual:
        act_by_key.setdefault(s.key(), s)
    exp_order = [s.key() for s in expected]
    act_order = [s.key() for s in actual]
    if [k for k in exp_order if k in act_by_key] != [k for k in act_order if k in exp_by_key]:
        result.add(label, None, None, "sections in this order:\n" + "\n".join(exp_order),
                   "sections in this order:\n" + "\n".join(act_order))
    for s in expected:
        other = act_by_key.get(s.key())
        if s.direction is not None:
            result.revisions += 1
        gap = s.direction is not None and (s.direction, s.revision) in gaps
        if gap:
            if other is None:
                result.gaps.append((label, s.revision))
            else:
                result.fixed_gaps.append((label, s.revision))
            continue
        if other is None:
            result.statements += len(s.statements)
            result.add(label, s, None, "%s\n(%d statements)" % (s.header, len(s.statements)),
                       "(section missing)")
            continue
        a, b = s.statements, other.statements
        before = result.different
        # Align on the normalised texts so that one missing or extra statement is reported
        # once instead of shifting every later one.
        matcher = difflib.SequenceMatcher(None, [normalise(x) for x in a], [normalise(x) for x in b],
                                          autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                result.statements += i2 - i1
                result.identical += i2 - i1
                continue
            for k in range(max(i2 - i1, j2 - j1)):
                result.statements += 1
                ea = a[i1 + k] if i1 + k < i2 else None
                eb = b[j1 + k] if j1 + k < j2 else None
                number = (i1 + k + 1) if ea is not None else "%d (retort)" % (j1 + k + 1)
                result.add(label, s, number, ea if ea is not None else "(no statement here)",
                           eb if eb is not None else "(no statement here)")
        if s.direction is not None and result.different == before:
            result.revisions_identical += 1
    for s in actual:
        if s.key() not in exp_by_key:
            result.add(label, s, None, "(section missing)",
                       "%s\n(%d statements)" % (s.header, len(s.statements)))


# --- running ---------------------------------------------------------------------------------

def revision_files(ini):
    """revision id -> module file name, read from the project's versions directory."""
    root = os.path.dirname(os.path.abspath(ini))
    files = {}
    rx = re.compile(r"^revision\s*(?::\s*str\s*)?=\s*['\"]([^'\"]+)['\"]", re.M)
    for d, _, names in os.walk(root):
        for name in names:
            if name.endswith(".py") and name != "env.py":
                path = os.path.join(d, name)
                with open(path, encoding="utf-8") as f:
                    m = rx.search(f.read())
                if m:
                    files[m.group(1)] = os.path.relpath(path, root)
    return files


def run(cmd, cwd, env=None):
    p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    return p.returncode, p.stdout, p.stderr


RANGES = (("upgrade", "base:head"), ("downgrade", "head:base"))


_ALEMBIC_CACHE = {}


def alembic_outputs(python, ini, seed="0"):
    """Alembic's offline output per command (run once per process and hash seed).

    PYTHONHASHSEED is pinned like the other oracle tests do; the self-test checks that the
    corpus's output does not depend on it (SQLAlchemy keeps a table's indexes in a set, so
    create_table() with several sa.Index objects emits them in hash order)."""
    if (python, ini, seed) in _ALEMBIC_CACHE:
        return _ALEMBIC_CACHE[(python, ini, seed)]
    outs = _ALEMBIC_CACHE[(python, ini, seed)] = {}
    env = dict(os.environ, PYTHONHASHSEED=seed)
    for command, rng in RANGES:
        code, out, err = run([python, "-m", "alembic", "-c", ini, command, rng, "--sql"],
                             os.path.dirname(ini), env)
        if code != 0:
            sys.stdout.write("Alembic failed (exit %d) on %s %s --sql:\n%s\n" % (code, command, rng, err[-3000:]))
            sys.exit(1)
        outs[command] = out
    return outs


def print_report(result, files, failures):
    print()
    print("%-28s %8s" % ("", "count"))
    print("%-28s %8d" % ("revision sections compared", result.revisions))
    print("%-28s %8d" % ("  with identical statements", result.revisions_identical))
    print("%-28s %8d" % ("statements compared", result.statements))
    print("%-28s %8d" % ("identical", result.identical))
    print("%-28s %8d" % ("different", result.different))
    for f in failures:
        print("\n" + f)
    for n, (label, section, number, expected, actual) in enumerate(result.diffs):
        if section is None:
            where, header = "section order differs", ""
        else:
            rev = section.revision
            where = "%s (%s)" % (rev, files.get(rev, "file unknown")) if rev else section.header.strip()
            header = section.header.strip() if rev else ""
        stmt = ", statement %s" % number if number is not None else ""
        if n >= MAX_SHOWN:
            if n == MAX_SHOWN:
                print("\n%d more differences (texts not shown):" % (len(result.diffs) - MAX_SHOWN))
            print("    %s: %s%s" % (label, where, stmt))
            continue
        print("\n=== %s: %s%s  [%s]" % (label, where, stmt, header))
        print("--- alembic:\n" + _indent(expected))
        print("+++ retort:\n" + _indent(actual))


def _indent(text):
    return "\n".join("    " + line for line in text.splitlines()) or "    (empty)"


def known_gaps(path):
    """{(direction, revision)} from a KNOWN_GAPS file: "upgrade <rev>  # why" per line."""
    gaps = set()
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                words = line.split("#", 1)[0].split()
                if len(words) == 2 and words[0] in ("upgrade", "downgrade"):
                    gaps.add((words[0], words[1]))
    return frozenset(gaps)


def per_revision(args, command, expected_text):
    """retort's output for each revision step of Alembic's output, run one step at a time and
    joined in Alembic's layout (the preamble of the first run, then each step's section)."""
    joined = []
    for n, section in enumerate(split_output(expected_text)):
        if section.direction is None:
            continue
        start = section.source or "base"
        end = section.target or "base"
        code, out, _ = run([args.retort, "-c", args.ini, "--python", "none", command,
                            "%s:%s" % (start, end), "--sql"], os.path.dirname(args.ini))
        if code != 0:
            continue
        parts = split_output(out)
        for part in parts:
            if part.direction is None:
                if not joined:  # the version table's creation before the first step
                    joined.extend(st + "\n\n" for st in part.statements)
                continue
            statements = list(part.statements)
            if part is parts[-1] and statements and normalise(statements[-1]) == "COMMIT;":
                statements.pop()  # the end of this one-step run, not of the step
            joined.append(part.header + "\n\n")
            joined.extend(st + "\n\n" for st in statements)
    if any(normalise(st) == "COMMIT;" for st in split_output(expected_text)[-1].statements[-1:]):
        joined.append("COMMIT;\n\n")  # the run's end, dropped from each step above
    return "".join(joined)


def oracle(args):
    if not args.retort:
        print("render_oracle: no retort CLI (give --retort or set RETORT_CLI)")
        return 1
    t0 = time.time()
    expected = alembic_outputs(args.python, args.ini)
    t1 = time.time()
    result, failures = Result(), []
    gaps = known_gaps(os.path.join(os.path.dirname(args.ini), "KNOWN_GAPS"))
    notes = []
    for command, rng in RANGES:
        # --python none: every statement must come from Retort's own renderer, never from
        # Alembic through the Python bridge.
        code, out, err = run([args.retort, "-c", args.ini, "--python", "none", command, rng, "--sql"],
                             os.path.dirname(args.ini))
        if args.keep:
            os.makedirs(args.keep, exist_ok=True)
            for who, text in (("alembic", expected[command]), ("retort", out)):
                with open(os.path.join(args.keep, "%s-%s.sql" % (who, command)), "w") as f:
                    f.write(text)
        if code != 0:
            # Like Alembic, retort reports a failure as "FAILED: ..." at the end of stdout.
            at = out.rfind("FAILED:")
            message = out[at:] if at >= 0 and (at == 0 or out[at - 1] == "\n") else ""
            out = out[:at] if message else out
            lines = (message + err).strip().splitlines()
            shown = lines[:20] + (["... (%d more lines)" % (len(lines) - 20)] if len(lines) > 20 else [])
            notes.append("retort refused %s %s --sql (exit %d), so each step was run on its "
                         "own; its message:\n%s" % (command, rng, code, _indent("\n".join(shown))))
        if code != 0:
            # Compare what can be compared: each revision step on its own (`A:B --sql`), so a
            # step that cannot be rendered shows as one missing section and the others are
            # still checked statement by statement.
            out = per_revision(args, command, expected[command])
        compare(split_output(expected[command]), split_output(out), command, result, gaps)
    t2 = time.time()
    print("render oracle: %s (Alembic %.1f s, retort %.1f s)" % (args.ini, t1 - t0, t2 - t1))
    print_report(result, revision_files(args.ini), failures)
    for note in notes:
        print("\n" + note)
    print("\nknown gaps (KNOWN_GAPS: steps Retort does not render yet, refused with a "
          "diagnostic): %d" % len(result.gaps))
    for label, revision in result.gaps:
        print("    %s %s" % (label, revision))
    for label, revision in result.fixed_gaps:
        print("    %s %s is rendered now: remove it from KNOWN_GAPS" % (label, revision))
    ok = result.different == 0 and not failures and not result.fixed_gaps
    print("\nrender oracle: %s" % (("IDENTICAL" + (" apart from %d known gaps" % len(result.gaps) if result.gaps else "")) if ok else "FAILED"))
    return 0 if ok else 1


# --- self-test -------------------------------------------------------------------------------

def self_test(args):
    outputs = alembic_outputs(args.python, args.ini)
    checks = []

    def check(name, ok, detail=""):
        checks.append((name, ok))
        print("%-4s %s%s" % ("ok" if ok else "FAIL", name, (": " + detail) if detail and not ok else ""))

    def diffs(exp_text, act_text):
        r = Result()
        compare(split_output(exp_text), split_output(act_text), "self-test", r)
        return r

    synthetic = ("BEGIN;\n\n-- Running upgrade  -> a1\n\nCREATE FUNCTION f() RETURNS trigger AS $$\nBEGIN\n"
                 "    x := 1;\n\n    RETURN NEW; -- it's\nEND;\n$$ LANGUAGE plpgsql;\n\n"
                 "COMMENT ON TABLE t IS 'a;\n\nb';\n\n-- just a comment;\n\n"
                 "INSERT INTO alembic_version (version_num) VALUES ('a1');\n\nCOMMIT;\n\n")
    s = split_output(synthetic)
    check("splitter: synthetic sections", [x.header for x in s] == [PREAMBLE, "-- Running upgrade  -> a1"])
    check("splitter: dollar quotes, strings and comments keep statements whole",
          len(s) == 2 and len(s[1].statements) == 5 and s[1].statements[0].endswith("LANGUAGE plpgsql;"),
          repr([x.statements for x in s]))
    check("splitter: synthetic round trip", join_output(s) == synthetic)

    other_seed = alembic_outputs(args.python, args.ini, seed="1")
    for command, text in outputs.items():
        check("%s: Alembic's output is the same with another PYTHONHASHSEED" % command,
              other_seed[command] == text, _first_difference(text, other_seed[command]))
        sections = split_output(text)
        revs = [x for x in sections if x.direction]
        check("%s: splitter round-trips Alembic's output byte for byte" % command, join_output(sections) == text)
        check("%s: one section per revision (%d)" % (command, len(revs)),
              len(revs) > 0 and all(x.direction == command for x in revs))
        blank = [st for x in sections for st in x.statements if "\n\n" in st]
        check("%s: statements with blank lines stay whole (%d)" % (command, len(blank)),
              all(st.rstrip().endswith(";") for st in blank))
        check("%s: Alembic vs itself is identical" % command, diffs(text, text).different == 0)
        spaced = join_output([_respace(x) for x in sections])
        r = diffs(text, spaced)
        check("%s: whitespace-only changes are identical" % command, spaced != text and r.different == 0)

        target = next(x for x in revs if len(set(map(normalise, x.statements))) >= 3)
        k = next(i for i in range(len(target.statements) - 1)
                 if normalise(target.statements[i]) != normalise(target.statements[i + 1]))
        for name, mutate, expect in (
                ("a changed statement", lambda st: st.__setitem__(k, st[k][:-1] + " /* x */;"), 1),
                ("a changed literal", lambda st: st.__setitem__(k, re.sub(r"[0-9A-Za-z]", "Z", st[k], 1)), 1),
                ("a missing statement", lambda st: st.pop(k), 1),
                ("an extra statement", lambda st: st.insert(k, "SELECT 1;"), 1),
                ("a swapped pair", lambda st: st.__setitem__(slice(k, k + 2), [st[k + 1], st[k]]), 2)):
            mutated = split_output(text)
            tgt = next(x for x in mutated if x.header == target.header)
            mutate(tgt.statements)
            r = diffs(text, join_output(mutated))
            ok = r.different >= 1 and (expect is None or r.different == expect)
            check("%s: %s is reported (%d differences)" % (command, name, r.different), ok)
        mutated = [x for x in split_output(text) if x.header != target.header]
        r = diffs(text, join_output(mutated))
        check("%s: a missing revision is reported" % command, r.different >= 1)
    failed = [n for n, ok in checks if not ok]
    print("\nself-test: %d checks, %d failed" % (len(checks), len(failed)))
    return 1 if failed else 0


def _first_difference(a, b):
    if a == b:
        return ""
    i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
    start = a.rfind("-- Running", 0, i)
    return "first difference at offset %d, in %s" % (i, a[start:a.find("\n", start)] if start >= 0 else "the preamble")


def _respace(section):
    copy = Section(section.header, section.direction, section.source, section.target)
    copy.statements = [st.replace(" ", "  \n ", 3) for st in section.statements]
    return copy


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ini", default=DEFAULT_INI, help="the project's alembic.ini (default: the render corpus)")
    ap.add_argument("--retort", default=os.environ.get("RETORT_CLI"), help="retort CLI (default $RETORT_CLI)")
    ap.add_argument("--python", default=os.environ.get("RETORT_PYTHON") or "/usr/bin/python3",
                    help="Python with Alembic (default $RETORT_PYTHON, else /usr/bin/python3)")
    ap.add_argument("--keep", metavar="DIR", help="write both tools' outputs into DIR")
    ap.add_argument("--self-test", action="store_true", help="check the splitter and the comparison")
    ap.add_argument("--self-test-first", action="store_true",
                    help="run the self-test, then (if it passed) the comparison with retort")
    args = ap.parse_args()
    args.ini = os.path.abspath(args.ini)
    if args.self_test:
        return self_test(args)
    if args.self_test_first:
        if self_test(args) != 0:
            print("render oracle: the self-test failed; not comparing retort")
            return 1
        print()
    return oracle(args)


if __name__ == "__main__":
    sys.exit(main())
