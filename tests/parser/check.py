#!/usr/bin/env python3
"""Compare kiln's parser (build/astdump) with CPython 3.11's ast.dump.

  check.py [-a] [--astdump PATH] [--root DIR] [-v]   stdlib parity: every .py under DIR
  check.py --errors [FILE]                           syntax-error corpus (tests/parser/errors.txt)
  check.py --fuzz N [--seed S]                       N random token edits of stdlib files

The error corpus holds snippets separated by lines of `----`; each is compiled by CPython and
kiln and the error type, message, line and offset are compared."""
import argparse, ast, os, subprocess, sys, warnings, tempfile
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def cpython_dump(path, attrs):
    with open(path, 'rb') as f:
        src = f.read()
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            tree = ast.parse(src, path)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            return None
    return ast.dump(tree, include_attributes=attrs)


def kiln_dump(astdump, path, attrs):
    args = [astdump] + (['-a'] if attrs else []) + [path]
    try:
        r = subprocess.run(args, capture_output=True, timeout=60)
    except subprocess.TimeoutExpired:
        return '<timeout>'
    if r.returncode not in (0, 1):
        return '<crash %d> %s' % (r.returncode, r.stderr.decode(errors='replace')[:200])
    return r.stdout.decode('utf-8', errors='surrogateescape').rstrip('\n')


def first_diff(a, b):
    i = 0
    n = min(len(a), len(b))
    while i < n and a[i] == b[i]:
        i += 1
    return i


def stdlib(args):
    files = []
    for dirpath, dirs, names in os.walk(args.root):
        dirs.sort()
        for n in sorted(names):
            if n.endswith('.py'):
                files.append(os.path.join(dirpath, n))

    def one(path):
        exp = cpython_dump(path, args.attrs)
        if exp is None:
            return path, None, None
        return path, exp, kiln_dump(args.astdump, path, args.attrs)

    same = skipped = 0
    bad = []
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 4) as ex:
        for path, exp, got in ex.map(one, files):
            if exp is None:
                skipped += 1
            elif exp == got:
                same += 1
            else:
                bad.append((path, exp, got))
    for path, exp, got in bad[:args.show]:
        i = first_diff(exp, got)
        print('DIFF %s\n  cpython: ...%s\n  kiln:    ...%s' % (path, exp[max(0, i - 80):i + 80], got[max(0, i - 80):i + 80]))
    print('stdlib parity%s: %d/%d identical (%d skipped: CPython cannot parse them)'
          % (' (with attributes)' if args.attrs else '', same, same + len(bad), skipped))
    return 0 if not bad else 1


def errors(args):
    # bytes, so that the corpus may hold invalid UTF-8 on purpose
    with open(args.errors_file, 'rb') as f:
        text = f.read()
    snippets = [s.strip(b'\n') + b'\n' for s in text.split(b'\n----\n') if s.strip()]
    same = 0
    with tempfile.TemporaryDirectory() as tmp:
        for k, snip in enumerate(snippets):
            snip = snip.replace(b'\\t', b'\t')
            path = os.path.join(tmp, 's%d.py' % k)
            with open(path, 'wb') as f:
                f.write(snip)
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter('ignore')
                    compile(snip, path, 'exec', ast.PyCF_ONLY_AST)
                exp = 'OK'
            except SyntaxError as e:
                exp = '%s: %s (%s, line %s, offset %s)' % (type(e).__name__, e.msg, path, e.lineno, e.offset)
            got = kiln_dump(args.astdump, path, False)
            if not got.startswith(('SyntaxError', 'IndentationError', 'TabError')):
                got = 'OK'
            if got == exp:
                same += 1
            else:
                print('DIFF %r\n  cpython: %s\n  kiln:    %s' % (snip, exp, got))
    print('error corpus: %d/%d identical' % (same, len(snippets)))
    return 0 if same == len(snippets) else 1


