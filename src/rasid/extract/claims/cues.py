"""Reporting cues: the cue lexicon (``data/cues.tsv``, brace forms expanded), matching a cue at a
token, and the denial phrases (``data/claim_denials.tsv``) found in folded text.

Kept apart so every step that asks "is this a cue?" reads the one lexicon, loaded once.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import product
from typing import Final

import ahocorasick

from ...text.normalize import fold
from ..actors import read_tsv
from ..speakers import Tok, register_cue_words


@dataclass(frozen=True, slots=True)
class Cue:
    forms: tuple[str, ...]
    stance: str
    kind: str  # verb | present | participle | relay | nominal | prepositional
    needs: str = ""  # what must follow the speaker: "" | words | about | bi | saying | charge | claimref | act (cues.tsv)


_BRACES: Final = re.compile(r"\{([^{}]*)\}")


def expand_braces(form: str) -> list[str]:
    """``{بحسب ما,وفق ما} {ذكر,قال}{,ت}`` → every spelling: one data row for a family of forms."""
    parts = _BRACES.split(form)  # literal, choices, literal, choices, …
    return ["".join(c) for c in product(*([p] if k % 2 == 0 else p.split(",") for k, p in enumerate(parts)))]


@lru_cache(maxsize=1)
def cue_table() -> dict[str, list[Cue]]:
    """First folded word → cues starting with it, longest first."""
    table: dict[str, list[Cue]] = {}
    for rec in read_tsv("cues.tsv"):
        for form in (f for alt in (rec.get("forms") or "").split("|") for f in expand_braces(alt)):
            words = tuple(fold(form).split())
            if words:
                table.setdefault(words[0], []).append(Cue(words, rec["stance"].strip(), rec["kind"].strip(),
                                                          (rec.get("needs") or "").strip()))
    for cues in table.values():
        cues.sort(key=lambda c: -len(c.forms))
    register_cue_words({w for w, cs in table.items() if any(c.kind in ("verb", "present", "participle", "relay")
                                                              for c in cs)})
    return table


@lru_cache(maxsize=1)
def cue_lookup() -> dict[str, tuple[Cue, ...]]:
    """A token's folded form → the cues it may open: its own, then (``وقال``, ``فأكد``) those of
    the word behind a glued و/ف; one dict lookup a token."""
    table = cue_table()
    keys = set(table) | {p + k for k in table for p in "وف"}
    out = {}
    for f in keys:
        cues = list(table.get(f, ()))
        if f[:1] in "وف":
            cues += [c for c in table.get(f[1:], ()) if c not in cues]
        if cues:
            out[f] = tuple(cues)
    return out


@lru_cache(maxsize=1)
def denial_automaton() -> ahocorasick.Automaton:
    """Phrases that frame a claim (``claim_denials.tsv``), folded, in one automaton (value: length
    and the stance they give: deny — calls another's claim false — or allege — the writer's doubt)."""
    auto = ahocorasick.Automaton()
    for r in read_tsv("claim_denials.tsv"):
        phrase = fold((r.get("phrase") or "").strip())
        if phrase:
            auto.add_word(phrase, (len(phrase), (r.get("stance") or "").strip() or "deny"))
    auto.make_automaton()
    return auto


_DENIAL_PREFIXES: Final = frozenset(["", "و", "ف", "ب", "ال", "بال", "وال"])


def denial_hits(folded: str) -> list[tuple[int, int, str]]:
    """``[start, end)`` and stance of framing phrases in a folded text, whole words (behind و ف ب ال)."""
    out = []
    n = len(folded)
    for last, (length, stance) in denial_automaton().iter(folded):
        start, stop = last - length + 1, last + 1
        if stop < n and (folded[stop].isalnum() or folded[stop] == "_"):
            continue
        j = start
        while j > 0 and (folded[j - 1].isalnum() or folded[j - 1] == "_"):
            j -= 1
        if folded[j:start] in _DENIAL_PREFIXES:
            out.append((start, stop, stance))
    out.sort()
    return out


def match_cue(toks: list[Tok], i: int) -> tuple[Cue, int] | None:
    """The cue starting at token ``i`` and the index after it."""
    return _match_cue(toks, i) if toks[i].kind == "w" else None  # one dict lookup: no cache needed


def _match_cue(toks: list[Tok], i: int) -> tuple[Cue, int] | None:
    entry = _cue_index().get(toks[i].form)
    if entry is None:
        return None
    by_second, singles = entry
    cues = by_second.get(toks[i + 1].form, singles) if i + 1 < len(toks) else singles
    for cue in cues:
        n = len(cue.forms)
        # (a one- or two-word cue is matched by the index already: no third word to compare)
        if i + n <= len(toks) and (n <= 2 or all(toks[i + k].form == cue.forms[k] for k in range(2, n))):
            return cue, i + n
    return None


@lru_cache(maxsize=1)
def _cue_index() -> dict[str, tuple[dict[str, tuple[Cue, ...]], tuple[Cue, ...]]]:
    """``cue_lookup`` indexed by the cue's second word: a token's form → (next token's form → the
    cues that may match there, in ``cue_lookup``'s order, one-word cues included; the one-word
    cues alone, for any other next word). بحسب opens some 130 cues: matching one looked at every
    one of them, now only those whose second word is the one that follows."""
    out: dict[str, tuple[dict[str, tuple[Cue, ...]], tuple[Cue, ...]]] = {}
    for form, cues in cue_lookup().items():
        seconds = {c.forms[1] for c in cues if len(c.forms) > 1}
        by_second = {s: tuple(c for c in cues if len(c.forms) == 1 or c.forms[1] == s) for s in seconds}
        out[form] = (by_second, tuple(c for c in cues if len(c.forms) == 1))
    return out


@lru_cache(maxsize=1)
def _cue_heads() -> frozenset[str]:
    """The folded words a cue may open with (قال، نفى، أكد …)."""
    return frozenset(cue_table())
