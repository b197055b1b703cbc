#!/usr/bin/env python3
"""Adds N approved news articles addressed to the root to a running bench distribution (bench/readers.sh
with a larger set than bench/province.sh makes at small scales): the demo editor drafts and submits, the
admin of env.sh approves. Appends their ids to articles.txt. Usage: bench/more-articles.py OUTDIR N"""
import json, random, sys, urllib.request
from concurrent.futures import ThreadPoolExecutor

out, n = sys.argv[1], int(sys.argv[2])
env = dict(l.strip().split("=", 1) for l in open(out + "/env.sh") if "=" in l)
base, admin = env["BASE"], env["ADMIN_TOKEN"]

def call(method, path, token=None, body=None):
    req = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json", **({"Authorization": "Bearer " + token} if token else {})})
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.loads(r.read() or b"null")

editor = call("POST", "/auth/login", body={"login": "0900000005", "password": "Demo@2024"})["token"]
root = [o for o in call("GET", "/org/tree", admin) if o["parentId"] is None][0]["id"]
cats = [c["code"] for c in call("GET", "/news/categories", editor)]
rnd = random.Random(7)
words = ("đảng viên chi bộ sinh hoạt nghị quyết học tập làm theo tư tưởng đạo đức phong cách Hồ Chí Minh "
         "xây dựng chỉnh đốn Đảng chuyển đổi số kinh tế xã hội nông thôn mới an sinh quốc phòng an ninh").split()

def one(i):
    body = "".join("<p>" + " ".join(rnd.choice(words) for _ in range(60)) + ".</p>" for _ in range(4 + i % 6))
    a = call("POST", "/news/articles", editor, {"title": "Tin bổ sung số %d về %s" % (i, rnd.choice(words)), "body": body,
                                                "category": rnd.choice(cats), "audienceOrgId": root, "tags": ["bench"]})
    call("POST", "/news/articles/%d/submit" % a["id"], editor)
    call("POST", "/news/articles/%d/approve" % a["id"], admin)
    return a["id"]

with ThreadPoolExecutor(4) as pool:
    ids = list(pool.map(one, range(n)))
with open(out + "/articles.txt", "a") as f:
    f.writelines("%d\n" % i for i in ids)
print("added %d articles addressed to %d" % (len(ids), root))
