"""What the cues say about the text as a whole, gathered once before any event cue is read: where
event cues, reporting verbs, weapons and foreign names stand, which places can host events, and
which words qualify the event cues around them (``_Marks``).
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Final

from ...text.normalize import fold
from ..event_args import AIR_ADJ, background_sentences, located_abroad, locators, suffered_word
from ..event_text import Layout, Row, glued_nationality, inside_actor, usable
from ..numbers import WordTest, word_positions
from .drafts import _Marks
from .filters import _liberation_name
from .words import _DEFENCES, _EVENT_ROLES, _HOME_FORCES, _folded


_SUFFERED: Final = WordTest(suffered_word, rest=suffered_word, rest_from=len(fold("تعرض")))  # (its stem's length at least)


_FLIGHT: Final = re.compile(fold(r"^[وفب]?(?:حلق|حلقت|يحلق|تحلق|تحليق|تحليقا|التحليق|للتحليق)$"))
_FLIGHT_STEM: Final = fold("حل")  # every form of _FLIGHT holds it: a cheap test before the pattern
_FLIGHT_AFTER: Final = 3  # words after an aircraft where its flying is told (الطيران المروحي الأميركي حلّق); a flight


# told before it (وسط تحليق مكثف للطيران الحربي) mostly frames the strikes of that aircraft


def _flying(lay: Layout, tok: int) -> bool:
    """An aircraft told flying over (``الطيران المروحي الأميركي حلّق في أجواء المنطقة بعد الاستهداف``،
    ``بينما كان الطيران الأميركي يحلّق من دون أن يتدخّل``) watches the fight: not the means of an
    attack told beside it."""
    sent = lay.sentences[lay.seg("s", lay.toks[tok].start)]
    hi = min(len(lay.toks), tok + 1 + _FLIGHT_AFTER)
    return any(lay.toks[k].start < sent.end and _FLIGHT_STEM in lay.toks[k].text and _FLIGHT.match(lay.toks[k].text)
               for k in range(tok + 1, hi))


def _for_cause(lay: Layout, start: int) -> bool:
    """The mention at ``start`` follows ``نصرة``/``تضامنا مع``/``دعما ل`` … (``_FOR_CAUSE``)."""
    return _FOR_CAUSE.search(lay.ftext(max(0, start - 24), start)) is not None


_DEMANDS: Final = frozenset(fold(w) for w in ("طالب", "طالبت", "يطالب", "تطالب", "المطالبة", "مطالبات", "مطالبين"))


_FOR_CAUSE: Final = re.compile(fold(r"(?:نصرة|تضامنا|تضامن|دعما|تأييدا)\s+(?:مع\s+|ل)?(?:(?:ل|ال)?(?:أهالي|أهل|شعب)\s+)?$"))


# وقفة تضامنية في دمشق نصرةً لغزة: the place abroad a rally stands for is its cause, not where it is


_CueRow = tuple[int, int, int, Row]  # (token, start, end, row) of a lexicon match


def _by_role(cues: list[_CueRow]) -> dict[str, list[_CueRow]]:
    """The cues of each role, in text order: each mark reads its own few rather than every cue
    again (a few dozen passes over all of them, once)."""
    out: dict[str, list[_CueRow]] = {}
    for c in cues:
        role = c[3].role
        group = out.get(role)
        if group is None:
            group = out[role] = []
        group.append(c)
    return out


_NONE: Final[list[_CueRow]] = []  # (a role no cue has: read only)


def _event_cues(cues: list[_CueRow]) -> list[_CueRow]:
    """The event cues, in text order."""
    return [c for c in cues if c[3].role in _EVENT_ROLES]


def _toks(roles: dict[str, list[_CueRow]], role: str) -> list[int]:
    """The tokens of the cues of ``role``, in text order."""
    return [t for t, s, e, r in roles.get(role, _NONE)]


def _starts(roles: dict[str, list[_CueRow]], role: str) -> list[int]:
    """The starts of the cues of ``role``, in text order."""
    return [s for t, s, e, r in roles.get(role, _NONE)]


def _annotate(lay: Layout, cues: list[tuple[int, int, int, Row]], roles: dict[str, list[_CueRow]]) -> None:
    """What the cues say about the text as a whole: where event cues, reporting verbs and
    foreign names stand, which place mentions only locate others, and so which can host events.
    (``roles``: ``_by_role(cues)``.)"""
    events = _event_cues(cues)
    weapons = roles.get("weapon", _NONE)
    nationality = roles.get("nationality", _NONE)
    lay.cue_starts = [s for t, s, e, r in events if not _liberation_name(lay, s, r.form)]
    lay.cue_start_set = set(lay.cue_starts)
    lay.cue_order = sorted(lay.cue_starts)
    lay.cue_spans = [(s, e) for t, s, e, r in cues
                     if r.role not in ("abroad", "report", "report_after", "nationality", "civilian", "result")]
    ends = {bisect.bisect_right(lay.tok_starts, e - 1) - 1 for t, s, e, r in events}
    ends |= {bisect.bisect_right(lay.tok_starts, e - 1) - 1 for t, s, e, r in weapons
             if not _flying(lay, t)}  # (الطيران الأميركي حلّق: no author named by its adjective)
    ends |= {t + 1 for t in ends if t + 1 < len(lay.toks) and lay.toks[t + 1].text in AIR_ADJ}  # غارات جوية روسية
    lay.nationals = [(t, r.sub) for t, s, e, r in nationality if t - 1 in ends
                     and not (r.sub == _HOME_FORCES and inside_actor(lay, s, e))]  # (الدفاعات الجوية السورية)
    lay.nationals += [(t, force) for t, s, e, r in events if t - 1 in ends
                      and (force := glued_nationality(lay.toks[t].text))]  # طائرات روسيةاستهدفت
    lay.nationals += [(t + 1, force) for t in ends if t + 1 < len(lay.toks)
                      and (force := glued_nationality(lay.toks[t + 1].text))]  # لعدوان إسرائيليمتزامن
    lay.nationals.sort()
    lay.weapon_starts = [s for t, s, e, r in weapons]
    lay.target_nationals = [(t, r.sub) for t, s, e, r in nationality if t - 1 not in ends
                            and r.sub != _HOME_FORCES  # (القوات السورية، الأراضي السورية: the army named, or the land)
                            and any(_target_noun(lay.toks[j].text) for j in range(max(0, t - 3), t))]  # قاعدة التنف الأميركية
    lay.civilian_targets = [s for t, s, e, r in roles.get("civilian", _NONE)]
    lay.reports = [(s, e, r.role) for t, s, e, r in cues if r.role in ("report", "report_after")]
    lay.abroad_spans = [(s, e) for t, s, e, r in roles.get("abroad", _NONE) if not inside_actor(lay, s, e)
                        and not any(ps <= s and e <= pe and usable(p)
                                    for ps, pe, p in lay.places)]  # "حرير" inside "بصرى الحرير"; صيدا the geocoder placed in Daraa
    lay.abroad_clauses |= {lay.seg("c", s) for s, e in lay.abroad_spans}
    abroad = [s for s, e, p in lay.places if p.abroad] + [s for s, e in lay.abroad_spans]
    lay.abroad_at = sorted(abroad)
    for_cause = [(lay.seg("c", s), _for_cause(lay, s)) for s in abroad]  # (each asked once)
    causes = {c for c, cause in for_cause if cause}
    lay.abroad_clauses -= causes - {c for c, cause in for_cause if not cause}
    lay.abroad_places = located_abroad(lay, lay.abroad_spans)
    lay.locators = locators(lay)
    lay.listed_finer = lay.listed_with_finer()  # the lists are known now
    lay.suffered_toks = word_positions(lay.doc.text, _SUFFERED)
    lay.reply_toks = [t for t, s, e, r in roles.get("reply", _NONE)]
    cue_spans = sorted(lay.cue_spans)
    lay.set_event_places([(s, e, p, lay.place_segs[k]) for k, (s, e, p) in enumerate(lay.places)
                          if k not in lay.locators and k not in lay.abroad_places and usable(p)
                          and not _overlaps(lay.abroad_spans, s, e) and not _overlaps(cue_spans, s, e)])  # "عدوان" is a cue


@lru_cache(maxsize=4096)
def _target_noun(word: str) -> bool:
    """``القاعدة الأميركية``، ``مواقع تركية``، ``قوات أميركية``: what a force's adjective marks as a target."""
    for p in ("", "و", "ب", "ل", "وال", "بال", "لل", "ال"):
        if word.startswith(p) and word[len(p):] in _TARGET_NOUNS:
            return True
    return False


