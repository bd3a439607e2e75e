#!/usr/bin/env python3
"""Generate the Partner Balance demo data: sample-data/demo.json and example.csv.

Deterministic and stdlib only: one `random.Random(2026)`, no floats for money
(amounts are written as decimal strings and only ever read back as `Decimal`
or `Fraction`). Run it from anywhere:

    .venv/bin/python sample-data/generate.py

The story the data tells, for the 6 months up to the anchor date 2026-11-28:

- Gewerbeverein Hünfelden: I carry the partnership with Anna Schmidt
  (imbalanced, my share about 0.8) although we talked about it in June;
  Dr. Katrin Bäcker leans my way; the others are balanced.
- Online-Netzwerk Digitales Handwerk: Jürgen Weiß carries it (imbalanced, my
  share about 0.25); Malte Förster went quiet (too little data).
- TSV Hünfelden 1898 e.V. (money does not count, weights 1/0/1): Lena Kühn
  leans her way; the others are balanced.

Each pair's last-6-months contributions are drawn at random and redrawn until
they tell that story; the self-check at the end recomputes every balance from
the written JSON with `Fraction`s and fails loudly if a status is wrong.
"""

from __future__ import annotations

import csv
import json
import random
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from itertools import product
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 2026
FORMAT = "balance-sample/1"


