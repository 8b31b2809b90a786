"""Claims told by the text's layout rather than a verb: interview answers (``س: / ج:``), a
speaker's line ending in a colon, reports cut into sections; and the quoted spans a quote's words
may run over.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from typing import Final

from ...text.document import Document
from ...text.normalize import fold, find_all
from ..speakers import Tok, parse_np, positions, same_person, speaker_ok, strip_conj
from .article import _Article, _Raw
from .content import _content
from .cues import Cue, match_cue
from .tokens import _CLAUSE_PUNCT, _LEFT_SKIP, _THAT, _inside


_ANSWER: Final = re.compile(r"^[^\S\n]*ج[^\S\n]*:", re.M)  # ج: an interview's answer line
_QUESTION: Final = re.compile(r"^[^\S\n]*س[^\S\n]*:", re.M)  # س: its question line
_INTERVIEWED: Final = frozenset(fold(w) for w in ("حاورت", "حاور", "تحاور", "يحاور"))  # «…» حاورت المتحدث باسم …
_ANSWER_CUE: Final = Cue(("ج",), "assert", "colon")
_INTERVIEW_COLONS: Final = 4  # two answer lines and two question lines, a colon each


def _interview_claims(art: _Article, raws: list[_Raw]) -> list[_Raw]:
    """An interview in question and answer lines (``س:`` / ``ج:``): every answer is the words of
    the one the lead says was interviewed (``حاورت NAME``), a claim each (a denial when its words
    call a claim false); the questions are the outlet's, and what they cite is no claim."""
    text, toks = art.doc.text, art.toks
    if text.count(":") < _INTERVIEW_COLONS:
        return raws  # (no interview: a cheap count spares the two line-by-line searches)
    answers = list(_ANSWER.finditer(text))
    questions = list(_QUESTION.finditer(text))
    if len(answers) < 2 or len(questions) < 2:
        return raws
    sp = None
    for k, t in enumerate(toks):
        if t.start >= questions[0].start():
            break
        if t.kind == "w" and strip_conj(t.form) in _INTERVIEWED:
            np = parse_np(toks, k + 1, art.sent_end(k))
            sp = art.speaker(np) if np is not None else None
            break
    if sp is None or not speaker_ok(sp):
        return raws

    def line(m: re.Match[str]) -> tuple[int, int]:
        e = text.find("\n", m.end())
        return m.start(), len(text) if e < 0 else e

    asked = [line(m) for m in questions]
    kept = [r for r in raws if not any(a <= toks[r.cue_i].start < b for a, b in asked)]
    for m in answers:
        a, b = line(m)
        k = bisect_left(art.starts, m.end() - 1)  # the colon; the cue is the ج before it
        cs = len(text[:m.end()]) + len(text[m.end():b]) - len(text[m.end():b].lstrip())
        ce = m.end() + len(text[m.end():b].rstrip())
        if ce > cs and k > 0:
            kept.append(_Raw(k - 1, k, _ANSWER_CUE, replace(sp, start=toks[k - 1].start, end=toks[k - 1].end), (cs, ce)))
    return kept


_REPLY: Final = frozenset(fold(w) for w in ("رداً", "وردا", "ردّاً", "ورداً"))


def _replied_to(toks: list[Tok], i: int) -> bool:
    """Does ``رداً على`` stand right before token ``i`` (the words another statement answers)?"""
    return i >= 2 and toks[i - 1].form == fold("على") and toks[i - 2].form in _REPLY


class _SpanSet:
    """Spans added one by one, kept sorted by start, so that asking which one holds a position
    looks only at those that can reach it (no scan of every claim found so far)."""

    __slots__ = ("ends", "longest", "starts")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.longest = 0

    def add(self, span: tuple[int, int]) -> None:
        a, z = span
        k = bisect_right(self.starts, a)
        self.starts.insert(k, a)
        self.ends.insert(k, z)
        self.longest = max(self.longest, z - a)

    def holds(self, pos: int) -> bool:
        """Whether some span ``[a, z)`` has ``a <= pos < z``."""
        lo, hi = bisect_left(self.starts, pos - self.longest), bisect_right(self.starts, pos)
        return any(pos < self.ends[k] for k in range(lo, hi))


_COLON_CUE: Final = Cue((":",), "assert", "colon")
_COLON_FORM: Final = ":"


