"""Dates in Arabic news text, resolved against the article's publication day.

Syrian outlets write months in two series at once (``22 يناير كانون الثاني``,
``تشرين الأول/أكتوبر``) and most events relative to the day of writing (``أمس``, ``فجر اليوم``,
``الأول من أمس``, ``السبت الماضي``, ``ليل الجمعة``). Every cue becomes an ISO date plus ACLED's
``time_precision`` (1 day, 2 week, 3 month); cues too vague to date (``قبل أيام``,
``الأيام الماضية``) are still returned (date None) so callers know a vague time was given.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Final

from ..text.normalize import fold
from .numbers import Tok, WordTest, fold_indexed, word_positions, words_of

# Folded month names → month number (fold: أإآ→ا, ة→ه, ى→ي).
_WESTERN: Final = {"يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
                   "يوليو": 7, "يوليه": 7, "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11,
                   "ديسمبر": 12}
_LEVANT: Final = {"كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6,
                  "تموز": 7, "اب": 8, "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11,
                  "كانون الاول": 12}
_MONTHS: Final = {**_WESTERN, **_LEVANT}
_UNITS: Final = ["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]
# في الثاني من أيار، الحادي والعشرين من آذار: a day of the month written as an ordinal (folded)
_ORDINAL_DAYS: Final = {**{w: k for k, w in enumerate(_UNITS, 1)}, "العاشر": 10, "الحادي عشر": 11,
                        **{f"{w} عشر": k for k, w in enumerate(_UNITS[1:], 12)}, "العشرين": 20, "الثلاثين": 30,
                        **{f"{'الحادي' if k == 1 else w} والعشرين": 20 + k for k, w in enumerate(_UNITS, 1)},
                        "الحادي والثلاثين": 31}
# Weekday names → Python weekday() (Monday 0).
_WEEKDAYS: Final = {"الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4,
                    "السبت": 5, "الاحد": 6}


@dataclass(frozen=True, slots=True)
class DateMention:
    """A time cue in a text (``[start, end)`` in that text) and the date it resolves to."""

    start: int
    end: int
    date: str | None  # ISO; None when the cue is too vague or nothing to resolve against
    precision: int | None  # 1 day, 2 week, 3 month
    kind: str  # absolute | relative | weekday | month | vague


def _alt(names) -> str:
    return "|".join(sorted((re.escape(n).replace(r"\ ", r"\s+") for n in names), key=len, reverse=True))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    month = rf"(?:{_alt(_MONTHS)})"
    month_group = rf"{month}(?:\s*/\s*{month}|\s+(?!اب\b){month})?"
    safe_month = (rf"(?:{_alt(set(_MONTHS) - {'اب'})}"  # bare آب is also "father": a month when a year or
                  r"|اب(?=\s*/|\s+(?:الماضي|الفائت|المنصرم|الجاري|الحالي|(?:19|20)\d\d)(?![\u0621-\u064A\d])))")  # "last" follows
    weekday = rf"(?:{_alt(_WEEKDAYS)})"
    part = r"(?:فجر|صباح|ظهر|عصر|مساء|ليل|ليله|يوم|منتصف\s+ليل)"
    b = (r"(?:(?<![\u0621-\u064A\d])[وف]?"  # a leading "and" (وأمس، ففي) is kept in the cue
         r"|(?<=(?<![\u0621-\u064A])ال)(?=\d))")  # الـ19 من تشرين الأول: the article before a day
    e = r"(?![\u0621-\u064A])"
    alts = [
        rf"(?P<abs>(?:(?P<day>\d{{1,2}})\s+(?:من\s+)?|(?<!كانون\s)(?<!تشرين\s)(?P<oday>{_alt(_ORDINAL_DAYS)})\s+من\s+)(?:شهر\s+)?(?P<amonth>{month_group})(?:\s+(?:من\s+)?(?:العام\s+|عام\s+)?(?P<year>\d{{4}}))?)",
        rf"(?P<dom>(?:(?P<domday>\d{{1,2}})|(?P<domoday>{_alt(_ORDINAL_DAYS)}))\s+من\s+(?:هذا\s+)?الشهر\s*(?P<domwhich>نفسه|ذاته|الجاري|الحالي|الماضي|الفائت|المنصرم|السابق)?)",
        rf"(?P<monyear>(?P<mymonth>{safe_month}(?:\s*/\s*{month})?)\s+(?P<mmyear>(?:19|20)\d\d))",
        rf"(?P<mon>(?P<mq>مطلع|بدايه|اوائل|منتصف|اواسط|اواخر|نهايه|اخر|في|خلال|شهر|منذ)\s+(?:شهر\s+)?(?P<mmonth>{safe_month}(?:\s*/\s*{month})?)(?:\s+(?P<myear>\d{{4}}))?(?:\s+(?P<mpast>الماضي|الفائت|المنصرم|الجاري|الحالي))?)",
        rf"(?P<before2>(?:{part}\s+)?(?:الاول\s+من\s+امس|امس\s+الاول|اول\s+امس|اول\s+من\s+امس))",
        rf"(?P<yest>(?:{part}\s+)?(?:ال)?امس(?:\s+(?P<yday>{weekday}))?)",  # (فجر الأمس: yesterday with the article)
        r"(?P<sameday>(?:(?:ذات|نفس|ذلك)\s+اليوم|اليوم\s+(?P<sdwhich>نفسه|ذاته|التالي|السابق))(?![\u0621-\u064A]))",
        rf"(?P<today>(?<!من\s)(?:{part}\s+)?اليوم(?:\s+(?P<tday>{weekday}))?(?!\s+(?:ال\s*\d|ال[\u0621-\u064A]+ين\b|الاخير|الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|الواحد)))",
        r"(?P<tonight>الليله\s+الماضيه|فجرا|صباح\s+هذا\s+اليوم"
        r"|وقت\s+(?:سابق|لاحق)\s+(?:من\s+)?(?:هذا\s+)?اليوم)",  # (في) وقت سابق من اليوم: earlier today
        rf"(?P<wd>(?P<wpart>{part}\s+)?(?P<wname>{weekday})(?:\s+(?P<wpast>الماضي|الفائت|المنصرم))?)",
        r"(?P<yearonly>(?:(?:في|خلال|منذ)\s+)?(?:عام|العام|سنه|صيف|شتاء|ربيع|خريف|مطلع|اواخر)\s+(?P<yonly>(?:19|20)\d\d))",
        r"(?P<week>(?:خلال\s+)?الاسبوع\s+(?:الماضي|الفائت|المنصرم))",
        r"(?P<thisweek>(?:خلال\s+|هذا\s+)?الاسبوع\s+(?:الجاري|الحالي)|هذا\s+الاسبوع)",
        r"(?P<lastmonth>الشهر\s+(?:الماضي|الفائت|المنصرم|السابق))",
        r"(?P<yearstart>(?:مطلع|بدايه|اوائل)\s+(?:هذا\s+)?العام(?:\s+(?:الجاري|الحالي))?)",
        r"(?P<lastyear>العام\s+(?:الماضي|الفائت|المنصرم)|السنه\s+(?:الماضيه|الفائته))",
        r"(?P<ago>قبل\s+(?P<agon>\d+(?=\s+(?:يوما|ايام|يوم)\b)|يومين|اسبوع|اسبوعين|ايام|ساعات|اشهر|شهر|شهرين)(?:\s+(?:يوما|ايام|يوم))?)",
        r"(?P<longago>قبل\s+(?:\d+\s+)?(?:اعوام|سنوات|عاما|سنه|عام|عامين|سنتين|اشهر|شهرا))",
        r"(?P<vague>منذ\s+ايام|منذ\s+اشهر|(?:خلال\s+|في\s+)?(?:الايام|الساعات|الاسابيع|الاشهر)\s+(?:ال\d+\s+)?(?:الماضيه|الاخيره|الفائته|السابقه)|(?:خلال\s+)?(?:اليومين|الساعات\s+ال\d+)\s+(?:الماضيين|الماضيه|الاخيرين)|مؤخرا|في\s+الاونه\s+الاخيره)",
    ]
    return re.compile(b + "(?:" + fold("|".join(alts)) + ")" + e)


def _weekday_on_or_before(pub: date, weekday: int, strictly_before: bool = False) -> date:
    back = (pub.weekday() - weekday) % 7
    if back == 0 and strictly_before:
        back = 7
    return pub - timedelta(days=back)


def _month_of(name: str) -> int:
    first = re.split(r"\s*/\s*", name)[0]
    key = " ".join(first.split())
    if key in _MONTHS:
        return _MONTHS[key]
    two = " ".join(key.split()[:2])
    return _MONTHS.get(two) or _MONTHS[key.split()[0]]


def _resolve(m: re.Match[str], pub: date | None) -> tuple[str | None, int | None, str]:
    g = m.group
    if g("abs"):
        month = _month_of(g("amonth"))
        day = int(g("day")) if g("day") else _ORDINAL_DAYS[re.sub(r"\s+", " ", g("oday"))]
        year = int(g("year")) if g("year") else (pub.year if pub else None)
        if year is None or not 1 <= day <= 31:
            return None, 1, "absolute"
        try:
            d = date(year, month, day)
        except ValueError:
            return None, 1, "absolute"
        if not g("year") and pub and d > pub + timedelta(days=2):
            d = d.replace(year=year - 1)
        return d.isoformat(), 1, "absolute"
    if g("dom"):  # في 8 من الشهر نفسه/الجاري: a day of the story's month; 30 من الشهر الماضي: of the one before
        if pub is None:
            return None, 1, "absolute"
        first = pub.replace(day=1)
        if g("domwhich") in ("الماضي", "الفائت", "المنصرم", "السابق"):
            first = (first - timedelta(days=1)).replace(day=1)
        try:
            d = first.replace(day=_dom_day(m))
        except ValueError:
            return None, 1, "absolute"
        return (d.isoformat(), 1, "absolute") if d <= pub + timedelta(days=2) else (None, 1, "absolute")
    if g("monyear"):
        return date(int(g("mmyear")), _month_of(g("mymonth")), 1).isoformat(), 3, "month"
    if g("mon"):
        month = _month_of(g("mmonth"))
        year = int(g("myear")) if g("myear") else (pub.year if pub else None)
        if year is None:
            return None, 3, "month"
        if not g("myear") and pub and (month > pub.month or (month == pub.month and g("mpast") in ("الماضي", "الفائت", "المنصرم"))):
            year -= 1
        return date(year, month, 1).isoformat(), 3, "month"
    if pub is None:
        return None, None, "relative"
    if g("before2"):
        return (pub - timedelta(days=2)).isoformat(), 1, "relative"
    if g("yest"):
        return (pub - timedelta(days=1)).isoformat(), 1, "relative"
    if g("today") or g("tonight"):
        return pub.isoformat(), 1, "relative"
    if g("wd"):
        d = _weekday_on_or_before(pub, _WEEKDAYS[g("wname")], strictly_before=bool(g("wpast")))
        part = (g("wpart") or "").strip()
        if part.startswith(("ليل", "منتصف")) and d < pub:  # a night "ليل الجمعة" takes the later day
            d += timedelta(days=1)
        return d.isoformat(), 1, "weekday"
    if g("yearonly"):
        return date(int(g("yonly")), 1, 1).isoformat(), 3, "month"
    if g("week"):
        return (pub - timedelta(days=7)).isoformat(), 2, "relative"
    if g("thisweek"):
        return pub.isoformat(), 2, "relative"
    if g("lastmonth"):
        first = pub.replace(day=1) - timedelta(days=1)
        return first.replace(day=1).isoformat(), 3, "month"
    if g("yearstart"):
        return date(pub.year, 1, 1).isoformat(), 3, "month"
    if g("lastyear"):
        return date(pub.year - 1, 1, 1).isoformat(), 3, "month"
    if g("ago"):
        n = g("agon")
        days = span_days(n) or None  # (قبل ساعات: vague, as before)
        if days is None:
            return None, None, "vague"
        return (pub - timedelta(days=days)).isoformat(), 1 if days < 7 else 2, "relative"
    return None, None, "vague"


_SPANS: Final = {"يوم": 1, "يومين": 2, "اسبوع": 7, "اسبوعين": 14, "ساعات": 0, "ساعه": 0, "ساعتين": 0}
_DAY_UNITS: Final = frozenset(("يوما", "ايام", "يوم"))


def span_days(words: str) -> int | None:
    """The days a folded stretch counts (``يومين`` 2, ``اسبوع`` 7, ``ساعات`` 0, ``3 ايام`` 3), or
    None when it counts none (``ايام``: some days)."""
    parts = words.split()
    if len(parts) == 1:
        return int(parts[0]) if parts[0].isdigit() else _SPANS.get(parts[0])
    if len(parts) == 2 and parts[0].isdigit() and parts[1] in _DAY_UNITS:
        return int(parts[0])
    return None


def _dom_day(m: re.Match[str]) -> int:
    """The day of ``في 8 من الشهر الجاري`` or ``في الثاني من الشهر نفسه``."""
    if m.group("domday"):
        return int(m.group("domday"))
    return _ORDINAL_DAYS[re.sub(r"\s+", " ", m.group("domoday"))]


def _parse_published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


# Words a time cue can open with (after an optional و/ف); the pattern is tried only at them,
# not at every character of the text.
_PART_WORDS: Final = ("فجر", "صباح", "ظهر", "عصر", "مساء", "ليل", "ليله", "يوم", "منتصف")
_FIRSTS: Final = frozenset(fold(w) for w in
    [w.split()[0] for w in _MONTHS] + list(_WEEKDAYS) + list(_PART_WORDS) + [
        "مطلع", "بدايه", "اوائل", "اواسط", "اواخر", "نهايه", "اخر", "في", "خلال", "شهر", "منذ",
        "الاول", "امس", "الامس", "اول", "اليوم", "الليله", "فجرا", "عام", "العام", "سنه", "صيف", "شتاء",
        "ربيع", "خريف", "الاسبوع", "هذا", "الشهر", "السنه", "قبل", "الايام", "الساعات",
        "الاسابيع", "الاشهر", "اليومين", "موخرا", "ذات", "نفس", "ذلك", "وقت", "و", "ف"] + [w.split()[0] for w in _ORDINAL_DAYS])  # "و30 مارس": a lone و before digits


_OPENERS: Final = _FIRSTS | {c + w for w in _FIRSTS for c in "وف"}
_OPENS: Final = WordTest(lambda w: w in _OPENERS or w[0].isdigit() and len(w) <= 2,  # (a date's day: 22 يناير)
                         forms=lambda: _OPENERS)


# في opens a cue only before a month, شهر, a year word or a stretch of days (في شهر آب، في عام
# 2020، في الأيام الماضية: the pattern's alternatives mon, yearonly and vague); before any other
# word — most of the many times it stands in an article — the pattern (~30,000 instructions a
# try) is not tried. Keep in step with those alternatives: a test checks the pattern against it.
_FI: Final = frozenset(fold(w) for w in ("في", "وفي", "ففي"))
_AFTER_FI: Final = frozenset(fold(w) for w in [m.split()[0] for m in _MONTHS] + [
    "شهر", "عام", "العام", "سنة", "صيف", "شتاء", "ربيع", "خريف", "مطلع", "أواخر",
    "الأيام", "الساعات", "الأسابيع", "الأشهر", "الآونة"])


# وقت opens a cue only as "earlier/later (من) اليوم": tried only before سابق or لاحق.
_WAQT: Final = frozenset(fold(w) for w in ("وقت", "ووقت"))
_AFTER_WAQT: Final = frozenset(fold(w) for w in ("سابق", "لاحق"))
# هذا opens a cue only as "this week" (هذا الأسبوع), ذلك، ذات and نفس only as "that same day" (ذلك
# اليوم، ذات اليوم): the pattern's alternatives thisweek and sameday; elsewhere (هذا الهجوم، وذلك بعد)
# a try fails (~6 µs each, a few times an article).
_THIS: Final = frozenset(fold(c + w) for c in ("", "و", "ف") for w in ("هذا",))
_AFTER_THIS: Final = frozenset({fold("الأسبوع")})
_SAME_DAY: Final = frozenset(fold(c + w) for c in ("", "و", "ف") for w in ("ذلك", "ذات", "نفس"))
_AFTER_SAME_DAY: Final = frozenset({fold("اليوم")})
# خلال and منذ open a cue only where في does (a month, شهر, a year word, a stretch of days: mon,
# yearonly, vague), and خلال also before الأسبوع (week, thisweek) and اليومين, منذ before أيام and أشهر.
_KHILAL: Final = frozenset(fold(c + "خلال") for c in ("", "و", "ف"))
_AFTER_KHILAL: Final = _AFTER_FI | {fold("الأسبوع"), fold("اليومين")}
_MUNDH: Final = frozenset(fold(c + "منذ") for c in ("", "و", "ف"))
_AFTER_MUNDH: Final = _AFTER_FI | {fold("أيام"), fold("أشهر")}
# Digits open a cue only as a day of one or two digits before من, شهر or a month (abs, dom: 22 يناير،
# 8 من الشهر); a count (3 شهداء، 100 صاروخ) is no date. (Longer numbers are no opener at all; the
# days are listed in Western, Arabic-Indic and Persian digits, any other digits are tried as before.)
_AFTER_DAY: Final = frozenset({fold("من"), fold("شهر")} | {m.split()[0] for m in _MONTHS})
_DIGITS: Final = ("0123456789", "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669",
                  "\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9")
_DAYS: Final = frozenset([d for ds in _DIGITS for d in ds] + [a + b for ds in _DIGITS for a in ds for b in ds])
# A lone و or ف opens a cue only glued to the digits of a date (و30 مارس): every alternative opens
# with a letter or a digit, and no letter follows the token's last one. (A marker, not words.)
_GLUED_DIGITS: Final[frozenset[str]] = frozenset({"<digits right after it>"})
# The openers that open a cue only before certain words, and those words.
_ONLY_BEFORE: Final[dict[str, frozenset[str]]] = {**dict.fromkeys(_FI, _AFTER_FI), **dict.fromkeys(_WAQT, _AFTER_WAQT),
                                                  **dict.fromkeys(_THIS, _AFTER_THIS),
                                                  **dict.fromkeys(_SAME_DAY, _AFTER_SAME_DAY),
                                                  **dict.fromkeys(_KHILAL, _AFTER_KHILAL),
                                                  **dict.fromkeys(_MUNDH, _AFTER_MUNDH),
                                                  **dict.fromkeys(_DAYS, _AFTER_DAY),
                                                  **dict.fromkeys(("و", "ف"), _GLUED_DIGITS)}


def _matches(text: str):
    """The pattern's matches, left to right and non-overlapping as ``finditer`` gives them,
    tried only where a word that can open a cue stands."""
    folded, _ = fold_indexed(text)
    pattern = _pattern()
    end = 0
    words = words_of(text)
    for k in word_positions(text, _OPENS):
        tok = words[k]
        start = tok.fend - len(tok.text)
        needs = _ONLY_BEFORE.get(tok.text)
        if start < end or needs is not None and not _may_open(words, k, needs, folded):
            continue
        m = pattern.match(folded, start)
        if m:
            end = m.end()
            yield m


def _may_open(words: list[Tok], k: int, needs: frozenset[str], folded: str) -> bool:
    """May the opener at word ``k`` open a cue, given what it needs after it: one of the words
    ``needs``, or (``_GLUED_DIGITS``) digits right after it?"""
    if needs is _GLUED_DIGITS:
        return folded[words[k].fend:words[k].fend + 1].isdigit()
    return k + 1 < len(words) and words[k + 1].text in needs


def find_dates(text: str, published: str | None) -> list[DateMention]:
    """Every time cue in ``text``, left to right, resolved against ``published`` (ISO date)."""
    return dates_and_day(text, published)[0]


def dates_and_day(text: str, published: str | None) -> tuple[list[DateMention], str | None]:
    """Every time cue in ``text``, left to right, resolved against ``published`` (ISO date, or
    the stamp with its local time), and the day the text was written (ISO): the day an undated
    "today" story happened."""
    pub = _parse_published(published)
    folded, index = fold_indexed(text)
    found = [m for m in _matches(text) if not m.group("wd") or _weekday_context(folded, m)]
    pub = _writing_day(found, pub)
    out: list[DateMention] = []
    month_told: str | None = None  # "YYYY-MM" of the last date that named a month
    day_told: tuple[str, int] | None = None  # the last day (or month) told, which ``في ذات اليوم`` repeats
    for m in found:
        iso, precision, kind = _resolve(m, pub)
        if m.group("sameday"):  # ذات اليوم، اليوم التالي: the day just told (or the one after), not today
            iso, precision, kind = None, None, "vague"
            if day_told is not None:  # (a month told: the day after falls in it, as far as we know)
                iso, precision, kind = day_told[0], day_told[1], "relative"
                if precision == 1:
                    iso = _day_after(iso, _SAME_DAY_SHIFT.get(m.group("sdwhich"), 0))
        if m.group("abs") and _SINCE.search(folded, max(0, m.start() - 8), m.start()):
            iso, precision, kind = None, None, "vague"  # منذ الـ17 من تشرين الأول: a period, not a day
        if m.group("dom") and month_told and _SAME.search(m.group("dom")):
            iso = _day_of(month_told, _dom_day(m))  # في 26 (الثاني) من الشهر نفسه: of the month just named
        if iso and (m.group("abs") or m.group("mon") or m.group("monyear")):
            month_told = iso[:7]
        if iso and precision in (1, 3) and not m.group("yearonly"):
            day_told = (iso, precision)
        out.append(DateMention(index[m.start()], index[m.end() - 1] + 1, iso, precision, kind))
    undated = _undated_day(found, pub, _small_hours(published))
    return out, undated.isoformat() if undated else None


_SAME: Final = re.compile(fold("نفسه|ذاته"))
_SAME_DAY_SHIFT: Final = {"التالي": 1, "السابق": -1}


def _day_after(iso: str, days: int) -> str:
    return (date.fromisoformat(iso) + timedelta(days=days)).isoformat()


def _day_of(month: str, day: int) -> str | None:
    try:
        return date(int(month[:4]), int(month[5:7]), day).isoformat()
    except ValueError:
        return None


_SINCE: Final = re.compile(fold(r"(?:منذ|حتى)\s*(?:ال)?\s*$"))


_SMALL_HOURS: Final = 4  # a stamp before 04:00 local time is the night after the day the story was written


def _small_hours(published: str | None) -> bool:
    """Is ``published`` a stamp whose local time is after midnight and before dawn?"""
    hour = published[11:13] if published and len(published) >= 16 and published[10] in "T " else ""
    return hour.isdigit() and int(hour) < _SMALL_HOURS


def _writing_day(found: list[re.Match[str]], pub: date | None) -> date | None:
    """The day the text was written: a story stamped after midnight still says ``اليوم
    الجمعة`` (or ``أمس الخميس``) of the Friday before, and its every "today" and "yesterday"
    counts from then."""
    if pub is None:
        return None
    for m in found:
        named = _named_weekday_of_writing(m)
        if named is not None:
            if pub.weekday() != named and (pub - timedelta(days=1)).weekday() == named:
                return pub - timedelta(days=1)
            return pub
    return pub


def _undated_day(found: list[re.Match[str]], day: date | None, small_hours: bool) -> date | None:
    """The day of a story the text tells without a time cue: the day of writing; but a story
    stamped in the small hours whose text counts no day from the new one (no اليوم، أمس، فجراً،
    nor that day's weekday) is news of the evening before."""
    if day is None or not small_hours or any(_counts_from(m, day) for m in found):
        return day
    return day - timedelta(days=1)


def _named_weekday_of_writing(m: re.Match[str]) -> int | None:
    """The weekday of writing a cue names: ``اليوم الجمعة`` Friday, ``أمس الخميس`` Friday too."""
    if m.group("today") and m.group("tday"):
        return _WEEKDAYS[m.group("tday")]
    if m.group("yest") and m.group("yday"):
        return (_WEEKDAYS[m.group("yday")] + 1) % 7
    return None


def _counts_from(m: re.Match[str], day: date) -> bool:
    """Does the cue count from ``day`` (اليوم، أمس، فجراً، الليلة الماضية), or name it by its
    weekday (``فجر السبت``، ``ليل الجمعة`` of the night into it)?"""
    if m.group("today") or m.group("tonight") or m.group("yest") or m.group("before2"):
        return True
    return bool(m.group("wd")) and _resolve(m, day)[0] == day.isoformat()


_FUTURE_AFTER: Final = re.compile(fold(r"\s+(?:المقبل|القادم|المقبله|القادمه)(?![\u0621-\u064A])"))
_FUTURE_BEFORE: Final = re.compile(fold(r"(?:مرتقب|مرتقبه|المرتقب|المرتقبه|المقرر|سيعقد|ستعقد|سيلقي|سيتحدث)(?![\u0621-\u064A])(?:\s+\S+){0,3}\s+(?:يوم\s+)?$"))


def _weekday_context(folded: str, m: re.Match[str]) -> bool:
    """``الاثنين`` is also "the two", ``الجمعة`` also Friday prayers: demand a date-like setting."""
    if not m.group("wpast") and (_FUTURE_AFTER.match(folded, m.end())
                                 or _FUTURE_BEFORE.search(folded[max(0, m.start() - 30):m.start()])):
        return False  # يوم الجمعة المقبل، كلمة مرتقبة … يوم الجمعة: a day to come, not one past
    if m.group("wpart") or m.group("wpast"):
        return True
    before = folded[max(0, m.start() - 12):m.start()]
    after = folded[m.end():m.end() + 3]
    if re.search(r"(?:صلاه|خطبه|صلوات)\s*$", before):
        return False
    if m.group("wname") == "الاثنين":
        return bool(re.search(r"[،,]\s*$", before) or re.match(r"\s*[،,.]", after))
    return True
