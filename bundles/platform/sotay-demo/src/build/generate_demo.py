#!/usr/bin/env python3
"""Generates the demo province "Bình Sơn" (DỮ LIỆU MẪU) as the two import CSVs.

Deterministic (seeded random, fixed reference date): running it again gives the same files.
Standard library only. Usage, from the bundle directory or anywhere:

    python3 src/build/generate_demo.py

writes src/main/resources/demo/organisations.csv and members.csv next to this script's bundle.
Every name, phone and card number is invented; e-mail addresses use the reserved .example domain.
The first eight members are the demo accounts of docs/rest-api.md ("Demo data").
"""

import csv
import datetime as dt
import os
import random
import unicodedata

SEED = 20240520
REF = dt.date(2026, 1, 1)  # ages and dates are computed against this day, never against today

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "main", "resources", "demo")

# ---------------------------------------------------------------- the organisation tree
# (code, name, type label as people write it, parent code); parents come first.
ORGS = [
    ("TU", "Tỉnh ủy Bình Sơn", "Tỉnh ủy", ""),
    ("TP", "Thành ủy Bình Sơn", "Cấp huyện", "TU"),
    ("SH", "Huyện ủy Sơn Hà", "Cấp huyện", "TU"),
    ("DUK", "Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh", "Cấp huyện", "TU"),
    # Thành ủy Bình Sơn
    ("TP-CBVP", "Chi bộ Văn phòng Thành ủy", "Chi bộ", "TP"),
    ("TP-PBT", "Đảng ủy phường Bắc Thành", "Đảng bộ cơ sở", "TP"),
    ("TP-PBT-CB01", "Chi bộ Khu phố 1", "Chi bộ", "TP-PBT"),
    ("TP-PBT-CB02", "Chi bộ Khu phố 2", "Chi bộ", "TP-PBT"),
    ("TP-PBT-CB03", "Chi bộ Khu phố 3", "Chi bộ", "TP-PBT"),
    ("TP-PBT-CBCA", "Chi bộ Công an phường Bắc Thành", "Chi bộ", "TP-PBT"),
    ("TP-PNT", "Đảng ủy phường Nam Thành", "Đảng bộ cơ sở", "TP"),
    ("TP-PNT-CB01", "Chi bộ Khu phố Hòa Bình", "Chi bộ", "TP-PNT"),
    ("TP-PNT-CB02", "Chi bộ Khu phố Thống Nhất", "Chi bộ", "TP-PNT"),
    ("TP-PNT-CB03", "Chi bộ Trường THPT Nam Thành", "Chi bộ", "TP-PNT"),
    # Huyện ủy Sơn Hà
    ("SH-CBVP", "Chi bộ Văn phòng Huyện ủy", "Chi bộ", "SH"),
    ("SH-XSL", "Đảng ủy xã Sơn Long", "Đảng bộ cơ sở", "SH"),
    ("SH-XSL-CB01", "Chi bộ Thôn Đông", "Chi bộ", "SH-XSL"),
    ("SH-XSL-CB02", "Chi bộ Thôn Tây", "Chi bộ", "SH-XSL"),
    ("SH-XSL-CB03", "Chi bộ Thôn Trung", "Chi bộ", "SH-XSL"),
    ("SH-XSL-CB04", "Chi bộ Thôn Bắc", "Chi bộ", "SH-XSL"),
    ("SH-TTSH", "Đảng ủy thị trấn Sơn Hà", "Đảng bộ cơ sở", "SH"),
    ("SH-TTSH-CB01", "Chi bộ Tổ dân phố 1", "Chi bộ", "SH-TTSH"),
    ("SH-TTSH-CB02", "Chi bộ Tổ dân phố 2", "Chi bộ", "SH-TTSH"),
    # Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh
    ("DUK-STC", "Chi bộ Sở Tài chính", "Chi bộ", "DUK"),
    ("DUK-STTTT", "Chi bộ Sở Thông tin và Truyền thông", "Chi bộ", "DUK"),
    ("DUK-BVDK", "Đảng ủy Bệnh viện Đa khoa tỉnh", "Đảng bộ cơ sở", "DUK"),
    ("DUK-BVDK-CBHC", "Chi bộ Hành chính - Tổng hợp", "Chi bộ", "DUK-BVDK"),
    ("DUK-BVDK-KLS", "Đảng bộ bộ phận Khối Lâm sàng", "Đảng bộ bộ phận", "DUK-BVDK"),
    ("DUK-BVDK-KLS-NOI", "Chi bộ Khoa Nội", "Chi bộ", "DUK-BVDK-KLS"),
    ("DUK-BVDK-KLS-NGOAI", "Chi bộ Khoa Ngoại", "Chi bộ", "DUK-BVDK-KLS"),
    ("DUK-BVDK-KLS-SAN", "Chi bộ Khoa Sản", "Chi bộ", "DUK-BVDK-KLS"),
]