_TARGET_NOUNS: Final = frozenset(fold(w) for w in (
    "قاعدة", "قواعد", "مواقع", "موقع", "نقاط", "نقطة", "مقر", "مقرات", "قوات", "جنود", "آليات", "دورية",
    "دوريات", "رتل", "أرتال", "مطار", "قافلة", "طائرة", "مسيرة", "منشآت", "ثكنة", "تجمعات", "مستشارين"))


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """Does any of ``spans`` (sorted by start, none much longer than a phrase) overlap [s, e)?"""
    k = bisect.bisect_left(spans, (e,))
    return any(spans[j][1] > s for j in range(max(0, k - 4), k))


_RESULT_REACH: Final = 2  # a result verb right after the weapon, or after one word more (طائرة مسيرة تركية أسفرت)


def _striking_weapons(lay: Layout, cues: list[tuple[int, int, int, Row]]) -> list[tuple[int, int, int, Row]]:
    """A weapon followed by a verb of outcome (``طائرة من دون طيار أسفرت عن مقتل أميركي``، ``قذيفة أدت
    إلى إصابة``) with no attack word before it in its sentence tells a strike: it also stands as a
    cue of its own kind."""
    results = {t for t, s, e, r in cues if r.role == "result" and lay.texts[t] == _folded(r.form)}  # (not وادي)
    if not results:
        return cues
    out = []
    told = -1  # the sentence of the last event cue: a weapon after one is its means (هجوم شنته مسيرة أدى إلى …)
    for t, s, e, r in cues:
        out.append((t, s, e, r))
        if r.role in _EVENT_ROLES:
            told = lay.seg("s", s)
        elif r.role == "weapon" and r.event_type == "Explosions/Remote violence" and told != lay.seg("s", s) \
                and not _DEFENCES.search(_folded(r.form)):
            last = bisect.bisect_right(lay.tok_starts, e - 1) - 1
            if any(last + k in results for k in range(1, _RESULT_REACH + 1)):
                out.append((t, s, e, Row(r.event_type, r.sub, "trigger", r.form)))
    return out