def mutate(src, rng):
    """One random token-level edit of src (delete, insert or replace a token)."""
    import io, tokenize
    try:
        toks = [t for t in tokenize.generate_tokens(io.StringIO(src).readline)
                if t.type not in (tokenize.ENDMARKER, tokenize.DEDENT, tokenize.NL, tokenize.COMMENT)]
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return None
    if not toks:
        return None
    lines = src.splitlines(keepends=True)
    starts = [0]
    for ln in lines:
        starts.append(starts[-1] + len(ln))
    def off(pos):
        return starts[pos[0] - 1] + pos[1]
    t = rng.choice(toks)
    a, b = off(t.start), off(t.end)
    words = [',', ')', '(', ']', '[', '{', '}', ':', '=', '==', 'if', 'else', '1', 'x', '"s"', "f'{x}'",
             'lambda', '*', '**', 'for', 'in', 'not', 'def', 'return', 'import', 'from', 'as', ';',
             'yield', 'await', 'async', '.', '@', '->', ':=', 'None', 'True', 'pass', 'class', '\n',
             'match', 'case', '_', 'is', 'with', '-', '+', '1.5j', '0x1F', "b'x'", '...']
    kind = rng.randrange(3)
    w = rng.choice(words).replace('\\n', '\n')
    if kind == 0:
        return src[:a] + src[b:]
    if kind == 1:
        return src[:a] + w + ' ' + src[a:]
    return src[:a] + w + src[b:]


def fuzz(args):
    import random
    rng = random.Random(args.seed)
    files = []
    for dirpath, dirs, names in os.walk(args.root):
        for n in names:
            if n.endswith('.py'):
                files.append(os.path.join(dirpath, n))
    files.sort()
    same = total = 0
    shown = 0
    with tempfile.TemporaryDirectory() as tmp:
        while total < args.fuzz:
            path = rng.choice(files)
            try:
                with open(path, encoding='utf-8') as f:
                    src = f.read()
            except (UnicodeDecodeError, OSError):
                continue
            if len(src) > args.max_size:
                continue
            m = mutate(src, rng)
            if m is None:
                continue
            total += 1
            p = os.path.join(tmp, 'm.py')
            with open(p, 'w', encoding='utf-8') as f:
                f.write(m)
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter('ignore')
                    compile(m, p, 'exec', ast.PyCF_ONLY_AST)
                exp = 'OK'
            except SyntaxError as e:
                exp = '%s: %s (%s, line %s, offset %s)' % (type(e).__name__, e.msg, p, e.lineno, e.offset)
            except (ValueError, RecursionError, MemoryError):
                total -= 1
                continue
            got = kiln_dump(args.astdump, p, False)
            if not got.startswith(('SyntaxError', 'IndentationError', 'TabError', '<')):
                got = 'OK'
            if got == exp:
                same += 1
            elif shown < args.show:
                shown += 1
                if args.keep:
                    os.makedirs(args.keep, exist_ok=True)
                    with open(os.path.join(args.keep, 'f%d.py' % total), 'w', encoding='utf-8') as f:
                        f.write(m)
                # show the offending line
                ln = None
                try:
                    ln = int(exp.rsplit('line ', 1)[1].split(',')[0]) if exp != 'OK' else None
                except (IndexError, ValueError):
                    pass
                text = m.splitlines()[ln - 1] if ln and ln <= len(m.splitlines()) else ''
                print('DIFF %s\n  line:    %r\n  cpython: %s\n  kiln:    %s' % (path, text, exp, got))
    print('fuzz: %d/%d identical' % (same, total))
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('-a', dest='attrs', action='store_true', help='include attributes (positions)')
    ap.add_argument('--astdump', default=os.path.join(ROOT, 'build', 'astdump'))
    ap.add_argument('--root', default='/usr/lib/python3.11')
    ap.add_argument('--show', type=int, default=20)
    ap.add_argument('--errors', dest='errors_file', nargs='?', const=os.path.join(HERE, 'errors.txt'))
    ap.add_argument('--fuzz', type=int, default=0, help='N random token edits of stdlib files')
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--keep', help='directory to keep mismatching fuzz cases in')
    ap.add_argument('--max-size', type=int, default=20000)
    args = ap.parse_args()
    if args.fuzz:
        sys.exit(fuzz(args))
    sys.exit(errors(args) if args.errors_file else stdlib(args))


if __name__ == '__main__':
    main()