# Members per cell besides the demo accounts, and the share of women there.
CELLS = {
    "TP-CBVP": (12, 0.45),
    "TP-PBT-CB01": (20, 0.40),
    "TP-PBT-CB02": (20, 0.40),
    "TP-PBT-CB03": (16, 0.40),
    "TP-PBT-CBCA": (10, 0.15),
    "TP-PNT-CB01": (18, 0.40),
    "TP-PNT-CB02": (15, 0.40),
    "TP-PNT-CB03": (11, 0.65),
    "SH-CBVP": (9, 0.40),
    "SH-XSL-CB01": (19, 0.30),
    "SH-XSL-CB02": (19, 0.30),
    "SH-XSL-CB03": (15, 0.30),
    "SH-XSL-CB04": (13, 0.30),
    "SH-TTSH-CB01": (16, 0.40),
    "SH-TTSH-CB02": (14, 0.40),
    "DUK-STC": (15, 0.55),
    "DUK-STTTT": (9, 0.45),
    "DUK-BVDK-CBHC": (10, 0.60),
    "DUK-BVDK-KLS-NOI": (12, 0.65),
    "DUK-BVDK-KLS-NGOAI": (11, 0.45),
    "DUK-BVDK-KLS-SAN": (8, 0.85),
}
# Offices, agencies and the hospital: everyone has an e-mail there; elsewhere about a quarter do.
OFFICE_CELLS = {"TP-CBVP", "SH-CBVP", "DUK-STC", "DUK-STTTT", "DUK-BVDK-CBHC",
                "DUK-BVDK-KLS-NOI", "DUK-BVDK-KLS-NGOAI", "DUK-BVDK-KLS-SAN", "TP-PNT-CB03"}
# Residential cells, where retired members (and so the exempt ones) live.
RESIDENTIAL = {"TP-PBT-CB01", "TP-PBT-CB02", "TP-PBT-CB03", "TP-PNT-CB01", "TP-PNT-CB02",
               "SH-XSL-CB01", "SH-XSL-CB02", "SH-XSL-CB03", "SH-XSL-CB04", "SH-TTSH-CB01", "SH-TTSH-CB02"}

# The demo accounts (docs/rest-api.md): name, gender, birth, cell, joined, official.
DEMO = [
    ("Trần Minh Quang", "Nam", dt.date(1978, 4, 12), "DUK-STTTT", dt.date(2003, 5, 19), dt.date(2004, 5, 19)),
    ("Lê Văn Thành", "Nam", dt.date(1970, 9, 2), "TP-CBVP", dt.date(1994, 2, 3), dt.date(1995, 2, 3)),
    ("Phạm Thị Hà", "Nữ", dt.date(1975, 11, 20), "SH-CBVP", dt.date(1999, 12, 22), dt.date(2000, 12, 22)),
    ("Nguyễn Thị Lan", "Nữ", dt.date(1968, 3, 8), "TP-PBT-CB01", dt.date(1992, 3, 26), dt.date(1993, 3, 26)),
    ("Hoàng Minh Tuấn", "Nam", dt.date(1985, 7, 15), "DUK-STTTT", dt.date(2010, 9, 2), dt.date(2011, 9, 2)),
    ("Võ Thị Thu Hương", "Nữ", dt.date(1980, 1, 25), "DUK-STTTT", dt.date(2006, 10, 20), dt.date(2007, 10, 20)),
    ("Đặng Văn Hùng", "Nam", dt.date(1972, 6, 30), "TP-PBT-CB01", dt.date(1997, 8, 19), dt.date(1998, 8, 19)),
    ("Bùi Thị Mai", "Nữ", dt.date(1988, 10, 10), "SH-XSL-CB01", dt.date(2014, 5, 19), dt.date(2015, 5, 19)),
]

