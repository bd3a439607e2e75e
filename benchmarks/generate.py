"""Realistic synthetic databases for the benchmarks: many networks and partners,
years of dates, every dimension, umlauts and emoji.

    python benchmarks/generate.py --size 10000 --out /tmp/balance-bench/10k

writes OUT/balance.json (+ monthly files) and OUT/import.csv with as many rows.
"""

from __future__ import annotations

import argparse
import random
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from balance.core.model import Contribution, Kind, Network, Partner, new_id
from balance.store.db import Store

FIRST = [
    "Anna",
    "Jürgen",
    "Sören",
    "Özlem",
    "Katrin",
    "Björn",
    "Lena",
    "Malte",
    "Heike",
    "Jörg",
    "Ute",
    "Günther",
    "Süleyman",
    "Maëlle",
    "Zoë",
    "Łukasz",
    "Ærøskøbing",
    "Renée",
]
LAST = [
    "Schmidt",
    "Weiß",
    "Müller",
    "Yılmaz",
    "Bäcker",
    "Größler",
    "Kühn",
    "Förster",
    "Schäfer",
    "Strauß",
    "Krämer",
    "Öztürk",
    "Dvořák",
    "Nguyễn",
]
WHAT = [
    "Stammtisch organisiert",
    "Vortrag über Förderprogramme",
    "Kuchen fürs Sommerfest 🎂",
    "Webinar moderiert",
    "Empfehlung an Kunden weitergegeben",
    "Messestand aufgebaut",
    "Newsletter geschrieben",
    "Training geleitet",
    "Fahrdienst zum Auswärtsspiel",
    "Sponsoring Trikots",
    "Protokoll der Sitzung",
    "Kaffee & Gespräch ☕",
]
TAGS = ["stammtisch", "messe", "empfehlung", "training", "online", "fest"]


def build(size: int, out: Path, seed: int = 2026, today: date | None = None) -> Path:
    rng = random.Random(seed)
    today = today or date.today()
    store = Store(out / "balance.json")
    networks = [
        Network(new_id(), f"{name} {i}", kind=kind)
        for i, (name, kind) in enumerate(
            [
                ("Gewerbeverein Hünfelden", Kind.PROFESSIONAL),
                ("Online-Netzwerk", Kind.PROFESSIONAL),
                ("TSV Sportverein", Kind.PRIVATE),
                ("Elternbeirat Grundschule", Kind.OTHER),
            ]
            * 3
        )
    ]
    for n in networks:
        store.save_network(n)
    partners: list[Partner] = []
    for i in range(150):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}"
        nets = tuple(sorted({rng.choice(networks).id for _ in range(rng.choice([1, 1, 2]))}))
        partners.append(Partner(new_id(), name, nets))
    for p in partners:
        store.save_partner(p)
    span = 5 * 365
    rows = []
    csv_lines = ["network;partner;by;date;time;money;energy;what;note;tags;private"]
    for _ in range(size):
        p = rng.choice(partners)
        net_id = rng.choice(p.network_ids)
        net = next(n for n in networks if n.id == net_id)
        partner = None if rng.random() < 0.08 else p
        by = "me" if partner is None or rng.random() < 0.55 else "partner"
        day = today - timedelta(days=int(rng.triangular(0, span, 0)))
        minutes = rng.choice([0, 15, 30, 45, 60, 90, 120, 180])
        money = Decimal(rng.choice([0, 0, 0, 350, 1290, 2550, 15000])) / 100
        energy = rng.randrange(0, 6) if minutes or money else rng.randrange(1, 6)
        what = rng.choice(WHAT)
        tags = tuple(rng.sample(TAGS, rng.randrange(0, 3)))
        rows.append(
            Contribution(
                new_id(),
                net.id,
                partner.id if partner else None,
                by,
                day,
                minutes,
                money,
                energy,
                what,
                "",
                tags,
                rng.random() < 0.05,
            )  # type: ignore[arg-type]
        )
        money_text = str(money).replace(".", ",") if money else ""
        csv_lines.append(
            f"{net.name};{partner.name if partner else ''};{by};{day:%d.%m.%Y};"
            f"{minutes or ''};{money_text};{energy};{what};;{','.join(tags)};no"
        )
    store.add_contributions(rows)
    (out / "import.csv").write_text("\n".join(csv_lines) + "\n", encoding="utf-8")
    return out / "balance.json"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--size", type=int, required=True)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    print(build(args.size, args.out))


if __name__ == "__main__":
    main()
