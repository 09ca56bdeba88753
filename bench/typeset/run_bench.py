#!/usr/bin/env python3
"""Typesetting benchmark: banmian's EPUB writer against the bare pandoc call it makes, and
page-to-PDF seconds (one page, --print; a book of several pages with --jobs 1 and default).

  python3 bench/typeset/run_bench.py [--build build] [--runs 20] [PAGE.txt]

Prints medians of wall-clock seconds. Target: EPUB end to end <= 1.3 x the bare pandoc call.
"""
import argparse, os, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

def timed(cmd, stdin=None):
    t = time.perf_counter()
    subprocess.run(cmd, stdin=stdin, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--build', default=os.path.join(ROOT, 'build'))
    ap.add_argument('--runs', type=int, default=20)
    ap.add_argument('page', nargs='?', default=os.path.join(ROOT, 'examples', 'hunan-daily-page.txt'))
    a = ap.parse_args()
    banmian = os.path.join(a.build, 'banmian')
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([os.path.join(a.build, 'bench', 'typeset', 'typeset_bench_input'), a.page, tmp],
                       check=True)
        args = open(os.path.join(tmp, 'args.txt'), encoding='utf-8').read().splitlines()
        inp = os.path.join(tmp, 'input.json')
        bare, full, utf8, json_only = [], [], [], []
        out = os.path.join(tmp, 'full.epub')
        for _ in range(a.runs):  # interleaved so load changes hit all alike
            with open(inp, 'rb') as f:
                bare.append(timed(args, stdin=f))
            full.append(timed([banmian, 'convert', a.page, '-o', out]))
            utf8.append(timed([banmian, 'convert', a.page, '-o', out, '--encoding', 'utf-8']))
            json_only.append(timed([banmian, 'convert', a.page, '-o', os.path.join(tmp, 'p.json')]))
        b, f, u, j = (statistics.median(x) for x in (bare, full, utf8, json_only))
        print(f'EPUB, {os.path.basename(a.page)} (median of {a.runs}): bare pandoc {b:.3f} s; '
              f'banmian convert {f:.3f} s = {f / b:.2f} x (target <= 1.3); with --encoding utf-8 '
              f'{u:.3f} s = {u / b:.2f} x; reading the page alone (-o page.json) {j:.3f} s')
        pdf = [timed([banmian, 'convert', a.page, '-o', os.path.join(tmp, 'p.pdf'), '--print'])
               for _ in range(3)]
        print(f'PDF --print, {os.path.basename(a.page)}: {statistics.median(pdf):.2f} s (median of 3)')
        corpus = os.path.join(os.path.dirname(ROOT), 'shared', 'corpus', 'dev')
        pages = sorted(os.path.join(corpus, p) for p in os.listdir(corpus) if p.endswith('.txt'))
        for jobs in ('1', '0'):
            t = timed([banmian, 'convert', *pages, '-o', os.path.join(tmp, 'book.pdf'), '--jobs', jobs])
            print(f'PDF book of {len(pages)} pages, --jobs {jobs} ({"one per core" if jobs == "0" else "serial"}): {t:.2f} s')
        t = timed([banmian, 'convert', *pages, '-o', os.path.join(tmp, 'book.epub')])
        print(f'EPUB book of {len(pages)} pages: {t:.2f} s')
        subprocess.run([os.path.join(a.build, 'bench', 'typeset', 'typeset_bench_input'), '--latex', '6',
                        *pages], check=True)
    return 0

if __name__ == '__main__':
    sys.exit(main())