FAMILY = [("Nguyễn", 38), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 4), ("Huỳnh", 3), ("Phan", 4),
          ("Vũ", 3), ("Võ", 3), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 2), ("Ngô", 2), ("Dương", 1),
          ("Lý", 1)]
MIDDLE_M = ["Văn", "Văn", "Văn", "Hữu", "Đức", "Minh", "Quốc", "Công", "Thanh", "Ngọc", "Xuân", "Đình",
            "Trọng", "Quang", "Anh", "Tiến"]
MIDDLE_F = ["Thị", "Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Minh", "Kim", "Bích", "Thùy", "Mỹ",
            "Phương", "Hồng", "Thị Thu", "Thị Ngọc", "Thị Thanh"]
GIVEN_M = ["An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Huy", "Khang", "Khoa", "Long", "Minh",
           "Nam", "Nghĩa", "Phúc", "Quân", "Sơn", "Tài", "Thắng", "Thành", "Tuấn", "Trung", "Việt", "Vinh",
           "Hiếu", "Hoàng", "Lâm", "Tâm", "Toàn", "Kiên", "Lộc", "Phong", "Thịnh", "Tùng", "Đông", "Hưng",
           "Khánh", "Nhân", "Quý", "Thuận"]
GIVEN_F = ["Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Huyền", "Lan", "Linh",
           "Loan", "Mai", "My", "Nga", "Ngọc", "Nhung", "Oanh", "Phương", "Quỳnh", "Thảo", "Trang", "Tuyết",
           "Vân", "Yến", "Hiền", "Thủy", "Liên", "Xuân", "Ánh", "Diệp", "Hậu", "Lý", "Nhàn", "Thơ"]

OFFICIAL, PROBATIONARY, EXEMPT, TRANSFERRED = "Chính thức", "Dự bị", "Miễn sinh hoạt", "Đã chuyển đi"
MEMBER_HEADER = ["Họ và tên", "Ngày sinh", "Giới tính", "Số thẻ đảng viên", "Điện thoại", "Email",
                 "Mã chi bộ", "Trạng thái", "Ngày vào Đảng", "Ngày chính thức"]