def _colon_claims(art: _Article, raws: list[_Raw], quoted: list[tuple[int, int]]) -> list[_Raw]:
    """Headline attributions: ``مصادر للميادين: …``, ``الرئيس الإيراني من باكستان: …``."""
    toks = art.toks
    taken = {r.cue_j for r in raws} | {r.cue_j - 1 for r in raws}
    out = []
    for c in positions(art.forms, _COLON_FORM):
        t = toks[c]
        if c in taken or _inside(quoted, t.start) or c + 1 >= len(toks):
            continue
        s = art.sent_start(c)
        b = c
        while b > s and toks[b - 1].form not in _CLAUSE_PUNCT and c - b < 10:
            b -= 1
        while b < c and (toks[b].form in _LEFT_SKIP or toks[b].kind == "p"):
            b += 1
        if any(b <= r.cue_i < c for r in raws):
            continue  # وقال …: “…” — the verb already attributes it
        relay = next((k for k in range(b + 1, c - 1) if toks[k].form == "عن"), None)
        if relay is not None and not any(match_cue(toks, k) for k in range(b, relay)):
            b = relay + 1  # صحيفة "الخبر" عن مصادر موثوقة: …: the relayed source speaks
        np = parse_np(toks, b, c) if b < c else None
        if np is None or (np.mention is None and not np.person and not (
                np.j == c and len(np.name) <= 2 and same_person(art.known_names(), {t.form for t in np.name}))):
            continue  # a body, an office, or a name the article gives in full (لافروف: …)
        if any(match_cue(toks, k) for k in range(np.j, c)):
            continue
        sp = art.speaker(np)
        if not speaker_ok(sp):
            continue
        if sp.kind == "metonym" and _line_heads(art.doc.text, toks[b].start) and _sectioned(art.doc.text):
            continue  # دمشق: … / إدلب: … / حلب: …: a report's sections by place, not Damascus speaking
        out.append(_Raw(c, c + 1, _COLON_CUE, sp, _content(art, c + 1)))
    return out


_SECTION_HEAD: Final = re.compile(r"^[^\S\n]*[^\s:]+(?: [^\s:]+){0,2}:", re.M)  # a line opening with one to three words and a colon
_SECTIONS: Final = 3  # such lines that make a report of sections


def _line_heads(text: str, pos: int) -> bool:
    """Does only white space stand between the line's start and ``pos``?"""
    return not text[text.rfind("\n", 0, pos) + 1:pos].strip()


def _sectioned(text: str) -> bool:
    """Is the article a report in sections, several lines opening with a short head and a colon
    (a monitor's daily report by governorate)?"""
    return len(_SECTION_HEAD.findall(text)) >= _SECTIONS


def _quoted_spans(doc: Document) -> list[tuple[int, int]]:
    """Stretches inside quotation marks (within a paragraph): a speaker's own words, where a
    reporting verb belongs to the quote, not to the article."""
    text, spans = doc.text, []
    opens = _quote_marks(text)
    for p in doc.paragraphs or []:
        k = p.start
        while True:
            n = bisect_left(opens, k)
            if n >= len(opens) or opens[n] >= p.end:
                break
            q = opens[n]
            ch = text[q]
            c = text.find(_CLOSING[ch], q + 1, p.end)
            if c < 0 and ch == "“":
                c = text.find('"', q + 1, p.end)
            if c > q:
                spans.append((q, c))
                k = c + 1
            else:
                k = q + 1
    return spans


_OPEN_QUOTES: Final = ("“", "«", '"')
_CLOSING: Final = {"“": "”", "«": "»", '"': '"'}


def _quote_marks(text: str) -> list[int]:
    """The positions of the opening marks, sorted: found once by ``str.find`` a mark, so that a
    paragraph's next one is a bisect (a regex search per mark scanned the text character by
    character)."""
    return find_all(text, _OPEN_QUOTES)


_QUOTED_SUBJECT: Final = 3  # words between the opening quote and a reported verb inside it (أنّ "الجانب الحكومي اعتبر)

_NESTED_THAT: Final = 3  # tokens from a quoted reporting verb to its أنّ (أكدت إيران أنّ، أبلغت إسرائيل الأميركيين أنّ)


def _quote_opens_report(art: _Article, i: int, j: int) -> bool:
    """``أشارت مصادر أنّ "إيران أكدت أنّ …"``: words quoted after أنّ that open on a subject and
    its reporting verb with its own أنّ report another speaker's words inside them (a nested
    claim); a verb further into the quote is the speaker's own wording, and one without أنّ
    (قسد أبلغت أصحاب المحال بضرورة …) an order or a deed."""
    toks = art.toks
    if not any(toks[x].kind == "w" and strip_conj(toks[x].form) in _THAT
               for x in range(j, min(len(toks), j + _NESTED_THAT))):
        return False
    n = i - 1
    while n >= 0 and i - n <= _QUOTED_SUBJECT and toks[n].kind != "p":
        n -= 1
    if n < 1 or n == i - 1 or toks[n].form not in _QUOTE_MARKS:
        return False
    before = strip_conj(toks[n - 1].form)
    return before in _THAT or before in _THAT_INNA


_QUOTE_MARKS: Final = frozenset({'"', "“", "«"})
_THAT_INNA: Final = frozenset({"ان", "انه"})
