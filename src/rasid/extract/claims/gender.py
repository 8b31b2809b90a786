"""Grammatical gender: of a cue verb (``قال / قالت``) and of a speaker, and whether they agree,
so a feminine verb does not take a masculine subject.
"""
from __future__ import annotations

import re
from typing import Final

from ...text.normalize import fold
from ..speakers import SpeakerRef, classes, strip_conj


_T_ROOTS: Final = frozenset({"لفت", "اثبت", "ثبت", "سكت"})  # masculine past verbs whose root ends in ت


def cue_gender(form: str) -> str | None:
    """Grammatical gender a verb or participle asks of its subject: ``وأضافت``/``تؤكد``/``مضيفةً``
    → f, ``وأضاف``/``يؤكد``/``مضيفاً`` → m; masculine plurals (قالوا، يقولون) → pl (people);
    duals and the rest → None (any)."""
    f = strip_conj(form)
    if f in _T_ROOTS or f[:1] in "وف" and f[1:] in _T_ROOTS:
        return "m"  # ولفت: the root ends in ت (its feminine is لفتت)
    if f.endswith(("وا", "ون")):
        return "pl"  # فأعلنوا / يقولون: people, not a body
    if f.endswith(("ين", "ان", "تا")):
        return None
    if f.endswith("ه") or f.endswith("ت") or (f.startswith("ت") and not f.startswith("تابع")):
        return "f"
    return "m"


_FEMININE_PLURALS: Final = frozenset(fold(w) for w in (  # folded, as the head word they are compared with (فصائل → فصايل)
    "مصادر", "قوات", "وسائل", "فصائل", "أوساط", "منظمات", "جماعات", "تقارير", "مليشيات",
    "ميليشيات", "كتائب", "سرايا", "وحدات", "سلطات", "صفحات", "تنسيقيات"))

_WORDS: Final = re.compile(r"\w+")
_ACRONYM_KINDS: Final = frozenset({"rebels", "militia"})
_SOURCES: Final = frozenset(fold(w) for w in ("مصدر", "مصادر"))  # a body's source: its own word gives the gender


def speaker_gender(sp: SpeakerRef, surface: str = "") -> str | None:
    """The gender a speaker takes: a person is m (مندوب سوريا قصي الضحاك too); a country f;
    a body by its head word (وزارة، مصادر → f); an unnamed source by the words that name it
    there (``surface``: ولفت المصدر → m, though it refers back to مصادر ميدانية)."""
    if sp.name and (sp.title or sp.role or not sp.org_ar):
        return "f" if _feminine_office(sp.role or sp.title or "") else "m"
    if sp.kind == "metonym":
        return "f"  # روسيا، دمشق، واشنطن
    said = _WORDS.findall(fold(surface))[:1]
    head = _WORDS.findall(fold(surface if surface and (sp.kind == "unnamed" or said and strip_conj(said[0]) in _SOURCES)
                               else sp.org_ar or ""))  # (مجلّة"فورين …: a quote glued; مصدر عسكري في قوات النظام: m)
    if not head:
        return None
    w = strip_conj(head[0])
    if len(head) == 1 and not w.startswith("ال") and sp.kind in _ACRONYM_KINDS:
        return None  # قسد، حماس، داعش: an armed group's acronym shows no gender (نفت قسد …، مؤكدةً)
        # (not a government's leader named for it: نتنياهو is a man)
    w = w.removeprefix("ال")
    return "f" if w.endswith("ه") or w in _FEMININE_PLURALS else "m"


def _feminine_office(office: str) -> bool:
    """``وزيرة الخارجية``، ``المتحدثة باسم``، ``السيدة``: an office or title whose first word is the
    feminine of one the tables list (وزير، المتحدث، السيد) names a woman, whom قالت continues."""
    words = _WORDS.findall(fold(office))[:1]
    if not words:
        return False
    w = strip_conj(words[0])
    return len(w) > 3 and w.endswith("ه") and bool(classes(w[:-1]) & {"role", "title"})


_PEOPLE_KINDS: Final = frozenset({"unnamed", "person", "civilians"})  # who a plural verb (قالوا) may have for its subject


def _one_person(sp: SpeakerRef) -> bool:
    """A single named person (``غسان كنفاني``), not people joined by و (``X وزعماء المعارضة``):
    a plural verb (فأعلنوا، ويتحدثون) never has one for its subject."""
    return sp.name is not None and not any(w.startswith("و") for w in sp.name.split()[1:])


def agrees(g: str | None, sp: SpeakerRef | None, text: str = "") -> bool:
    """Does a verb of gender ``g`` fit the speaker (``text``: the document's, for the words
    that name an unnamed source)?"""
    if sp is None or g is None:
        return True
    if g == "pl":
        return sp.kind in _PEOPLE_KINDS and not _one_person(sp)  # فأعلنوا after a body named earlier: not that body
    h = speaker_gender(sp, text[sp.start:sp.end] if text else "")
    return h is None or h == g