def ascii_fold(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def fmt(d):
    return "" if d is None else d.strftime("%d/%m/%Y")


def add_years(d, years):
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def random_date(rnd, start, end):
    return start + dt.timedelta(days=rnd.randrange((end - start).days + 1))


class Generator:
    def __init__(self):
        self.rnd = random.Random(SEED)
        self.phones = {"09000000%02d" % i for i in range(100)}  # the demo range stays free
        self.cards = {"930000%02d" % i for i in range(100)}
        self.names = {d[0] for d in DEMO}
        self.emails = set()

    def phone(self):
        while True:
            prefix = self.rnd.choice(["09", "09", "09", "03", "03"])
            p = prefix + "%08d" % self.rnd.randrange(10 ** 8)
            if p not in self.phones:
                self.phones.add(p)
                return p

    def card(self, joined):
        # cards issued by year band: older members have lower prefixes
        prefix = 91 if joined.year < 1990 else 92 if joined.year < 2005 else 93
        while True:
            c = "%d%06d" % (prefix, self.rnd.randrange(10 ** 6))
            if c not in self.cards:
                self.cards.add(c)
                return c

    def name(self, female):
        while True:
            fam = self.rnd.choices([f for f, _ in FAMILY], [w for _, w in FAMILY])[0]
            mid = self.rnd.choice(MIDDLE_F if female else MIDDLE_M)
            giv = self.rnd.choice(GIVEN_F if female else GIVEN_M)
            if mid.split()[-1] == giv:
                continue
            n = f"{fam} {mid} {giv}"
            if n not in self.names:
                self.names.add(n)
                return n

    def email(self, name, birth):
        parts = ascii_fold(name).lower().split()
        base = parts[-1] + "".join(p[0] for p in parts[:-1])
        e = f"{base}@binhson.example"
        if e in self.emails:
            e = f"{base}{birth.year % 100:02d}@binhson.example"
        n = 2
        while e in self.emails:
            e = f"{base}{n}@binhson.example"
            n += 1
        self.emails.add(e)
        return e

    def member(self, cell, female, status):
        rnd = self.rnd
        if status == EXEMPT:
            age = rnd.randint(68, 75)
        elif status == PROBATIONARY:
            age = rnd.randint(22, 40)
        else:
            age = min(75, max(22, int(rnd.triangular(24, 75, 45))))
        birth = random_date(rnd, add_years(REF, -age - 1) + dt.timedelta(days=1), add_years(REF, -age))
        if status == PROBATIONARY:
            joined = random_date(rnd, dt.date(2025, 1, 15), dt.date(2025, 11, 30))
            official = None
        else:
            earliest = add_years(birth, 18)
            latest = min(add_years(birth, 40), dt.date(2024, 12, 1))
            joined = random_date(rnd, earliest, max(earliest, latest))
            official = joined + dt.timedelta(days=365 + rnd.randrange(0, 45))
        name = self.name(female)
        has_mail = cell in OFFICE_CELLS or rnd.random() < 0.25
        return [name, fmt(birth), "Nữ" if female else "Nam", self.card(joined), self.phone(),
                self.email(name, birth) if has_mail else "", cell, status, fmt(joined), fmt(official)]

    def members(self):
        rows = []
        for (name, gender, birth, cell, joined, official), i in zip(DEMO, range(1, 9)):
            rows.append([name, fmt(birth), gender, "930000%02d" % i, "09000000%02d" % i,
                         self.email(name, birth), cell, OFFICIAL, fmt(joined), fmt(official)])
        slots = [(cell, female_share) for cell, (n, female_share) in CELLS.items() for _ in range(n)]
        statuses = self.statuses(slots)
        for (cell, female_share), status in zip(slots, statuses):
            rows.append(self.member(cell, self.rnd.random() < female_share, status))
        return rows

    def statuses(self, slots):
        """Mostly official; 20 probationary, 8 exempt (residential cells), 2 transferred."""
        out = [OFFICIAL] * len(slots)
        idx = list(range(len(slots)))
        self.rnd.shuffle(idx)
        residential = [i for i in idx if slots[i][0] in RESIDENTIAL]
        for i in residential[:8]:
            out[i] = EXEMPT
        rest = [i for i in idx if out[i] == OFFICIAL]
        for i in rest[:20]:
            out[i] = PROBATIONARY
        for i in rest[20:22]:
            out[i] = TRANSFERRED
        return out


def write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    os.makedirs(OUT, exist_ok=True)
    codes = {c for c, _, _, _ in ORGS}
    assert set(CELLS) <= codes and all(p in codes or p == "" for _, _, _, p in ORGS)
    write(os.path.join(OUT, "organisations.csv"), ["Mã", "Tên", "Loại", "Mã cấp trên"],
          [list(o) for o in ORGS])
    members = Generator().members()
    write(os.path.join(OUT, "members.csv"), MEMBER_HEADER, members)
    by_status = {}
    for m in members:
        by_status[m[7]] = by_status.get(m[7], 0) + 1
    print(f"{len(ORGS)} organisations, {len(members)} members {by_status}")


if __name__ == "__main__":
    main()