def add_months(day: date, months: int) -> date:
    """`day` plus `months`, clamped to the month's last day (like relativedelta)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(day.day, last))


ANCHOR = date(2026, 11, 28)
START = add_months(ANCHOR, -18)  # 2025-05-28
WINDOW_SINCE = add_months(ANCHOR, -6)  # 2026-05-28, the default `balance check` window
# `balance demo` shifts every date so the anchor becomes today; "6 months before
# today" is then 181 to 184 days back. No pair contribution falls near that
# edge, so the statuses are the same whatever day the demo is opened.
GAP = (WINDOW_SINCE - timedelta(days=5), WINDOW_SINCE + timedelta(days=6))
OLD_UNTIL = GAP[0] - timedelta(days=1)
NEW_FROM = GAP[1] + timedelta(days=1)

GV = "Gewerbeverein Hünfelden"
ON = "Online-Netzwerk Digitales Handwerk"
TSV = "TSV Hünfelden 1898 e.V."

# ----------------------------------------------------------------------------- networks

NETWORKS = [
    {
        "name": GV,
        "kind": "professional",
        "currency": "EUR",
        "motivation": (
            "Know the businesses in Hünfelden personally, win customers nearby and keep "
            "work in the region."
        ),
        "expectations": [
            "openness",
            "transparency",
            "commitment",
        ],
        "goal": "more joint work in the region",
        "success": (
            "At least two joint jobs or referrals per quarter, a shared stand at the "
            "Hünfelder Gewerbeschau every year, and a Stammtisch that does not depend on me alone."
        ),
        "budget": {"minutes": 240, "money": "50.00", "energy": 10},
        "review_days": 90,
        "weights": "1/1/1",
    },
    {
        "name": ON,
        "kind": "professional",
        "currency": "EUR",
        "motivation": (
            "Share what works when a craft business goes digital, learn from the others and "
            "be the person people ask."
        ),
        "expectations": [
            "openness",
            "reliability",
            "a fair share of the moderation",
        ],
        "goal": "a helpful online group for digital questions in the trades, run by a small team",
        "success": (
            "One good webinar a month, every question answered within a day, moderation "
            "shared in turns."
        ),
        "budget": {"minutes": 180, "money": "20.00", "energy": 8},
        "review_days": 60,
        "weights": "1/1/1",
    },
    {
        "name": TSV,
        "kind": "private",
        "currency": "EUR",
        "motivation": (
            "My son plays in the E-Jugend; I want the club to stay a place where kids and "
            "parents belong."
        ),
        "expectations": [
            "team spirit",
            "reliability",
            "appreciation",
        ],
        "goal": "the youth teams have enough coaches and drivers all season",
        "success": (
            "No training cancelled for lack of a coach, every away game has its drivers, and "
            "the Sommerfest pays for the youth budget."
        ),
        "budget": {"minutes": 480, "money": "30.00", "energy": 12},
        "review_days": 120,
        "weights": "1/0/1",
    },
]

# ----------------------------------------------------------------------------- calendar

# Fixed club and trade-fair days; the templates below refer to them by name.
EVENTS: dict[str, tuple[date, ...]] = {
    "gewerbeschau": (date(2025, 9, 13), date(2025, 9, 14), date(2026, 9, 12), date(2026, 9, 13)),
    "sommerfest": (date(2025, 7, 5), date(2026, 7, 4)),
    "weihnachtsmarkt": (date(2025, 12, 6),),
}
# Hessian school holidays: no youth training then.
NO_TRAINING = (
    (date(2025, 7, 7), date(2025, 8, 15)),
    (date(2025, 10, 6), date(2025, 10, 18)),
    (date(2025, 12, 22), date(2026, 1, 10)),
    (date(2026, 3, 30), date(2026, 4, 10)),
    (date(2026, 6, 29), date(2026, 8, 7)),
    (date(2026, 10, 5), date(2026, 10, 17)),
)

TUE, WED, THU, SAT, SUN = 1, 2, 3, 5, 6


def days(since: date, until: date) -> list[date]:
    return [since + timedelta(n) for n in range((until - since).days + 1)]


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta((weekday - first.weekday()) % 7 + 7 * (n - 1))


def candidate_days(when: str, since: date, until: date) -> list[date]:
    """The days in [since, until] on which a contribution of this kind can happen."""
    span = days(since, until)
    if when == "any":  # any day, Sundays only now and then
        return [d for d in span if d.weekday() != SUN or d.day % 3 == 0]
    if when == "stammtisch":  # first Thursday of the month; in January the second
        return [d for d in span if d == nth_weekday(d.year, d.month, THU, 1 + (d.month == 1))]
    if when == "webinar":  # second Wednesday of the month
        return [d for d in span if d == nth_weekday(d.year, d.month, WED, 2)]
    if when == "training":
        return [
            d
            for d in span
            if d.weekday() in (TUE, THU) and not any(a <= d <= b for a, b in NO_TRAINING)
        ]
    if when == "weekend":
        return [d for d in span if d.weekday() in (SAT, SUN)]
    if when.startswith("before:"):
        return [
            d for d in span if any(timedelta(1) <= e - d <= timedelta(21) for e in EVENTS[when[7:]])
        ]
    if when.startswith("month:"):
        return [d for d in span if d.month == int(when[6:])]
    return [d for d in span if d in EVENTS[when]]


# ----------------------------------------------------------------------------- templates


@dataclass(frozen=True)
class T:
    """A kind of contribution; amounts are drawn from the tuples ("" = no money)."""

    what: tuple[str, ...]
    minutes: tuple[int, ...] = (0,)
    money: tuple[str, ...] = ("",)
    energy: tuple[int, ...] = (0,)
    tags: tuple[str, ...] = ()
    when: str = "any"
    weight: int = 2
    notes: tuple[str, ...] = ()


ORTE = ("Limburg", "Bad Camberg", "Idstein", "Diez", "Runkel", "Villmar", "Brechen", "Selters")

# fmt: off
STAMMTISCH = T(
    ("Unternehmerstammtisch organisiert",), (90, 120, 150), ("", "", "24.00"), (2, 3, 3, 4),
    ("stammtisch",), "stammtisch", 6,
    notes=("Thema: Fachkräfte finden", "Thema: Nachfolge im Betrieb",
           "14 Leute, zwei neue Betriebe", "Gasthaus Krämer, Nebenraum",
           "Thema: Glasfaserausbau in Kirberg"),
)
GV_SHARED = [
    T(("Empfehlung an Kunden weitergegeben", "Auftrag an Mitgliedsbetrieb vermittelt"), (15, 30),
      ("",), (0, 1, 1), ("empfehlung",), "any", 4,
      notes=("Kunde aus Dauborn, Badsanierung", "Neubau in Mensfelden",
             "Anfrage kam über die Website")),
    T(("Kontakt vermittelt (Intro-Mail)", "Intro-Call mit einem Lieferanten eingefädelt"),
      (15, 30), ("",), (1,), ("empfehlung",)),
    T(("Kaffee & Austausch, Rechnung übernommen", "Mittagessen beim Italiener, ich habe bezahlt"),
      (60, 75), ("8.60", "12.90", "14.20", "23.80"), (1,), ()),
    T(("Runde beim Stammtisch ausgegeben",), (0,), ("18.50", "22.80", "31.40", "38.40"), (0,),
      ("stammtisch",), "stammtisch", 2),
    T(("Standdienst am Gemeinschaftsstand",), (180, 240), ("",), (3, 4), ("messe",),
      "gewerbeschau", 8, notes=("Viele Fragen zu Photovoltaik", "Regen, wenig los am Vormittag")),
    T(("Gemeinschaftsstand Gewerbeschau: Aufbau",), (240, 300), ("", "45.00"), (4, 5), ("messe",),
      "gewerbeschau", 5),
    T(("Standplanung Gewerbeschau abgestimmt",), (60, 90), ("",), (2,), ("messe",),
      "before:gewerbeschau", 4),
    T(("Rückmeldung zum Angebot gegeben", "Feedback zur neuen Website gegeben"), (30, 45), ("",),
      (1,), (), "any", 1),
    T(("Flyer im Laden ausgelegt",), (15,), ("",), (0,), ("messe",), "any", 1),
    T(("Moralische Unterstützung vor dem Bankgespräch",), (0,), ("",), (1, 2), (), "any", 1),
]
GV_MINE = [
    T(("Flyer für den Gemeinschaftsstand gestaltet",), (120, 180), ("", "89.90"), (3,),
      ("messe",), "before:gewerbeschau", 3),
    T(("Tombola-Preis für die Gewerbeschau gekauft",), (0,), ("25.00", "30.00"), (1,), ("messe",),
      "before:gewerbeschau", 2),
    T(("Standmiete Gewerbeschau anteilig überwiesen",), (0,), ("150.00", "120.00"), (0,),
      ("messe",), "before:gewerbeschau", 2),
]
GV_BOTH = {  # pair-specific kinds of contribution, either side
    "Anna Schmidt": [
        STAMMTISCH,
        T(("Stammtisch-Einladung verschickt und Zusagen gesammelt",), (30, 45), ("",), (1,),
          ("stammtisch",), "stammtisch", 3),
        T(("Fotos vom Stammtisch bearbeitet und geteilt",), (30, 45), ("",), (1,), ("stammtisch",),
          "stammtisch", 1),
        T(("Getränke für den Stammtisch bezahlt",), (0,), ("31.40", "38.40", "42.60"), (0,),
          ("stammtisch",), "stammtisch", 2),
    ],
}
GV_THEIRS = {
    "Anna Schmidt": [
        T(("Steuer-Tipp zur Abschreibung gegeben",), (15, 30), ("",), (1,), ()),
        T(("Kurzvortrag beim Stammtisch: Kassenbuch und GoBD",), (90,), ("",), (3,),
          ("stammtisch",), "stammtisch", 1),
    ],
    "Dr. Katrin Bäcker": [
        T(("Vortrag über Förderprogramme",), (90, 120), ("",), (3,), ("stammtisch",),
          "stammtisch", 2, notes=("Digitalbonus Hessen", "KfW-Programme für Sanierung")),
        T(("Förderantrag gegengelesen",), (60,), ("",), (2,), ()),
    ],
    "Sören Müller": [
        T(("Rückwand für den Gemeinschaftsstand geschreinert",), (240, 300), ("", "65.00"), (4,),
          ("messe",), "before:gewerbeschau", 3),
    ],
    "Jürgen Weiß": [
        T(("Website-Check für meinen Betrieb gemacht",), (60,), ("",), (1,), ()),
    ],
    "Jörg Strauß": [
        T(("Brezeln für den Stammtisch spendiert",), (15,), ("18.00", "24.00"), (0, 1),
          ("stammtisch",), "stammtisch", 3),
        T(("Sponsoring: Banner für den Gemeinschaftsstand",), (0,), ("150.00",), (0,),
          ("sponsoring", "messe"), "before:gewerbeschau", 2),
    ],
    "Ute Krämer": [
        T(("Nebenraum im Gasthaus für den Stammtisch bereitgestellt",), (60,), ("",), (1,),
          ("stammtisch",), "stammtisch", 3),
    ],
}
ON_SHARED = [
    T(("Webinar moderiert",), (90, 120), ("",), (3, 3, 4), ("webinar", "moderation"), "webinar", 4,
      notes=("Thema: E-Rechnung ab 2025", "Thema: Google-Bewertungen", "38 Teilnehmende",
             "Aufzeichnung im Kanal geteilt", "Thema: Terminbuchung online")),
    T(("Webinar vorbereitet (Folien, Technik-Check)",), (120, 180), ("",), (2, 3), ("webinar",),
      "webinar", 3),
    T(("Beiträge freigegeben und Spam gelöscht", "Moderationswoche übernommen"), (30, 45, 60),
      ("",), (1, 1, 2), ("moderation",), "any", 4),
    T(("Post: Praxistipp für Handwerksbetriebe", "Post: Checkliste Datensicherung"), (45, 60),
      ("",), (1, 2), ("post",), "any", 3),
    T(("Fragen im Forum beantwortet",), (30, 45, 60), ("",), (1,), ("moderation",), "any", 3),
    T(("Streit im Thread geschlichtet",), (30, 45), ("",), (3, 4), ("moderation",), "any", 1,
      notes=("Preisdiskussion unter Dachdeckern eskaliert",)),
    T(("Empfehlung an Kunden weitergegeben",), (15,), ("",), (0, 1), ("empfehlung",), "any", 1),
    T(("Zoom-Lizenz anteilig bezahlt",), (0,), ("14.50",), (0,), ("tools",), "month:1", 2),
    T(("Aufmunternde Sprachnachricht nach einem harten Tag",), (0,), ("",), (1,), (), "any", 1),
]
ON_MINE = [
    T(("Gastredner:in für das Webinar angefragt",), (30,), ("",), (1,), ("webinar",)),
    T(("Newsletter-Tool anteilig bezahlt",), (0,), ("9.00", "12.50"), (0,), ("tools",), "any", 1),
]
ON_THEIRS = {
    "Jürgen Weiß": [
        T(("Webinar-Reihe 'KI im Handwerk' organisiert",), (180, 240), ("",), (3, 4), ("webinar",),
          "webinar", 4),
        T(("Landingpage fürs Netzwerk überarbeitet",), (180, 240), ("", "29.00"), (3,), ()),
        T(("Newsletter-Tool bezahlt",), (0,), ("29.00",), (0,), ("tools",)),
    ],
    "Özlem Yılmaz": [
        T(("Social-Media-Post zum Webinar erstellt",), (45, 60), ("",), (1,), ("post",),
          "webinar", 3),
        T(("Canva-Vorlagen für Posts geteilt",), (30,), ("",), (1,), ("post",), "any", 1),
    ],
    "Lena Kühn": [
        T(("Fachbeitrag: Wallbox-Förderung erklärt",), (60, 90), ("",), (2,), ("post",)),
    ],
    "Malte Förster": [
        T(("Baustellenfotos für einen Post geliefert",), (30,), ("",), (1,), ("post",)),
    ],
}
TSV_SHARED = [
    T(("Training geleitet (E-Jugend)",), (90,), ("",), (2, 3), ("training",), "training", 6,
      notes=("Nur 7 Kinder da, Grippewelle", "Torschusstraining", "Neuer Spieler aus Ohren dabei")),
    T(("Training vertreten",), (90,), ("",), (3,), ("training",), "training", 2),
    T(tuple(f"Fahrdienst zum Auswärtsspiel in {o}" for o in ORTE), (60, 90, 120),
      ("", "", "8.40", "11.20"), (1, 2), ("fahrdienst",), "weekend", 5,
      notes=("4 Kinder mitgenommen", "3 Kinder, Spiel 2:2")),
    T(("Kuchen für den Kuchenverkauf gebacken",), (60, 90), ("9.80", "12.90", "14.50"), (1, 2),
      ("kuchen",), "weekend", 2, notes=("Käsekuchen", "Marmorkuchen", "Zwetschgenkuchen")),
    T(("Kuchen fürs Sommerfest",), (90,), ("12.90", "15.40"), (2,), ("kuchen", "sommerfest"),
      "sommerfest", 6),
    T(("Sommerfest: Grillstand übernommen", "Sommerfest: Auf- und Abbau"), (180, 240), ("",),
      (3, 4), ("sommerfest",), "sommerfest", 8),
    T(("Kuchen für den Basar am Weihnachtsmarkt",), (90,), ("11.60", "13.90"), (2,), ("kuchen",),
      "weihnachtsmarkt", 6),
    T(("Trikots gewaschen",), (60,), ("",), (1,), ("training",), "weekend", 2),
    T(("Bälle und Leibchen gekauft",), (30,), ("34.90", "42.50"), (0,), ("training",), "any", 1),
    T(("Aufgebrachte Eltern am Spielfeldrand beruhigt",), (0,), ("",), (2, 3), (), "weekend", 1),
]
TSV_MINE = [
    T(("Spielbericht für die Homepage geschrieben",), (45,), ("",), (1,), (), "weekend", 2),
    T(("Elternabend der E-Jugend vorbereitet",), (60, 90), ("",), (2,), (), "any", 1),
]
TSV_THEIRS = {
    "Björn Größler": [
        T(("Trainingsplan für die Rückrunde erstellt",), (90,), ("",), (2,), ("training",)),
    ],
    "Heike Schäfer": [
        T(("Hallenzeiten mit der Gemeinde geklärt",), (60,), ("",), (2,), ()),
        T(("Zuschussantrag beim Sportkreis gestellt",), (120,), ("",), (3,), (), "any", 1),
    ],
    "Lena Kühn": [
        T(("Erste-Hilfe-Koffer aufgefüllt",), (30,), ("23.70",), (0,), (), "any", 1),
        T(("Fahrdienst-Liste im Elternchat gepflegt",), (30,), ("",), (1,), ("fahrdienst",)),
    ],
    "Sören Müller": [
        T(("Neue Bank fürs Vereinsheim geschreinert",), (240, 300), ("85.00",), (4,), (), "any", 1),
    ],
}
# fmt: on

TEMPLATES: dict[str, tuple[list[T], list[T], dict[str, list[T]], dict[str, list[T]]]] = {
    GV: (GV_SHARED, GV_MINE, GV_THEIRS, GV_BOTH),
    ON: (ON_SHARED, ON_MINE, ON_THEIRS, {}),
    TSV: (TSV_SHARED, TSV_MINE, TSV_THEIRS, {}),
}

# ----------------------------------------------------------------------------- partners

PARTNERS = [
    ("Anna Schmidt", [GV]),
    ("Jürgen Weiß", [ON, GV]),
    ("Sören Müller", [GV, TSV]),
    ("Özlem Yılmaz", [ON]),
    ("Dr. Katrin Bäcker", [GV]),
    ("Björn Größler", [TSV]),
    ("Lena Kühn", [TSV, ON]),
    ("Malte Förster", [ON]),
    ("Heike Schäfer", [TSV]),
    ("Jörg Strauß", [GV]),
    ("Ute Krämer", [GV]),
]


@dataclass(frozen=True)
class Pair:
    """How one partnership develops: contributions per month and my chance to be the giver.

    `p` is a list of (from date, probability that a contribution is mine); the
    last-6-months part is redrawn until the status is `expect` and the combined
    share lies in `band`.
    """

    network: str
    partner: str
    old_rate: float
    rate: float
    p: tuple[tuple[date, float], ...]
    expect: str
    band: tuple[Fraction, Fraction] | None = None
    count: int | None = None  # exact number of contributions in the window
    quiet_from: date | None = None  # no contributions from then until the window
    private: tuple[str, ...] = ()


def F(text: str) -> Fraction:
    return Fraction(Decimal(text))


BAL = (F("0.43"), F("0.57"))
# fmt: off
PAIRS = [
    Pair(GV, "Anna Schmidt", 2.2, 2.6,
         ((START, 0.55), (date(2026, 1, 1), 0.7), (date(2026, 6, 25), 0.62),
          (date(2026, 9, 1), 0.9)),
         "imbalanced", (F("0.78"), F("0.83")),
         private=("Anna hat wieder kurzfristig abgesagt. Beim nächsten Gespräch ansprechen.",
                  "Gefühl, dass ich den Stammtisch allein stemme. Frustrierend.")),
    Pair(GV, "Jürgen Weiß", 0.5, 0.8, ((START, 0.5),), "balanced", BAL),
    Pair(GV, "Sören Müller", 1.0, 1.1, ((START, 0.5),), "balanced", BAL),
    Pair(GV, "Dr. Katrin Bäcker", 1.0, 1.3, ((START, 0.5), (date(2026, 4, 1), 0.74)),
         "imbalanced", (F("0.70"), F("0.78")),
         private=("Katrin steckt mitten in der Übergabe ihres Beratungsbüros; Geduld.",)),
    Pair(GV, "Jörg Strauß", 0.7, 1.0, ((START, 0.5), (date(2026, 5, 1), 0.62)),
         "leaning", (F("0.60"), F("0.65"))),
    Pair(GV, "Ute Krämer", 0.8, 0.9, ((START, 0.5),), "balanced", BAL),
    Pair(ON, "Jürgen Weiß", 2.0, 2.4, ((START, 0.5),), "balanced", BAL,
         private=("Jürgen kümmert sich um die Webinar-Technik; im Januar übernehme ich "
                  "zwei Termine.",)),
    Pair(ON, "Özlem Yılmaz", 1.3, 1.4, ((START, 0.5),), "balanced", BAL),
    Pair(ON, "Lena Kühn", 0.5, 0.7, ((START, 0.5),), "balanced", BAL),
    Pair(ON, "Malte Förster", 1.2, 0, ((START, 0.5),), "too_little_data", count=2,
         quiet_from=date(2026, 3, 1),
         private=("Malte ist nach Wiesbaden gezogen und hat kaum noch Zeit.",)),
    Pair(TSV, "Sören Müller", 0.6, 0.8, ((START, 0.5),), "balanced", BAL),
    Pair(TSV, "Björn Größler", 1.8, 2.0, ((START, 0.5),), "balanced", BAL),
    Pair(TSV, "Lena Kühn", 1.2, 1.6, ((START, 0.45), (date(2026, 5, 1), 0.24)),
         "imbalanced", (F("0.22"), F("0.31")),
         private=("Lena organisiert die Fahrdienste fast allein; ich sollte ihr anbieten, "
                  "die Liste im Frühjahr zu übernehmen.",)),
    Pair(TSV, "Heike Schäfer", 1.3, 1.5, ((START, 0.5),), "balanced", BAL,
         private=("Heike wirkt erschöpft: Jugendleitung und Vollzeitjob.",)),
]
# fmt: on

# Contributions to a network as a whole (partner null, by me): (network, template).
# fmt: off
NETWORK_WIDE = {
    GV: [
        STAMMTISCH,
        T(("Newsletter des Gewerbevereins geschrieben",), (90, 120), ("",), (2,), ("newsletter",),
          "any", 3),
        T(("Vereinswebsite aktualisiert",), (45, 60), ("",), (1,), ()),
        T(("Vorstandssitzung vorbereitet",), (60, 90), ("",), (2, 3), ("vorstand",)),
    ],
    ON: [
        T(("Wochenrückblick gepostet",), (30, 45), ("",), (1,), ("post",), "any", 3),
        T(("Neue Mitglieder freigeschaltet",), (15, 30), ("",), (0, 1), ("moderation",), "any", 3),
        T(("Gruppenregeln überarbeitet",), (60,), ("",), (2,), ("moderation",), "any", 1),
    ],
    TSV: [
        T(("Arbeitseinsatz Sportplatz",), (180,), ("",), (3,), ("arbeitseinsatz",), "weekend", 2,
          notes=("Laub und Tornetze", "Linien nachgezogen")),
        T(("Vereinsheim geputzt",), (90,), ("",), (2,), (), "weekend", 1),
    ],
}
# fmt: on

#: How often per month I do something for each network as a whole: the online group
#: runs itself (its moderation is shared), the association and the club lean on me.
NETWORK_WIDE_RATE = {GV: 0.7, ON: 0.12, TSV: 0.7}

# One-off network-wide items: (network, date, what, minutes, money, energy, tags).
# fmt: off
NETWORK_FIXED = [
    (GV, date(2026, 1, 15), "Mitgliedsbeitrag Gewerbeverein 2026", 0, "120.00", 0, ("beitrag",)),
    (TSV, date(2026, 1, 31), "Mitgliedsbeitrag TSV 2026 (Familie)", 0, "96.00", 0, ("beitrag",)),
    (GV, date(2025, 9, 6), "Gutschein für die Tombola der Gewerbeschau gekauft", 0, "30.00", 1,
     ("messe",)),
    (GV, date(2026, 8, 20), "Sponsoring: Anzeige im Gewerbeschau-Heft", 30, "75.00", 1,
     ("sponsoring", "messe")),
    (ON, date(2025, 11, 3), "Domain für die Netzwerk-Website verlängert", 15, "12.90", 0,
     ("tools",)),
]
# fmt: on

# ----------------------------------------------------------------------------- drawing


def months(since: date, until: date) -> list[tuple[date, date]]:
    """[since, until] cut into calendar-month slices."""
    out = []
    day = since
    while day <= until:
        end = min(add_months(day.replace(day=1), 1) - timedelta(days=1), until)
        out.append((day, end))
        day = end + timedelta(days=1)
    return out


def month_part(since: date, until: date) -> float:
    length = (add_months(since.replace(day=1), 1) - since.replace(day=1)).days
    return ((until - since).days + 1) / length


def how_many(rng: random.Random, rate: float) -> int:
    n = int(rate) + (1 if rng.random() < rate - int(rate) else 0)
    wobble = rng.random()
    if wobble < 0.15 and n > 0:
        n -= 1
    elif wobble > 0.85:
        n += 1
    return n


def p_at(pair: Pair, day: date) -> float:
    p = pair.p[0][1]
    for since, value in pair.p:
        if day >= since:
            p = value
    return p


def pick(rng: random.Random, templates: Sequence[T], since: date, until: date):
    """A weighted template that can happen in [since, until], and its day; None if none can."""
    usable = [(t, d) for t in templates if (d := candidate_days(t.when, since, until))]
    if not usable:
        return None
    weights = [t.weight for t, _ in usable]
    template, candidates = rng.choices(usable, weights=weights)[0]
    return template, rng.choice(candidates)


def contribution(
    rng: random.Random, network: str, partner: str | None, by: str, template: T, day: date
) -> dict:
    minutes, money, energy = 0, "", 0
    while not (minutes or money or energy):
        minutes = rng.choice(template.minutes)
        money = rng.choice(template.money)
        energy = rng.choice(template.energy)
    note = rng.choice(template.notes) if template.notes and rng.random() < 0.3 else ""
    return {
        "network": network,
        "partner": partner,
        "by": by,
        "date": day.isoformat(),
        "minutes": minutes,
        "money": money or "0.00",
        "energy": energy,
        "what": rng.choice(template.what),
        "note": note,
        "tags": list(template.tags),
        "private": False,
    }


def key(c: dict) -> tuple[str, str, str, str]:
    """Two entries with this key would be the same thing logged twice."""
    return c["network"], c["date"], c["by"], c["what"]


def draw_pair(
    rng: random.Random, pair: Pair, since: date, until: date, rate: float, taken: set
) -> list[dict]:
    shared, mine, theirs, both = TEMPLATES[pair.network]
    taken = set(taken)
    slices = months(since, until)
    if pair.count is not None and since >= WINDOW_SINCE:
        counts = [0] * len(slices)
        for i in rng.sample(range(len(slices)), pair.count):
            counts[i] = 1
    else:  # a slice that is part of a month gets its part of the monthly rate
        counts = [how_many(rng, rate * month_part(a, b)) for a, b in slices]
    out = []
    for (a, b), n in zip(slices, counts, strict=True):
        if pair.quiet_from and since < WINDOW_SINCE and a >= pair.quiet_from:
            continue
        for _ in range(n):
            by = "me" if rng.random() < p_at(pair, a) else "partner"
            pool = shared + both.get(pair.partner, [])
            pool += mine if by == "me" else theirs.get(pair.partner, [])
            for _try in range(5):
                chosen = pick(rng, pool, a, b)
                if chosen is None:
                    break
                template, day = chosen
                c = contribution(rng, pair.network, pair.partner, by, template, day)
                if key(c) not in taken:
                    taken.add(key(c))
                    out.append(c)
                    break
    return out


def tells_the_story(recent: list[dict], pair: Pair) -> bool:
    """The pair's last 6 months have the intended status, share and a plausible shape."""
    b = balance(recent, pair.network, pair.partner)
    if b["status"] != pair.expect:
        return False
    if pair.expect == "too_little_data":
        return True
    if b["n"] < 5 or not pair.band[0] <= b["share"] <= pair.band[1]:
        return False
    counted = [
        share
        for d, w in zip(DIMS, weights_of(pair.network), strict=True)
        if w and (share := b["shares"][d]) is not None
    ]
    if pair.expect == "balanced":  # balanced in each dimension, not by cancelling out
        return all(Fraction(1, 4) <= x <= Fraction(3, 4) for x in counted)
    if b["direction"] == "me":  # leaning the same way in each dimension
        return all(x >= Fraction(9, 20) for x in counted)
    return all(x <= Fraction(11, 20) for x in counted)


