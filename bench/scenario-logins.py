#!/usr/bin/env python3
"""Gives the accounts of passwords.tsv their password again, hashed at the server's current cost
(bench/scenario.sh sets the shipped 600,000 PBKDF2 iterations first): the login share of the meeting
evening then costs what a real login costs. Usage: scenario-logins.py BASE ADMIN_TOKEN PASSWORDS_TSV"""
import json, sys, urllib.parse, urllib.request, urllib.error
from concurrent.futures import ThreadPoolExecutor

BASE, TOKEN, FILE = sys.argv[1].rstrip('/'), sys.argv[2], sys.argv[3]

def call(method, path, body=None):
    req = urllib.request.Request(BASE + path, method=method, data=None if body is None else json.dumps(body).encode())
    req.add_header('Authorization', 'Bearer ' + TOKEN)
    if body is not None: req.add_header('Content-Type', 'application/json; charset=UTF-8')
    try:
        with urllib.request.urlopen(req, timeout=300) as r:
            data = r.read()
            return r.status, (json.loads(data) if data else None)
    except urllib.error.HTTPError as e:
        return e.code, None

_, tree = call('GET', '/api/org/tree')
root = next(n['id'] for n in tree if n['code'] == 'TU')
def again(row):
    login, password = row
    s, page = call('GET', f'/api/members?org={root}&q={urllib.parse.quote(login)}&limit=5')
    ids = [m['id'] for m in (page or {}).get('items', []) if login in (m.get('phone'), m.get('cardNumber'))]
    return bool(ids) and call('POST', f'/api/accounts/{ids[0]}/password', {'password': password})[0] == 204
rows = [l.rstrip('\n').split('\t')[:2] for l in open(FILE) if '\t' in l]
with ThreadPoolExecutor(2) as pool:
    done = sum(pool.map(again, rows))
print(f'{done} of {len(rows)} login accounts re-hashed at the server\'s cost')
sys.exit(0 if done else 1)
