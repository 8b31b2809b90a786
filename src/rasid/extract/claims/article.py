"""The per-article state the rules share: ``_Article`` (tokens, folded forms, sentence bounds, the
people and bodies named so far, quote and framing lookups) and ``_Raw``, a claim before it is built.

One object per article, so the lookups are computed once however many cues ask them.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import compress
from typing import Final

from ...text.document import Document
from ...text.normalize import fold
from ..actors import ActorMention
from ..speakers import (
    SpeakerRef,
    Tok,
    classes,
    folded_tokens,
    is_cue_word,
    parse_np,
    people,
    speaker_from_np,
    strip_conj,
    title_forms,
    word_classes,
)
from .cues import Cue, cue_lookup, denial_hits
from .tokens import (
    _closing_quote,
    _figure_org,
    _figure_words,
    _named_on,
    _past_relaying_media,
    _quoted_name,
    _told_to,
)


_BRACKET_REACH: Final = 40  # characters from a body's name (as parsed) to its short name in brackets
_PUNCT: Final = re.compile(r"[.،,؛;:!?؟]")
_IMPLICIT_NEXT: Final = {fold(w) for w in ("بقوله", "قوله", "بالقول", "قائلا", "قائلة")}  # folded: قائلا → قايلا
_NOT_SUBJECT: Final = {"civilians", "adjective", "metonym"}  # never guessed as an unstated subject
_NOT_SUBJECT_UNNAMED: Final = frozenset(_NOT_SUBJECT | {"unnamed"})  # … nor an unnamed source (built once)
_NAMER_REACH: Final = 5  # tokens from a body to the ما أسماه after it that gives its label (… نتنياهو في ما أسماه)
_TAIL_GAP: Final = 5  # characters between told words and a phrase of doubt after them (", بحسب زعمه)
_DOUBT_PREFIXES: Final = frozenset({"", "ب", "و", "وب"})  # before its first word (بحسب، وبحسب)
_TAIL_CHARS: Final = " \"'»”)،,"  # what may stand there


@dataclass(slots=True)
class _Raw:
    cue_i: int
    cue_j: int
    cue: Cue
    speaker: SpeakerRef
    content: tuple[int, int] | None  # doc.text span


@lru_cache(maxsize=1)
def _office_forms() -> frozenset[str]:
    """Office and title words (``claim_words.tsv``) and their و/ف forms."""
    words = {w for w, c in word_classes().items() if c & {"role", "title"}}
    return frozenset(words | {p + w for w in words for p in "وف"})


_CUE_WORD: Final = 1  # a form's marks in _word_marks: it may open a cue (cue_lookup) …
_OFFICE_WORD: Final = 2  # … it is an office or title word (_office_forms) …
_TITLE_WORD: Final = 4  # … it is a title word (title_forms)


@lru_cache(maxsize=1)
def _word_marks() -> dict[str, int]:
    """Form → which of the word lists the article's rules look tokens up in hold it: one lookup a
    token finds the cue, office and title words together, not a pass over the tokens a list."""
    out: dict[str, int] = {}
    for words, mark in ((cue_lookup(), _CUE_WORD), (_office_forms(), _OFFICE_WORD), (title_forms(), _TITLE_WORD)):
        for w in words:
            out[w] = out.get(w, 0) | mark
    return out


class _Article:
    """Tokens plus the lookups the rules share."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.toks, self.folded, self.drops, self.mention_at = folded_tokens(doc)
        self.history: list[SpeakerRef] = []
        self._people: list[tuple[frozenset[str], str]] | None = None
        self._introduced: list[SpeakerRef] | None = None
        self.silent: set[int] = set()  # sentences whose bare verbs continue the outlet's own voice
        self.unsaid: list[_Raw] = []  # cues whose speaker said no words (رفض الأهالي المخطط): the subject a
        # participle after goes on with (…، مؤكدين أنّ …)
        toks = self.toks
        self.starts = [t.start for t in toks]  # (comprehensions: compiled, a native field read)
        self.sents = [t.sent for t in toks]  # nondecreasing: a sentence's tokens by bisect
        self.forms = forms = [t.form for t in toks]
        marks = _word_marks()
        self.marked = list(compress(range(len(toks)), map(marks.get, forms)))  # the few cue, office, title words
        self.cue_cands = [n for n in self.marked if marks[forms[n]] & _CUE_WORD and toks[n].kind == "w"]
        self._denials: list[tuple[int, int, str]] | None = None
        self.quoted: list[tuple[int, int]] = []
        self._forms: frozenset[str] | None = None
        self._known: frozenset[str] = frozenset()
        self._known_at = -1  # len(history) when _known was made

    def has_form(self, form: str) -> bool:
        """Does the article write this word on its own anywhere (the set built once, on demand)?"""
        if self._forms is None:
            self._forms = frozenset(t.form for t in self.toks)
        return form in self._forms

    @property
    def people(self) -> list[tuple[frozenset[str], str]]:
        """Persons introduced with a title (only some speaker checks need them)."""
        if self._people is None:
            marks, forms = _word_marks(), self.forms
            self._people = people(self.toks, [n for n in self.marked if marks[forms[n]] & _TITLE_WORD])
        return self._people

    @property
    def introduced(self) -> list[SpeakerRef]:
        """Persons the article presents by office and name anywhere, speaking or not (``استقبل
        رئيس الحكومة العراقي محمد السوداني …``): a later bare ``وأكد السوداني`` is that person,
        with that body. Parsed once, from the office and title words."""
        if self._introduced is None:
            out: list[SpeakerRef] = []
            toks, forms, last = self.toks, self.forms, 0
            office, marks = _office_forms(), _word_marks()
            cands = [n for n in self.marked if marks[forms[n]] & _OFFICE_WORD]  # words
            cands += [k for k in self.mention_at if " " in forms[k]
                      and forms[k].split(" ", 1)[0] in office]  # actor names that open with an office
            for k in sorted(set(cands)):
                if k < last:
                    continue
                np = parse_np(toks, k, self.sent_end(k))
                if np is None or not np.name or not np.person:
                    continue
                sp = speaker_from_np(self.doc, toks, np, [])
                if sp is not None and sp.name:  # the outlet's own reporters too: their later words are its own
                    out.append(self._apposed_office(sp, np.j) if sp.org is None else sp)
                    last = np.j
            self._introduced = out
        return self._introduced

    def introduced_name(self, forms: set[str]) -> bool:
        """Does the article present a person by office with all these name words (``وزير
        الخارجية السوري فيصل المقداد``)? A headline's bare full name is that person."""
        return _figure_org(forms) is not None or any(forms <= sp.name_forms for sp in self.introduced)

    def _apposed_office(self, sp: SpeakerRef, k: int) -> SpeakerRef:
        """``الصحافية هناء محاميد، مراسلة الميادين، …``: the office set off after a name gives its body."""
        toks = self.toks
        if k + 1 >= len(toks) or toks[k].form not in {"،", ","}:
            return sp
        told = toks[k + 1]
        if told.mention is not None and told.mention.kind == "media" and told.form.startswith("ل") \
                and not told.form.startswith("ال"):
            return sp  # NAME، للميادين، إنّ …: the outlet spoken to, not his office
        np = parse_np(toks, k + 1, self.sent_end(k))
        if np is None or np.mention is None or np.name or not (np.person or np.mention.canonical == "outlet"):
            return sp
        body = speaker_from_np(self.doc, toks, np, [])
        if body is None or body.org is None:
            return sp
        return SpeakerRef(sp.name, sp.title, sp.role or body.role, body.org, body.org_ar, body.kind, sp.start, sp.end,
                          sp.name_forms)

    def speaker(self, np) -> SpeakerRef | None:
        """The speaker a parsed phrase names, against the speakers so far; the persons the article
        only introduced are consulted (and parsed, once) when a name or an anaphor is left open."""
        sp = speaker_from_np(self.doc, self.toks, np, self.history)
        if np.anaphor is not None and sp is None or np.name and (sp is None or sp.kind == "person" and sp.org is None):
            sp = speaker_from_np(self.doc, self.toks, np, self.refs()) or sp
        if sp is None and np.anaphor is not None and np.anaphor is self.toks[np.i] and not np.name:
            sp = self._typed_antecedent(np.i)  # أصدرت غرفة عمليات «…» بياناً … ونفت الغرفة: the body named
        if sp is not None and sp.kind == "person" and sp.org is None and sp.name_forms:
            org = _figure_org(sp.name_forms)  # البرهان / عبد اللهيان / محمد علي الحوثي: the figure's body
            if org:
                sp = replace(sp, org=org)
        if sp is not None and sp.kind == "person" and sp.org is None and sp.name and " " not in sp.name:
            sp = self.bracketed_body(sp)
        return sp

    def bracketed_body(self, sp: SpeakerRef) -> SpeakerRef:
        """``وصفتها «سامز»`` after ``الجمعية الطبية السورية الأمريكية (سامز)`` spoke: the body whose
        short name the brackets gave, not a person."""
        text = self.doc.text
        at = text.find(f"({sp.name})")
        if at < 0 or at >= sp.start:
            return sp
        body = next((h for h in reversed(self.history) if (h.org or h.org_ar) and not h.name
                     and 0 <= at - h.end <= _BRACKET_REACH and not _PUNCT.search(text, h.end, at)), None)
        return sp if body is None else SpeakerRef(None, None, None, body.org, sp.name, body.kind, sp.start, sp.end)

    def _typed_antecedent(self, i: int) -> SpeakerRef | None:
        """``الغرفة`` / ``الجماعة`` with no speaker before it: a body the tables lack that the
        article named earlier with that type noun (``غرفة عمليات «فاثبتوا»``), speaking or not."""
        toks = self.toks
        bare = strip_conj(toks[i].form).removeprefix("ال")
        if "typenoun" not in classes(bare):
            return None
        for n in range(i - 1, -1, -1):
            if toks[n].kind == "w" and strip_conj(toks[n].form) == bare:
                typed = _typed_body(self, n, self.sent_end(n), glued=False)
                if typed is None:
                    return None
                ref = typed[0]
                return replace(ref, start=toks[i].start, end=toks[i].end)
        return None

    def refs(self) -> list[SpeakerRef]:
        """Who a name or anaphor may point back to: the speakers so far, after them (as a
        fallback) the persons the article introduced."""
        return self.introduced + self.history

    def known_names(self) -> frozenset[str]:
        """Name words of speakers, titled persons and introduced persons. Asked once or more a
        name token; only a speaker joining the history changes it, so it is kept until then."""
        if self._known_at < 0:
            self._known = frozenset({f for h in self.refs() for f in h.name_forms}
                                    | {f for p, _ in self.people for f in p} | _figure_words())
            self._known_at = len(self.history)
        elif self._known_at != len(self.history):  # the speakers since: the history only grows
            self._known = self._known.union([f for h in self.history[self._known_at:] for f in h.name_forms])
            self._known_at = len(self.history)
        return self._known

    def framing(self, start: int, end: int) -> str | None:
        """The stance ``doc.text[start:end]`` gives its claim by its words (``claim_denials.tsv``):
        deny when it calls a claim false, allege when the writer distances it (``ما أسماه``).
        The phrases are searched once over the folded document; a hit must lie inside the span."""
        if self._denials is None:
            steps = [d - k for k, d in enumerate(self.drops)]
            self._denials = [(a + bisect_right(steps, a), z + bisect_right(steps, z - 1), st)
                             for a, z, st in denial_hits(self.folded)]
        hits = self._denials
        k = bisect_left(hits, (start, -1))
        found = None
        while k < len(hits) and hits[k][0] < end:
            if hits[k][1] <= end:
                if hits[k][2] == "deny":
                    return "deny"
                if not self._named_by_another(start, hits[k][0]):
                    found = hits[k][2]
            k += 1
        return found

    def _named_by_another(self, start: int, at: int) -> bool:
        """Whether a body the words name stands right before the phrase of doubt at ``at``
        (مخططات رئيس حكومة الاحتلال NAME في ما أسماه …): the label is that body's, which the
        speaker reports, not the speaker's own that the writer distances."""
        x = bisect_left(self.starts, at)
        for t in reversed(self.toks[max(0, x - _NAMER_REACH):x]):
            if t.start < start or t.kind == "p" and t.form != '"':
                return False  # (a comma opens another clause: … حالة "قسد"، وضرب ما تسمّيه: the speaker's label)
            if t.mention is not None and t.mention.kind not in _NOT_SUBJECT:
                return True
        return False

    def doubted_after(self, end: int) -> bool:
        """Whether a phrase of the writer's doubt (``claim_denials.tsv`` allege: …، وفق زعمها)
        follows the words ending at ``end`` with only a comma, quote or space between."""
        self.framing(end, end)  # the phrases' hits, searched once
        hits = self._denials or []
        k = bisect_left(hits, (end, -1))
        return k < len(hits) and hits[k][2] == "allege" and hits[k][0] - end <= _TAIL_GAP \
            and self.doc.text[end:hits[k][0]].strip(_TAIL_CHARS) in _DOUBT_PREFIXES

    def sent_end(self, i: int) -> int:
        """Index after the last token of token ``i``'s sentence."""
        return bisect_right(self.sents, self.sents[i], i)

    def sent_start(self, i: int) -> int:
        return bisect_left(self.sents, self.sents[i], 0, i + 1)

    def skip_fillers(self, k: int, end: int, outlet: bool = False) -> int:
        """Past time words and ``في بيان``-type phrases (``outlet``: and the outlet's name too,
        between a speaker and its words: قال مصدر للميادين إن …)."""
        toks = self.toks
        while k < end:
            if outlet and (n := _told_to(toks, k, end)) > k:
                k = n  # أفاد مصدران لوكالة "رويترز" بأنّ …: the agency spoken to
            elif outlet and (n := _past_relaying_media(toks, k, end)) > k:
                k = n  # وقال مصدر في الوزارة، وفق سانا، إنّ …: the agency that relays the words
            elif toks[k].kind == "w" and ("filler" in classes(toks[k].form) or toks[k].form in _IMPLICIT_NEXT) \
                    or outlet and toks[k].mention is not None and (toks[k].mention.canonical == "outlet"
                                                                   or toks[k].form in _PRESS):
                k += 1
            else:
                break
        return k

    def opens_content(self, k: int, end: int, strict: bool = False) -> bool:
        """Does a content marker, colon or quote come at ``k`` (after fillers)? ``strict``: only
        أنّ / إنّ / a colon, or a quote right there (``عن``, ``إلى`` also follow ordinary nouns)."""
        if strict and k < end and self.toks[k].form == '"':
            q = self.toks[k].start  # … يوثّق اعتداء "طالبان" على …: a quoted name, not quoted words
            close = _closing_quote(self.doc.text, q)
            return close is None or not _quoted_name(self.doc.text, q, close)
        k = self.skip_fillers(k, end, outlet=True)
        if strict and k < end and self.toks[k].form == '"':
            return False
        if k >= end:
            return False
        t = self.toks[k]
        if t.form in {"،", ","} and k + 1 < end:
            n = self.skip_fillers(k + 1, end, outlet=True)  # وأكّد كنعاني، أنّ … / NAME، للميادين، إنّ …
            if n > k + 1 and n + 1 < end and self.toks[n].form in {"،", ","}:
                n += 1
            t = self.toks[n if n < end else k + 1]
        if t.form in {":", '"'}:
            return True
        return t.kind == "w" and bool(classes(t.form) & (_STRICT_MARKERS if strict else _MARKERS))


