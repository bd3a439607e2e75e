"""Dates, windows and dates ahead as people type them (ISO, German day-first, words)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from balance.core.errors import ValidationError
from balance.core.parse.common import (
    DATE_FORMS,
    EPOCH,
    WINDOW_FORMS,
    Lazy,
    _Bad,
    _prepare,
    _show,
    _with_forms,
)
from balance.locale import N_, _

# -------------------------------------------------------------------------- dates

_ISO = Lazy(r"(?P<y>[0-9]{4})-(?P<m>[0-9]{1,2})-(?P<d>[0-9]{1,2})", re.ASCII)
_GERMAN = Lazy(r"(?P<d>[0-9]{1,2})\.(?P<m>[0-9]{1,2})(?:\.(?P<y>[0-9]{4}|[0-9]{2})?)?", re.ASCII)
_RELATIVE = Lazy(
    r"[-\u2212]\s*(?P<n1>[0-9]+)\s*(?P<u1>days|day|d|weeks|week|w)"
    r"|(?P<n2>[0-9]+)\s*(?P<u2>days|day|d|weeks|week|w)\s+ago"
    r"|vor\s+(?P<n3>[0-9]+)\s*(?P<u3>tagen|tag|wochen|woche)",
    re.ASCII,
)
#: '27 Nov 2026' / '27. Nov. 2026', as the app writes days in sentences: typed back too.
_NAMED = Lazy(r"(?P<d>[0-9]{1,2})\.?\s*(?P<mon>[a-zä]{3,9})\.?\s*(?P<y>[0-9]{4})?")
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "jan january januar jän jänner",
            "feb february februar",
            "mar march mär märz mrz",
            "apr april",
            "may mai",
            "jun june juni",
            "jul july juli",
            "aug august",
            "sep sept september",
            "oct october okt oktober",
            "nov november",
            "dec december dez dezember",
        ),
        start=1,
    )
    for name in names.split()
}
_WORDS = {"today": 0, "heute": 0, "yesterday": 1, "gestern": 1, "vorgestern": 2}


def _date(text: str, today: date) -> date:
    original = _prepare(text)
    body = original.lower()
    if body in _WORDS:
        return today - timedelta(days=_WORDS[body])
    if rel := _RELATIVE.fullmatch(body):
        count = int(rel["n1"] or rel["n2"] or rel["n3"])
        unit = rel["u1"] or rel["u2"] or rel["u3"]
        days = count * 7 if unit[0] == "w" else count
        if days > (today - EPOCH).days:
            raise _before_1970(original)
        return today - timedelta(days=days)
    if iso := _ISO.fullmatch(body):
        return _checked(original, int(iso["y"]), int(iso["m"]), int(iso["d"]), today)
    if german := _GERMAN.fullmatch(body):
        day, month, year = int(german["d"]), int(german["m"]), german["y"]
        if year is None:
            return _recent(original, day, month, today)
        full = int(year) if len(year) == 4 else _century(int(year), today)
        return _checked(original, full, month, day, today)
    if (named := _NAMED.fullmatch(body)) and named["mon"] in _MONTHS:
        day, month = int(named["d"]), _MONTHS[named["mon"]]
        if named["y"] is None:
            return _recent(original, day, month, today)
        return _checked(original, int(named["y"]), month, day, today)
    raise _Bad(_("{text} is not a date").format(text=_show(original)))


def _before_1970(original: str) -> _Bad:
    return _Bad(_("{text} is before 1970").format(text=_show(original)))


def _no_such_day(original: str) -> _Bad:
    return _Bad(_("{text}: that day does not exist").format(text=_show(original)))


def _in_future(original: str) -> _Bad:
    return _Bad(_("{text} is in the future").format(text=_show(original)))


def _century(two_digits: int, today: date) -> int:
    """27.11.26 -> 2026, 27.11.99 -> 1999: the latest year that is not in the future.

    Not dateutil's pivot, which depends on the machine's clock rather than on
    the `today` the caller passes, and so would make tests and imports vary.
    """
    year = 2000 + two_digits
    return year if year <= today.year else year - 100


def _checked(original: str, year: int, month: int, day: int, today: date) -> date:
    if year < EPOCH.year:
        raise _before_1970(original)
    try:
        result = date(year, month, day)
    except ValueError:
        raise _no_such_day(original) from None
    if result > today:
        raise _in_future(original)
    return result


#: `27.11.` that far ahead at most counts as this year's (refused), not last year's.
SOON_DAYS = 31


def _recent(original: str, day: int, month: int, today: date) -> date:
    """27.11. means the latest 27 November that is not in the future: 05.12.
    typed on 10 January is last year's 5 December.

    Except that a day of this year up to SOON_DAYS ahead is a typo or a plan,
    not a day almost a year ago: 30.11. typed on 28.11. is refused as in the
    future, and the message says how to write last year's.
    """
    for year in (today.year, today.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if year == today.year and today < candidate <= today + timedelta(days=SOON_DAYS):
            day_month = f"{candidate:%d.%m.}"
            raise _Bad(
                _(
                    "{text} is in the future (this year's {day} has not come yet; "
                    "for last year's write {last_year})"
                ).format(text=_show(original), day=day_month, last_year=f"{day_month}{year - 1}")
            )
        if candidate <= today:
            if candidate < EPOCH:
                raise _before_1970(original)
            return candidate
    if (month, day) == (2, 29):
        raise _Bad(
            _("{text} needs a year: no 29 February in the last 12 months").format(
                text=_show(original)
            )
        )
    raise _no_such_day(original)


def parse_date(text: str, today: date) -> date:
    """Read the day something happened (field "date"), relative to `today`.

    Accepts `today`/`heute`, `yesterday`/`gestern`, `vorgestern`, ISO
    `2026-11-27`, German day-first `27.11.2026`, `27.11.26` (the latest such
    year not after today), `27.11.` (the latest 27 November not after today),
    and `-3d`, `3d ago`, `3 days ago`, `-2w`, `2 weeks ago`, `vor 3 Tagen`.

    Each form is matched by an explicit regex and built with `datetime.date`,
    which refuses 31.02.2026; dateutil's parser is deliberately not used,
    because its fuzzy guessing accepts garbage and its two-digit-year pivot
    follows the system clock instead of `today`. Dates after `today` and
    before 1970-01-01 are refused: a contribution has already happened.
    """
    try:
        return _date(text, today)
    except _Bad as bad:
        raise ValidationError("date", _with_forms(bad.reason, _(DATE_FORMS))) from None


# ------------------------------------------------------------------------ windows

_SPAN = Lazy(r"(?P<n>[0-9]+)\s*(?P<u>[dwmy])", re.ASCII)


def _window(text: str, today: date) -> tuple[date | None, date]:
    from dateutil.relativedelta import relativedelta  # lazy: not on the log path

    original = _prepare(text)
    body = original.lower()
    if body in ("all", "alle"):
        return None, today
    if span := _SPAN.fullmatch(body):
        count = int(span["n"])
        if count == 0:
            raise _Bad(_("{text} is an empty window").format(text=_show(original)))
        # A window reaching before 1970 covers all data there can be: clamp it.
        # Checked with the shortest length of each unit first, so relativedelta
        # is never asked for year -97974 by "99999y".
        if count * {"d": 1, "w": 7, "m": 28, "y": 365}[span["u"]] > (today - EPOCH).days:
            return EPOCH, today
        delta = {
            "d": relativedelta(days=count),
            "w": relativedelta(weeks=count),
            "m": relativedelta(months=count),
            "y": relativedelta(years=count),
        }[span["u"]]
        return max(EPOCH, today - delta), today
    if ".." in body:
        return _range(original, today)
    raise _not_a_window(original)


def _not_a_window(original: str) -> _Bad:
    return _Bad(_("{text} is not a window").format(text=_show(original)))


def _range(original: str, today: date) -> tuple[date | None, date]:
    """Split 'A..B' at the '..' where both sides parse: 27.11...28.11. has two candidates."""
    reasons: list[str] = []
    start = original.find("..")
    while start != -1:
        left, right = original[:start].strip(), original[start + 2 :].strip()
        try:
            since = _date(left, today) if left else None
            until = _date(right, today) if right else today
        except _Bad as bad:
            reasons.append(bad.reason)
        else:
            if left or right:
                if since is not None and since > until:
                    raise _Bad(_("{text} starts after it ends").format(text=_show(original)))
                return since, until
        start = original.find("..", start + 1)
    if len(reasons) == 1:
        raise _Bad(
            _("{text} has a bad date: {reason}").format(text=_show(original), reason=reasons[0])
        )
    raise _not_a_window(original)


def parse_window(text: str, today: date) -> tuple[date | None, date]:
    """Read a reporting window as (since, until), both inclusive (field "window").

    `3m`, `6m`, `12m` (any N months: today minus N calendar months via
    relativedelta, so 6m on 2026-11-28 is 2026-05-28..2026-11-28), `1y`, also
    `90d` and `2w`; `all` gives since None; `A..B` takes any `parse_date` form
    on either side, and an open side: `2026-01-01..` ends today, `..2026-06-30`
    has since None. A window reaching before 1970 is clamped to 1970-01-01.
    """
    try:
        return _window(text, today)
    except _Bad as bad:
        raise ValidationError("window", _with_forms(bad.reason, _(WINDOW_FORMS))) from None


# -------------------------------------------------------------- dates ahead

_AHEAD = Lazy(
    r"(?:\+|in\s+)(?P<n>[0-9]{1,4})\s*"
    r"(?P<u>d|days?|t|tagen?|w|weeks?|wochen?|m|months?|monaten?|monate)",
    re.ASCII,
)
REVIEW_FORMS = N_("use 2027-03-01, 01.03.2027, +90d, +12w or +3m")


def parse_future_date(text: str, start: date) -> date:
    """A date on or after `start` (field "next-review"): a next review lies ahead.

    Accepts ISO and German full dates and `+90d`, `+12w`, `+3m`, `in 3 months`
    (relativedelta from `start`); unlike `parse_date` the future is the point.
    """
    from dateutil.relativedelta import relativedelta  # lazy: not on the log path

    try:
        original = _prepare(text)
    except _Bad as bad:
        raise ValidationError("next-review", _with_forms(bad.reason, _(REVIEW_FORMS))) from None
    body = original.lower()
    result: date | None = None
    if body in _WORDS:  # "today" is fine; "gestern" is a date, just one in the past
        result = start - timedelta(days=_WORDS[body])
    elif ahead := _AHEAD.fullmatch(body):
        n, unit = int(ahead["n"]), ahead["u"][0].replace("t", "d")
        delta = {"d": relativedelta(days=n), "w": relativedelta(weeks=n)}.get(
            unit, relativedelta(months=n)
        )
        result = start + delta
    elif (iso := _ISO.fullmatch(body)) or (
        (german := _GERMAN.fullmatch(body)) and german["y"] and len(german["y"]) == 4
    ):
        y, m, d = (
            (int(iso["y"]), int(iso["m"]), int(iso["d"]))
            if iso
            else (
                int(german["y"]),
                int(german["m"]),
                int(german["d"]),  # type: ignore[index]
            )
        )
        try:
            result = date(y, m, d)
        except ValueError:
            reason = _no_such_day(original).reason
            raise ValidationError("next-review", _with_forms(reason, _(REVIEW_FORMS))) from None
    if result is None:
        reason = _("{text} is not a date").format(text=_show(original))
        raise ValidationError("next-review", _with_forms(reason, _(REVIEW_FORMS)))
    if result < start:
        reason = _("{text} is before the talk").format(text=_show(original))
        raise ValidationError("next-review", _with_forms(reason, _(REVIEW_FORMS)))
    return result