def generate(rng: random.Random) -> list[dict]:
    out: list[dict] = []
    taken: set = set()
    for pair in PAIRS:
        old = draw_pair(rng, pair, START, OLD_UNTIL, pair.old_rate, taken)
        taken |= {key(c) for c in old}
        for _attempt in range(5000):
            recent = draw_pair(rng, pair, NEW_FROM, ANCHOR, pair.rate, taken)
            if tells_the_story(recent, pair):
                break
        else:
            raise SystemExit(f"could not draw the story for {pair.partner} in {pair.network}")
        taken |= {key(c) for c in recent}
        # Each private note once, on one of the pair's contributions, mostly recent ones.
        candidates = [c for c in old[-6:] + recent if not c["note"]]
        for note, c in zip(pair.private, rng.sample(candidates, len(pair.private)), strict=True):
            c["note"], c["private"] = note, True
        out += old + recent
    for network, templates in NETWORK_WIDE.items():
        for a, b in months(START, ANCHOR):
            for _ in range(how_many(rng, NETWORK_WIDE_RATE[network] * month_part(a, b))):
                chosen = pick(rng, templates, a, b)
                if chosen:
                    c = contribution(rng, network, None, "me", *chosen)
                    if key(c) not in taken:
                        taken.add(key(c))
                        out.append(c)
    for network, day, what, minutes, money, energy, tags in NETWORK_FIXED:
        out.append(
            {
                "network": network,
                "partner": None,
                "by": "me",
                "date": day.isoformat(),
                "minutes": minutes,
                "money": money,
                "energy": energy,
                "what": what,
                "note": "",
                "tags": list(tags),
                "private": False,
            }
        )
    out.sort(key=lambda c: (c["date"], c["network"], c["partner"] or "", c["by"], c["what"]))
    return out