def _marks_of(lay: Layout, cues: list[tuple[int, int, int, Row]], roles: dict[str, list[_CueRow]]) -> _Marks:
    """Sort the text's cues by what they say of the event cues around them (``roles``:
    ``_by_role(cues)``)."""
    events = _event_cues(cues)
    block_toks = set(_toks(roles, "block"))
    return _Marks(
        block_toks=block_toks,
        protest_blocks={t for t in block_toks if lay.texts[t] not in _DEMANDS},
        ongoing=set(_toks(roles, "ongoing")),
        conditions=sorted(_starts(roles, "hypothetical")),
        block_after=sorted(_starts(roles, "block_after")),
        habitual=set(_toks(roles, "habitual")),
        patterns=sorted(_toks(roles, "pattern")),
        times=sorted(_starts(roles, "times")),
        plans=set(_toks(roles, "plan")),
        foiled=sorted(_starts(roles, "foiled")),
        aims=set(_toks(roles, "aim")),
        interventions=_starts(roles, "intervene"),
        stones=sorted(s for t, s, e, r in roles.get("riot", _NONE) if not _road_blocked(lay, t)),
        event_starts=sorted(lay.cue_starts),
        event_rows={s: r for t, s, e, r in events},
        strikes=sorted(s for t, s, e, r in events if r.role != "disrupt"),
        weapons=[(s, e, r) for t, s, e, r in roles.get("weapon", _NONE) if not _flying(lay, t)],
        background=background_sentences(lay),
        abroad_starts=sorted(a0 for a0, a1 in lay.abroad_spans),
        home_starts=sorted(s for s, e, p, seg in lay.event_places),
    )


_ROAD_BLOCK: Final = re.compile(fold(r"^[وف]?(?:ال)?(?:طرق|طريق|طرقات|شوارع|شارع|أغلق\S*|قطع\S*|مغلق\S*)$"))
_ROAD_BLOCK_WINDOW: Final = 4  # words before the stones where the road they close stands


def _road_blocked(lay: Layout, tok: int) -> bool:
    """``أغلق المحتجون الطرق الرئيسية بالحجارة والإطارات``: stones that close a road are no stones
    thrown at anyone — the protest stays peaceful (ACLED)."""
    return any(_ROAD_BLOCK.match(lay.toks[k].text) for k in range(max(0, tok - _ROAD_BLOCK_WINDOW), tok))
