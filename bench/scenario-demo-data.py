#!/usr/bin/env python3
"""A tiny stand-in of the province data set, made from the demo province (about 300 members), in the
format bench/province.sh writes (see its header): for quick runs of bench/scenario.sh without the
province generator (DATA=demo). Usage: scenario-demo-data.py BASE OUT_DIR
Gives every official/probationary member of every cell a password (the copy hashes cheaply), logs
four in five in (members.tsv), keeps the fifth for logins (passwords.tsv), announces and opens a
meeting now in every cell that has members with tokens (meetings.tsv), posts 40 notices at the levels
of the tree, and lists the published articles and documents every member may read."""
import json, os, sys, urllib.request, urllib.error, datetime
from concurrent.futures import ThreadPoolExecutor

BASE, OUT = sys.argv[1].rstrip('/'), sys.argv[2]
PASSWORD = 'Bench@2024evening'

def call(method, path, token=None, body=None):
    req = urllib.request.Request(BASE + path, method=method, data=None if body is None else json.dumps(body).encode())
    if token: req.add_header('Authorization', 'Bearer ' + token)
    if body is not None: req.add_header('Content-Type', 'application/json; charset=UTF-8')
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            data = r.read()
            return r.status, (json.loads(data) if data else None)
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(errors='replace')

def login(user, password):
    s, b = call('POST', '/api/auth/login', body={'login': user, 'password': password})
    return b['token'] if s == 200 else None

admin = login('0900000001', 'Demo@2024')
_, tree = call('GET', '/api/org/tree', admin)
nodes = []
def walk(n):
    nodes.append(n)
    for c in n.get('children') or []: walk(c)
for n in tree: walk(n)
root = next(n for n in nodes if n['code'] == 'TU')
cells = [n for n in nodes if n['type'] == 'CELL']
_, me = call('GET', '/api/members/me', admin)
call('POST', '/api/roles', admin, {'memberId': me['id'], 'role': 'COMMITTEE', 'orgId': root['id']})
chair = login('0900000001', 'Demo@2024')

def cell_members(cell):
    s, page = call('GET', f"/api/members?org={cell['id']}&limit=100", admin)
    out = []
    for m in (page or {}).get('items', []) if s == 200 else []:
        if m.get('cellId') == cell['id'] and m.get('status') in ('OFFICIAL', 'PROBATIONARY') and m.get('phone') \
                and not m['phone'].startswith('090000000'):
            out.append(m)
    return out

def account(m):
    if call('POST', f"/api/accounts/{m['id']}/password", admin, {'password': PASSWORD})[0] != 204:
        return None
    return m

with ThreadPoolExecutor(8) as pool:
    per_cell = dict(zip([c['id'] for c in cells], pool.map(cell_members, cells)))
    everyone = [m for ms in per_cell.values() for m in ms]
    ready = [m for m in pool.map(account, everyone) if m]
    logged = [m for i, m in enumerate(ready) if i % 5 != 4]
    tokens = list(pool.map(lambda m: login(m['phone'], PASSWORD), logged))
os.makedirs(OUT, exist_ok=True)
with open(f'{OUT}/members.tsv', 'w') as f:
    for m, t in zip(logged, tokens):
        if t: f.write(f"{t}\t{m['id']}\t{m['cellId']}\t{m['phone']}\n")
with open(f'{OUT}/passwords.tsv', 'w') as f:
    for i, m in enumerate(ready):
        if i % 5 == 4: f.write(f"{m['phone']}\t{PASSWORD}\n")

now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat().replace('+00:00', 'Z')
def meeting(cell):
    s, m = call('POST', '/api/meetings', chair, {'orgId': cell['id'], 'kind': 'REGULAR', 'title': 'Sinh hoạt chi bộ buổi tối (bench)',
        'place': 'Hội trường', 'startsAt': now, 'agenda': [{'title': 'Nghị quyết tháng'}, {'title': 'Kết nạp đảng viên'}]})
    if s != 201: return None
    s, o = call('POST', f"/api/meetings/{m['id']}/open", chair)
    return (m['id'], cell['id'], o.get('checkinCode', '') if s == 200 else '')
with ThreadPoolExecutor(4) as pool:
    meetings = [x for x in pool.map(meeting, [c for c in cells if per_cell.get(c['id'])]) if x]
with open(f'{OUT}/meetings.tsv', 'w') as f:
    for m in meetings: f.write('\t'.join(map(str, m)) + '\n')
open(f'{OUT}/votes.tsv', 'w').close()   # the scenario opens its own votes

# notices at every level of the tree (province, districts, base organisations, cells)
levels = [root] + [n for n in nodes if n['type'] != 'CELL' and n is not root][:15] + cells[:24]
ids = []
for i, n in enumerate(levels):
    s, b = call('POST', '/api/notices', admin, {'title': f'Thông báo số {i + 1} về sinh hoạt chi bộ buổi tối',
        'body': f'Nội dung thông báo số {i + 1} gửi {n["name"]}: chuẩn bị tài liệu, đúng giờ.', 'audienceOrgId': n['id']})
    if s == 201: ids.append(b['id'])
open(f'{OUT}/notices.txt', 'w').write(''.join(f'{i}\n' for i in ids))

# articles and documents every member may read: those a member of another district sees as well
probe_a, probe_b = tokens[0], tokens[-1]
def ids_of(path, key):
    out, cursor = [], ''
    for _ in range(20):
        s, page = call('GET', path + ('&' if '?' in path else '?') + 'limit=100' + (f'&cursor={cursor}' if cursor else ''), admin)
        if s != 200: break
        items = page['items'] if isinstance(page, dict) else page
        out += [x['id'] for x in items]
        cursor = page.get('next') if isinstance(page, dict) else None
        if not cursor: break
    return out
def readable(kind, ids):
    return [i for i in ids if call('GET', f'/api/{kind}/{i}', probe_a)[0] == 200 and call('GET', f'/api/{kind}/{i}', probe_b)[0] == 200]
articles = readable('news/articles', ids_of('/api/news', 'id'))
documents = readable('documents', ids_of('/api/documents', 'id'))
open(f'{OUT}/articles.txt', 'w').write(''.join(f'{i}\n' for i in articles))
open(f'{OUT}/documents.txt', 'w').write(''.join(f'{i}\n' for i in documents))
open(f'{OUT}/queries.txt', 'w').write('\n'.join(['nghị quyết', 'nghi quyet', 'chuyển đổi số', 'chuyen doi so', 'xây dựng Đảng',
    'xay dung dang', 'sinh hoạt chi bộ', 'sinh hoat chi bo', 'kết nạp đảng viên', 'ket nap dang vien', 'học tập và làm theo',
    'hoc tap va lam theo', 'kiểm tra giám sát', 'kiem tra giam sat', 'phát triển kinh tế', 'phat trien kinh te']) + '\n')
with open(f'{OUT}/env.sh', 'w') as f:
    f.write(f"BASE={BASE}/api\nADMIN_TOKEN={admin}\nMEMBERS={sum(1 for t in tokens if t)}\nCELLS={len(per_cell)}\n"
            f"MEETINGS={len(meetings)}\nARTICLES={len(articles)}\nDOCUMENTS={len(documents)}\nNOTICES={len(ids)}\n")
print(f"stand-in data set in {OUT}: {sum(1 for t in tokens if t)} members with tokens in {len(set(m['cellId'] for m in logged))} cells, "
      f"{len(ready) - len(logged)} passwords, {len(meetings)} meetings opened, {len(articles)} articles, {len(documents)} documents, {len(ids)} notices")