# What came back (Mehrwert), per network: (network, partner, to, date, kind, what, amount).
# The Gewerbeverein leans on me: Anna takes more than she gives back (one-sided), while
# Katrin, whom I also carry, sends orders my way (fair trade). The online group is even,
# in effort and in what comes back. In the club Lena carries me, and it is my family
# that gets the help (one-sided the other way).
_VALUES = [
    (
        GV,
        "Anna Schmidt",
        "partner",
        "2026-07-15",
        "business",
        "Neuer Mandant aus dem Stammtisch: Autohaus Becker",
        "1800.00",
    ),
    (
        GV,
        "Anna Schmidt",
        "partner",
        "2026-09-10",
        "referral",
        "Kontakt zur Bäckerei Klein für ihre Kanzlei",
        None,
    ),
    (
        GV,
        "Anna Schmidt",
        "partner",
        "2026-10-22",
        "visibility",
        "Kurzvortrag beim Stammtisch, den ich organisiert habe",
        None,
    ),
    (
        GV,
        "Anna Schmidt",
        "me",
        "2026-08-05",
        "knowhow",
        "Tipp zur Abschreibung meiner neuen Maschine",
        None,
    ),
    (
        GV,
        "Dr. Katrin Bäcker",
        "me",
        "2026-06-18",
        "business",
        "Auftrag: Website für ein Beratungsbüro, von Katrin vermittelt",
        "2400.00",
    ),
    (
        GV,
        "Dr. Katrin Bäcker",
        "me",
        "2026-08-27",
        "referral",
        "Empfehlung an die Metzgerei Hahn",
        None,
    ),
    (
        GV,
        "Dr. Katrin Bäcker",
        "me",
        "2026-10-08",
        "business",
        "Folgeauftrag: Onlineshop-Anbindung",
        "1350.80",
    ),
    (
        GV,
        "Dr. Katrin Bäcker",
        "me",
        "2026-11-12",
        "referral",
        "Kontakt zum Förderprogramm Digitalbonus",
        None,
    ),
    (
        GV,
        "Dr. Katrin Bäcker",
        "partner",
        "2026-09-30",
        "support",
        "Hilfe beim Umzug ihres Büros",
        None,
    ),
    (
        GV,
        None,
        "me",
        "2026-09-13",
        "visibility",
        "Zeitungsbericht über die Gewerbeschau nennt meinen Betrieb",
        None,
    ),
    (ON, "Jürgen Weiß", "me", "2026-07-02", "knowhow", "Einführung in das neue Kassensystem", None),
    (
        ON,
        "Jürgen Weiß",
        "partner",
        "2026-08-19",
        "referral",
        "Jürgen an eine Schreinerei für ein Webinar vermittelt",
        None,
    ),
    (
        ON,
        "Özlem Yılmaz",
        "me",
        "2026-09-04",
        "referral",
        "Anfrage eines Malerbetriebs aus Limburg",
        None,
    ),
    (
        ON,
        "Özlem Yılmaz",
        "partner",
        "2026-10-14",
        "knowhow",
        "Vorlage für Datenschutzhinweise geteilt",
        None,
    ),
    (
        ON,
        "Lena Kühn",
        "me",
        "2026-10-28",
        "visibility",
        "Im Newsletter der Handwerkskammer erwähnt",
        None,
    ),
    (
        ON,
        "Lena Kühn",
        "partner",
        "2026-11-18",
        "support",
        "Lena bei ihrer ersten Live-Session unterstützt",
        None,
    ),
    (
        TSV,
        "Lena Kühn",
        "me",
        "2026-07-11",
        "support",
        "Lena hat meinen Sohn zu drei Auswärtsspielen gefahren",
        None,
    ),
    (
        TSV,
        "Lena Kühn",
        "me",
        "2026-09-26",
        "support",
        "Lena hat das Trikot-Sponsoring für die E-Jugend besorgt",
        None,
    ),
    (TSV, "Lena Kühn", "me", "2026-11-07", "knowhow", "Lenas Trainingsplan für die Halle", None),
    (
        TSV,
        "Heike Schäfer",
        "me",
        "2026-10-03",
        "support",
        "Heike hat den Zuschussantrag für die Jugend geschrieben",
        None,
    ),
    (
        TSV,
        "Heike Schäfer",
        "partner",
        "2026-10-17",
        "support",
        "Ich habe Heikes Training zweimal übernommen",
        None,
    ),
    (
        TSV,
        "Björn Größler",
        "partner",
        "2026-08-22",
        "support",
        "Björns Tochter zum Turnier nach Fulda mitgenommen",
        None,
    ),
    (
        TSV,
        "Sören Müller",
        "partner",
        "2026-10-10",
        "knowhow",
        "Sören beim Vereinsnewsletter geholfen",
        None,
    ),
]
VALUES = [
    {
        "network": n,
        "partner": p,
        "to": to,
        "date": d,
        "kind": k,
        "what": w,
        "amount": a,
        "note": "",
        "private": False,
    }
    for n, p, to, d, k, w, a in _VALUES
]