_STRICT_MARKERS: Final = frozenset({"marker"})  # what opens_content accepts (built once, not a set a call)
_MARKERS: Final = frozenset({"marker", "prepmarker"})
_PRESS: Final = frozenset(fold(w) for w in ("للصحفيين", "للصحافيين", "للمراسلين"))  # قالت NAME للصحفيين إنّ: told
_BODY_TAIL_STOPS: Final = frozenset(fold(w) for w in ("قبل", "بعد", "في", "من", "عن", "على", "إلى", "مع", "خلال", "اليوم",
                                                      "أمس", "منذ", "حول", "بشأن", "أن", "أنّ", "إن", "فإن", "الصادر", "الذي",
                                                      "التي"))


def _typed_body(art: _Article, k: int, end: int, glued: bool = True) -> tuple[SpeakerRef, int] | None:
    """``وفقاً لصحيفة "غازيتا" الروسية`` / ``بحسب وكالة الأنباء العراقية "واع"`` / ``وفقاً للمركز
    الصيني لرصد الزلازل``: a type noun (ل/لل glued on) and the unknown body's name after it, up to
    its quoted name and nationality — the body the tables lack is the source. ``glued=False``: the
    noun is a subject (``وقالت جماعة …`` / ``وجماعة … تعلن``), a conjunction its only prefix."""
    toks, text = art.toks, art.doc.text
    t = toks[k]
    if t.kind != "w":
        return None
    f = t.form if glued else strip_conj(t.form)
    lead = 0 if not glued else 2 if f.startswith("لل") else 1 if f.startswith("ل") else 0
    bare = "ال" + f[2:] if lead == 2 else f[lead:]
    if "typenoun" not in classes(bare.removeprefix("ال")):
        return None
    n, words, state = k + 1, 0, "name"  # name → quote (inside the marks) → after (a nationality only)
    while n < end and words < 6:
        x = toks[n]
        nationality = x.kind == "a" and x.mention.kind in {"adjective", "metonym"} \
            or x.kind == "w" and x.form.startswith("ال") and x.form.endswith(("ي", "يه")) and not classes(x.form)
        if x.form in {"و", "أو", "او"} and state != "quote":
            break  # مجموعات أعمال وخبراء …: a second party joined, not more of the name
        if x.form == '"':
            if state == "quote":
                state = "after"
            elif state == "name":
                state = "quote"
            else:
                break
        elif state == "quote" and x.kind in ("w", "a") or state == "after" and nationality \
                or state == "name" and _operations_area(toks, k, n) \
                or state == "name" and (nationality or x.kind == "w" and x.form not in _BODY_TAIL_STOPS
                                        and not is_cue_word(x.form) and x.form[0].isalpha()
                                        and not classes(x.form) - {"noun", "typenoun", "anaphor", "claimref"}
                                        - ({"stop"} if n == k + 1 and _named_on(toks, n + 1, end) else set())
                                        - ({"act"} if n == k + 1 else set())):
            # (مديرية صحة إدلب: a word the tables stop at may open the name when more of it follows;
            # غرفة عمليات «…»: an operations word right after the type noun)
            words += 1  # inside the quote marks; a nationality after them; the name's own words
        else:
            break
        n += 1
    if state == "quote" or words == 0:
        return None  # an unclosed quote: the words of someone, not a name
    while toks[n - 1].form == '"' and state != "after":
        n -= 1
    start = t.start + len(t.form) - len(f) + (1 if lead == 1 else 0)
    org_ar = text[start:toks[n - 1].end].replace('"', "").replace("“", "").replace("”", "")
    if lead == 2:
        org_ar = "ا" + org_ar[1:]  # للمركز → المركز
    org_ar = " ".join(org_ar.split())
    if (tail := _affiliated_to(toks, n, end)) is not None:
        m, n = tail
        org_ar = " ".join(text[start:toks[n - 1].end].split())
        return SpeakerRef(None, None, None, m.canonical, org_ar, m.kind, t.start, toks[n - 1].end), n
    return SpeakerRef(None, None, None, None, org_ar, "media", t.start, toks[n - 1].end), n


