#!/usr/bin/env python3
"""The meeting evening's table (bench/scenario.sh): Gatling's simulation.log of the open-model run
plus the wrk ratio phase. Usage: scenario-table.py GATLING_RUN_DIR WRK_TXT RAMP SECONDS
req/s, p50 and p99 are over the plateau (requests started after the ramp); errors over the whole run."""
import collections, os, re, statistics, sys

run, wrk_txt, ramp, plateau = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
WRK = {'GET /api/ping (trivial)': 'ping', 'GET /api/news/articles/{id}': 'article', 'GET /api/news (feed)': 'news',
       'GET /api/inbox': 'inbox', 'GET /api/notices (list)': 'notices', 'GET /api/meetings/{id} (meeting page)': 'meeting',
       'GET /api/documents/{id}': 'document', 'GET /api/search?q=': 'search', 'all': 'mix'}

def cause(msg):
    if 'timeout' in msg.lower():
        return 'timeout'
    m = re.search(r'found (\d{3})', msg)
    return m.group(1) if m else (msg[:40] or 'KO')

reqs = collections.defaultdict(list)          # name -> [(start ms, end ms, ok)]
kos = collections.Counter()
t0 = None
for line in open(os.path.join(run, 'simulation.log'), encoding='utf-8', errors='replace'):
    f = line.rstrip('\n').split('\t')
    if f[0] == 'RUN' and len(f) > 3:
        t0 = int(f[3])
    elif f[0] == 'REQUEST' and len(f) >= 6:
        name, start, end, status = f[2], int(f[3]), int(f[4]), f[5]
        reqs[name].append((start, end, status == 'OK'))
        if status != 'OK':
            kos[(name, cause(f[6] if len(f) > 6 else ''))] += 1
if not reqs:
    sys.exit(f'no requests in {run}/simulation.log')
t0 = min(s for r in reqs.values() for s, _, _ in r)   # the first arrival (the set-up runs before)
lo, hi = t0 + ramp * 1000, t0 + (ramp + plateau) * 1000

def pct(v, p):
    v = sorted(v)
    return v[min(len(v) - 1, max(0, int(-(-p * len(v) // 100)) - 1))] if v else float('nan')

wrk = collections.defaultdict(list)
for line in open(wrk_txt):
    k, rps, p50, p99, err = line.strip().split('|')
    if rps:
        wrk[k].append(float(rps))
base = statistics.mean(wrk['ping']) if wrk.get('ping') else None
total = sum(len(r) for r in reqs.values())

def row(name, rs):
    steady = [(s, e, ok) for s, e, ok in rs if lo <= s < hi]
    lat = [e - s for s, e, _ in steady]
    errors = sum(1 for _, _, ok in rs if not ok)
    why = collections.Counter()
    for (n, c), k in kos.items():
        if n == name or name == 'all':
            why[c] += k
    errors = f'{errors}' + (' (' + ', '.join(f'{c}: {k}' for c, k in why.most_common()) + ')' if errors else '')
    k = WRK.get(name)
    mx = statistics.mean(wrk[k]) if k and wrk.get(k) else None
    share = f'{100 * len(rs) / total:.1f}%'
    ms = lambda v: '–' if v != v else f'{v:.0f} ms'
    return (f'| {name} | {share} | {len(steady) / plateau:,.0f} | {ms(pct(lat, 50))} | {ms(pct(lat, 99))} | {errors} | '
            + (f'{mx:,.0f} | {mx / base:.2f}x |' if mx and base else '– | – |'))

order = ['POST /api/auth/login', 'GET /api/news (feed)', 'GET /api/inbox', 'GET /api/notices (list)', 'GET /api/notices/{id} (open one)',
         'GET /api/meetings/{id} (meeting page)', 'GET /api/meetings/{id}/materials', 'GET /api/meetings/{id}/votes',
         'POST /api/meetings/{id}/check-in', 'POST …/votes/{voteId}/ballot (open)', 'POST …/votes/{voteId}/ballot (secret)',
         'GET /api/news/articles/{id}', 'GET /api/documents/{id}', 'GET /api/search?q=', 'GET /api/ping (trivial)']
print('| request | share | req/s | p50 | p99 | errors | max req/s (closed loop) | vs trivial |')
print('|---|---|---|---|---|---|---|---|')
for name in order + sorted(set(reqs) - set(order)):
    if name in reqs:
        print(row(name, reqs[name]))
print(row('all', [x for r in reqs.values() for x in r]).replace('| all |', '| **the whole scenario** |', 1))
print()
print('Errors: a status other than 2xx, or no answer within 10 s (timeout). 503 is the platform shedding '
      'low-priority work (Retry-After), never check-ins and ballots.' if kos else 'Errors: none.')