def _check_in(network: str, partner: str, day: str, notes: str) -> dict:
    """A short review talk: it went well, nothing new agreed."""
    return {
        "network": network,
        "partner": partner,
        "date": day,
        "notes": notes,
        "goal": "",
        "value_mine": "",
        "value_theirs": "",
        "agreements": [],
        "next_review": None,
    }


CONVERSATIONS = [
    _check_in(
        GV, "Jürgen Weiß", "2026-10-20", "Kurzer Austausch nach der Vorstandssitzung: passt."
    ),
    _check_in(
        GV, "Sören Müller", "2026-09-29", "Beim Gewerbeschau-Abbau gesprochen, alles im Lot."
    ),
    _check_in(GV, "Ute Krämer", "2026-11-03", "Telefonat: Ute ist zufrieden mit dem Stammtisch."),
    _check_in(
        ON, "Özlem Yılmaz", "2026-10-06", "Videocall zur Moderation im Herbst, gut aufgeteilt."
    ),
    _check_in(ON, "Jürgen Weiß", "2026-09-15", "Webinar-Plan bis Jahresende abgestimmt."),
    _check_in(
        TSV, "Björn Größler", "2026-10-25", "Nach dem Spiel: Fahrdienste im Winter besprochen."
    ),
    _check_in(TSV, "Sören Müller", "2026-09-20", "Arbeitseinsatz geplant, beide zufrieden."),
    {
        "network": ON,
        "partner": None,
        "date": "2026-02-10",
        "notes": (
            "Call des Moderationsteams (Jürgen, Özlem, Lena und ich): Jahresplanung 2026. "
            "Wir wollen ein Webinar pro Monat und die Moderation im Wochenwechsel. "
            "Jürgen hat angemerkt, dass die Webinar-Technik bisher immer an ihm hängt."
        ),
        "goal": "the first place to go for digital questions in the trades in our region; "
        "300 active members by the end of 2026",
        "value_mine": "Sichtbarkeit als Ansprechpartner für Digitalisierung, ein paar Kunden",
        "value_theirs": "Praxiswissen, Kontakte und Leads für die Mitglieder",
        "agreements": [
            "Ein Webinar pro Monat, Themen und Moderation im Wechsel",
            "Moderation im Wochenwechsel nach Dienstplan im Kanal",
            "Tools (Zoom, Newsletter) zahlen wir anteilig",
        ],
        "next_review": "2026-05-11",
    },
    {
        "network": GV,
        "partner": "Anna Schmidt",
        "date": "2026-06-24",
        "notes": (
            "Gespräch im Café am Marktplatz in Kirberg. Ich habe angesprochen, dass ich seit "
            "Jahresbeginn fast alle Stammtische allein organisiere und die Getränke meist an "
            "mir hängen bleiben. Anna sieht das; ihre Kanzlei ist gerade knapp besetzt "
            "(zwei Leute sind im Frühjahr gegangen). Gutes, offenes Gespräch."
        ),
        "goal": "the Stammtisch stays the place where new businesses in Hünfelden find each "
        "other; together we win three new members by the end of the year",
        "value_mine": "Kontakte zu Betrieben, die Förderung und Beratung brauchen; "
        "Sichtbarkeit als Organisator",
        "value_theirs": "Neue Mandanten aus dem Stammtisch, eine Bühne für ihre Kurzvorträge",
        "agreements": [
            "partner: Anna organisiert ab September jeden zweiten Stammtisch (bis +10w)",
            "beide: Getränkekosten teilen wir oder rechnen sie über die Vereinskasse ab",
            "partner: Anna übernimmt zwei Schichten am Gemeinschaftsstand der Gewerbeschau "
            "(bis +12w)",
            "Ende September schauen wir gemeinsam auf die Balance",
        ],
        "next_review": "2026-09-22",
    },
    {
        "network": TSV,
        "partner": "Heike Schäfer",
        "date": "2026-11-08",
        "notes": (
            "Nach dem Training kurz zusammengesetzt: Rückblick auf Sommerfest und Hinrunde. "
            "Fahrdienste und Training teilen wir gut auf; Heike hat den Zuschussantrag "
            "gestemmt, ich die meisten Trainings. Beide finden: passt so, der Teamgeist stimmt."
        ),
        "goal": "the E-Jugend gets through the winter with two coaches and enough drivers",
        "value_mine": "Mein Sohn spielt in einem gut organisierten Team; ich lerne, ein Team "
        "zu führen",
        "value_theirs": "Ein verlässlicher Trainer, Entlastung bei den Fahrdiensten",
        "agreements": [
            "Hallentraining ab Dezember im Wechsel",
            "partner: Heike pflegt die Fahrdienst-Liste im Elternchat",
            "ich: Für den Basar am Weihnachtsmarkt backe ich zwei Kuchen (bis +6w)",
        ],
        "next_review": "2027-02-06",
    },
]