def _operations_area(toks: list[Tok], k: int, n: int) -> bool:
    """``قيادة عمليات الجزيرة`` / ``غرفة عمليات بغداد``: the word after an operations word right
    after the type noun names the command's area, even where the tables read it as a known name
    (الجزيرة the region, not the channel)."""
    x = toks[n]
    return n == k + 2 and x.kind == "a" and x.mention.kind not in {"person", "unnamed"} \
        and "act" in classes(toks[k + 1].form)


_DASHES: Final = frozenset({"-", "–", "—"})
_AFFILIATED_NOT: Final = frozenset({"civilians", "adjective", "metonym", "unnamed", "media"})


def _affiliated_to(toks: list[Tok], n: int, end: int) -> tuple[ActorMention, int] | None:
    """``قيادة عمليات الجزيرة - الحشد الشعبي`` / ``قيادة عمليات الأنبار للحشد الشعبي``: a body the
    tables lack, then (after a dash, or with ل glued on) the known force it belongs to, which is
    whose claim it is; the known body and the index after it."""
    at = n + 1 if n + 1 < end and toks[n].form in _DASHES else n
    if at >= end or toks[at].kind != "a" or at == n and not toks[at].form.startswith("ل"):
        return None
    m = toks[at].mention
    if m is None or m.kind in _AFFILIATED_NOT or m.canonical == "outlet":
        return None
    return m, at + 1