# ----------------------------------------------------------------------------- example.csv

CSV_HEADER = "network;partner;by;date;time;money;energy;what;note;tags;private".split(";")
# fmt: off
CSV_ROWS = [
    [GV, "Anna Schmidt", "me", "03.11.2026", "1h30m", "25,50", "3", "Stammtisch vorbereitet", "",
     "stammtisch", "no"],
    [GV, "Anna Schmidt", "partner", "05.11.2026", "45m", "", "1",
     "Empfehlung an Kunden weitergegeben", "Bäckerei sucht Steuerberatung", "empfehlung", "no"],
    [GV, "Dr. Katrin Bäcker", "partner", "05.11.2026", "2h", "", "3",
     "Vortrag über Förderprogramme", "Thema: Digitalbonus Hessen; 14 Teilnehmende", "stammtisch",
     "no"],
    [GV, "", "me", "09.11.2026", "1:30", "", "2", "Newsletter des Gewerbevereins geschrieben", "",
     "newsletter", "no"],
    [GV, "Sören Müller", "me", "12.11.2026", "", "38,40", "0",
     "Getränke für den Stammtisch bezahlt", "", "stammtisch", "no"],
    [GV, "Ute Krämer", "me", "14.11.2026", "1h", "", "2",
     "Gewerbeschau 2027: Standfläche angefragt; Strom und Tische geklärt", "", "messe,planung",
     "no"],
    [GV, "Jörg Strauß", "partner", "19.11.2026", "15", "24,00", "0",
     "Brezeln für den Stammtisch spendiert", "", "stammtisch,sponsoring", "no"],
    [ON, "Jürgen Weiß", "partner", "11.11.2026", "2h 30m", "", "4", "Webinar moderiert",
     'Thema "KI im Handwerk", 41 Teilnehmende', "webinar,moderation", "no"],
    [ON, "Jürgen Weiß", "me", "11.11.2026", "30m", "", "1", "Fragen im Forum beantwortet", "",
     "moderation", "no"],
    [ON, "Özlem Yılmaz", "partner", "16.11.2026", "1h", "", "1",
     "Social-Media-Post zum Webinar erstellt", "", "post", "no"],
    [ON, "", "me", "18.11.2026", "", "14,50", "0", "Zoom-Lizenz anteilig bezahlt", "", "tools",
     "no"],
    [ON, "Malte Förster", "me", "20.11.2026", "45m", "", "2", "Intro-Call: Lust auf ein Comeback?",
     "Malte hatte ein hartes Jahr, nicht drängen", "", "yes"],
    [TSV, "Heike Schäfer", "me", "10.11.2026", "1h30m", "", "2", "Training geleitet (E-Jugend)",
     "", "training", "no"],
    [TSV, "Björn Größler", "partner", "14.11.2026", "2h", "8,40", "2",
     "Fahrdienst zum Auswärtsspiel in Diez", "4 Kinder mitgenommen", "fahrdienst", "no"],
    [TSV, "Lena Kühn", "me", "21.11.2026", "1,5h", "12,90", "1",
     "Kuchen für den Kuchenverkauf gebacken", "Käsekuchen", "kuchen", "no"],
    [TSV, "Sören Müller", "partner", "22.11.2026", "4h", "85,00", "4",
     "Neue Bank fürs Vereinsheim geschreinert", "Eiche, aus Restholz", "", "no"],
    [TSV, "", "me", "26.11.2026", "3h", "", "3", "Arbeitseinsatz Sportplatz", "Laub und Tornetze",
     "arbeitseinsatz", "no"],
]
# fmt: on


#: The CSV is written as a German spreadsheet has it: German headers and words.
CSV_HEADER_DE = "Netzwerk;Partner;von;Datum;Zeit;Geld;Energie;Was;Notiz;Schlagworte;privat".split(
    ";"
)
SIDE_DE = {"me": "ich", "partner": "Partner"}
PRIVATE_DE = {"yes": "ja", "no": "nein"}


def time_de(text: str) -> str:
    """'1h30m' -> '1 Std. 30 Min.', '45m' -> '45 Min.'; clock and bare minutes stay."""
    match = re.fullmatch(r"(?:([0-9]+)h)?\s*(?:([0-9]+)m)?", text)
    if not text or not match or not (match[1] or match[2]) or text.isdigit():
        return text
    parts = [f"{match[1]} Std."] if match[1] else []
    return " ".join(parts + ([f"{match[2]} Min."] if match[2] else []))


def german_row(row: list[str]) -> list[str]:
    out = list(row)
    out[2], out[4], out[10] = SIDE_DE[row[2]], time_de(row[4]), PRIVATE_DE[row[10]]
    return out


def write_csv(path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=";", lineterminator="\n")
        writer.writerow(CSV_HEADER_DE)
        writer.writerows(german_row(r) for r in CSV_ROWS)


# ----------------------------------------------------------------------------- self-check

DIMS = ("minutes", "money", "energy")
CONTRIBUTION_KEYS = "network partner by date minutes money energy what note tags private".split()


def weights_of(network: str) -> tuple[Fraction, ...]:
    text = next(n["weights"] for n in NETWORKS if n["name"] == network)
    return tuple(F(w) for w in text.split("/"))


def in_window(c: dict, since: date = WINDOW_SINCE, until: date = ANCHOR) -> bool:
    return since <= date.fromisoformat(c["date"]) <= until


def balance(contributions: list[dict], network: str, partner: str | None) -> dict:
    """DESIGN.md's rule, over the default window, from the JSON dicts, with Fractions."""
    rows = [
        c
        for c in contributions
        if c["network"] == network and c["partner"] == partner and in_window(c)
    ]
    mine = {d: sum((F(str(c[d])) for c in rows if c["by"] == "me"), Fraction(0)) for d in DIMS}
    theirs = {
        d: sum((F(str(c[d])) for c in rows if c["by"] == "partner"), Fraction(0)) for d in DIMS
    }
    shares = {d: (mine[d] / (mine[d] + theirs[d]) if mine[d] + theirs[d] else None) for d in DIMS}
    num = den = Fraction(0)
    for d, w in zip(DIMS, weights_of(network), strict=True):
        if shares[d] is not None and w:
            num += shares[d] * w
            den += w
    s = num / den if den else None
    r = None
    if len(rows) < 3 or s is None:
        status = "too_little_data"
    else:
        big, small = max(s, 1 - s), min(s, 1 - s)
        r = big / small if small else None
        if r is None or r >= 2:
            status = "imbalanced"
        elif r >= Fraction(3, 2):
            status = "leaning"
        else:
            status = "balanced"
    direction = None
    if status in ("leaning", "imbalanced"):
        direction = "me" if s > Fraction(1, 2) else "partner"
    return {
        "n": len(rows),
        "mine": mine,
        "theirs": theirs,
        "shares": shares,
        "share": s,
        "ratio": r,
        "status": status,
        "direction": direction,
    }


def money_text(value: Fraction) -> str:
    cents = value * 100
    assert cents.denominator == 1
    return f"{int(cents) // 100}.{int(cents) % 100:02d}"


def fmt_share(value: Fraction | None) -> str:
    return "  - " if value is None else f"{float(value):.2f}"


def self_check(data: dict) -> None:
    cs = data["contributions"]
    names = {p["name"]: set(p["networks"]) for p in data["partners"]}
    nets = {n["name"] for n in data["networks"]}
    assert 250 <= len(cs) <= 400, len(cs)
    assert [c["date"] for c in cs] == sorted(c["date"] for c in cs)
    assert len({key(c) for c in cs}) == len(cs), "something is logged twice"
    combos = set()
    for c in cs:
        assert list(c) == CONTRIBUTION_KEYS, c
        assert c["network"] in nets and c["by"] in ("me", "partner")
        assert c["partner"] is None or c["network"] in names[c["partner"]], c
        assert c["partner"] is not None or c["by"] == "me", c
        assert START <= date.fromisoformat(c["date"]) <= ANCHOR, c
        assert not (GAP[0] <= date.fromisoformat(c["date"]) <= GAP[1]) or c["partner"] is None
        assert isinstance(c["minutes"], int) and c["minutes"] % 15 == 0 and c["minutes"] >= 0
        assert re.fullmatch(r"[0-9]+\.[0-9]{2}", c["money"]), c
        assert isinstance(c["energy"], int) and 0 <= c["energy"] <= 5
        assert c["what"].strip() and len(c["what"]) <= 200
        amounts = (c["minutes"] > 0, Decimal(c["money"]) > 0, c["energy"] > 0)
        assert any(amounts), c
        combos.add(amounts)
    assert combos == {a for a in product((False, True), repeat=3) if any(a)}, combos
    assert sum(c["private"] for c in cs) >= 3
    assert sum(c["partner"] is None for c in cs) >= 10
    for network in nets:  # every partner of a network appears in it
        for name, member_of in names.items():
            if network in member_of:
                assert any(c["network"] == network and c["partner"] == name for c in cs)

    talks = {
        (t["network"], t["partner"]): date.fromisoformat(t["date"]) for t in data["conversations"]
    }
    assert 140 <= (ANCHOR - talks[(GV, "Anna Schmidt")]).days <= 170
    assert (ANCHOR - talks[(TSV, "Heike Schäfer")]).days == 20

    print(
        f"window {WINDOW_SINCE} .. {ANCHOR}; {len(cs)} contributions, "
        f"{sum(in_window(c) for c in cs)} in the window"
    )
    head = (
        f"{'network':<34} {'partner':<18} {'n':>3}  {'mine h:m/EUR/E':>18}  "
        f"{'theirs h:m/EUR/E':>18}  time  money energy  share ratio  status"
    )
    print(head)
    print("-" * len(head))
    seen = {}
    for pair in PAIRS:
        b = balance(cs, pair.network, pair.partner)
        seen[(pair.network, pair.partner)] = b

        def side(t: dict) -> str:
            hours, rest = divmod(int(t["minutes"]), 60)
            return f"{hours:>3}:{rest:02d}/{money_text(t['money']):>7}/{int(t['energy']):>3}"

        ratio = (
            "  inf"
            if b["ratio"] is None and b["share"] in (0, 1)
            else ("  -  " if b["ratio"] is None else f"{float(b['ratio']):5.2f}")
        )
        shares = " ".join(
            fmt_share(b["shares"][d]) + (" " if w else "*")
            for d, w in zip(DIMS, weights_of(pair.network), strict=True)
        )
        label = b["status"] + (f" ({b['direction']} carry)" if b["direction"] else "")
        print(
            f"{pair.network:<34} {pair.partner:<18} {b['n']:>3}  {side(b['mine'])}  "
            f"{side(b['theirs'])}  {shares}  {fmt_share(b['share'])} {ratio}  {label}"
        )
        assert b["status"] == pair.expect, (pair, b["status"])
        if pair.band:
            assert pair.band[0] <= b["share"] <= pair.band[1], (pair, b["share"])
    anna, lena = seen[(GV, "Anna Schmidt")], seen[(TSV, "Lena Kühn")]
    assert anna["status"] == "imbalanced" and anna["direction"] == "me"
    assert F("0.75") <= anna["share"] <= F("0.85")
    assert lena["status"] == "imbalanced" and lena["direction"] == "partner"
    for v in data["values"]:
        assert v["network"] in nets and v["to"] in ("me", "partner") and v["what"].strip()
        assert v["partner"] is None or v["network"] in names[v["partner"]], v
        assert START <= date.fromisoformat(v["date"]) <= ANCHOR, v
    statuses = [b["status"] for b in seen.values()]
    assert statuses.count("balanced") >= 3 and "leaning" in statuses
    assert any(b["status"] == "too_little_data" and 1 <= b["n"] <= 2 for b in seen.values())
    print("* weight 0 in this network (money does not count)")
    # The talk with Anna was more than 30 days ago, so her prompt is active again.
    assert (ANCHOR - talks[(GV, "Anna Schmidt")]).days > 30

    with (HERE / "example.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[0] == CSV_HEADER_DE and rows[1:] == [german_row(r) for r in CSV_ROWS]
    for row in CSV_ROWS:
        assert row[0] in nets and row[2] in ("me", "partner") and row[10] in ("yes", "no")
        assert not row[1] or row[0] in names[row[1]], row
        assert re.fullmatch(r"[0-9]{2}\.[0-9]{2}\.[0-9]{4}", row[3])
        assert not row[5] or re.fullmatch(r"[0-9]+,[0-9]{2}", row[5])
    print("self-check ok")


def main() -> int:
    rng = random.Random(SEED)
    data = {
        "format": FORMAT,
        "anchor": ANCHOR.isoformat(),
        # The person whose data this is: exports name her beside each partner.
        "owner": "Petra Vogel",
        "networks": NETWORKS,
        "partners": [{"name": name, "networks": nets} for name, nets in PARTNERS],
        "contributions": generate(rng),
        "conversations": CONVERSATIONS,
        "values": VALUES,
    }
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    (HERE / "demo.json").write_text(text, encoding="utf-8")
    write_csv(HERE / "example.csv")
    self_check(json.loads((HERE / "demo.json").read_text(encoding="utf-8")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
