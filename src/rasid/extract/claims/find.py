"""Finding claims: the cues of an article in order, each given its speaker, content, stance and
targets (the package docstring says how)."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import compress, product, repeat

import ahocorasick

from ...lexicon.words import is_word
from ...model import Claim, Speaker, Target, TextSpan
from ...text.document import Document
from ...text.normalize import fold
from ..actors import ActorMention, canonical_actor, read_table, read_tsv
from ..speakers import (
    NP,
    SpeakerRef,
    Tok,
    classes,
    closing_mark,
    figure_rows,
    folded_tokens,
    is_cue_word,
    media_told,
    name_like,
    noun_with_pronoun,
    parse_np,
    people,
    possessed,
    register_cue_words,
    same_person,
    speaker_from_np,
    speaker_ok,
    strip_conj,
    surname_differs,
    word_classes,
)

_DASHES = frozenset({"-", "–", "—"})  # an aside between dashes (X - Y - تنفي)
_BRACKET_REACH = 40  # characters from a body's name (as parsed) to its short name in brackets
_PUNCT = re.compile(r"[.،,؛;:!?؟]")
_CLAUSE_PUNCT = {"،", ",", "؛", ";", ".", "؟", "?", "!"}
_NEGATION = {"لم", "لا", "لن", "ما", "ولم", "ولا", "ولن", "وما", "عدم"}
_LEFT_SKIP = {"و", "ف", "كان", "كانت", "وكان", "وكانت", "قد", "وقد", "كما", "فيما", "بينما", "هذا",
              "وهذا", "ثم", "كذلك", "بدوره", "بدورها", "اما", "واما", "فقد", "لقد", "بعدما"}
_OBJECT_FIRST = {fold(w) for w in ("اتهم", "اتهمت", "اتهموا", "أبلغ", "أبلغت", "أبلغوا")}  # (أبلغ X: X is told)
_ADDRESSED = {fold(w) for w in ("حذر", "حذرت", "يحذر", "تحذر", "اتهم", "اتهمت", "يتهم", "تتهم", "أبلغ", "أبلغت")}  # the noun after: warned, accused  # verbs whose next noun is their object: a subject before them is the speaker
_BUT_PRONOUN = {c + "لكن" + p for c in ("", "و") for p in ("ه", "ها", "هم")}  # …، لكنه أقرّ: the subject named before
_BUT = {"لكن", "ولكن"}  # لكنّ, like إنّ/أنّ, puts its subject (a named body, a source) before the verb
_AS_FOR = {"اما", "واما"}  # أمّا X فـ(قد) verb (folded): a topic, the verb's subject
_BUT |= _AS_FOR
_IMPLICIT_NEXT = {fold(w) for w in ("بقوله", "قوله", "بالقول", "قائلا", "قائلة")}  # folded: قائلا → قايلا
_TARGET_KINDS = {"ministry", "government", "media", "unnamed", "ngo", "adjective", "metonym"}  # who makes statements
_MARKERS = {"marker", "prepmarker"}
_RELATIVE = {"الذي", "التي", "الذين", "اللذان", "اللتان"}
_CONTRAST = {"فيما", "بينما", "وفيما", "وبينما"}  # …، فيما قالت …: a second speaker's clause
_ATTENTION_CUES = {"لفت", "لفتت", "لفتوا"}
_TOWARDS = {fold("إلى"), "الي"}
_AS_PUT = {fold(w) for w in ("كما", "وكما", "هكذا")}  # كما عبّر X / هكذا عبّر X (cues.tsv): the words before
_CALLS = ("دع", "طالب")  # دعا، دعت، طالب، طالبت … إلى: a call
_NOUN_HOMOGRAPH_CUES = {fold("رأى")}  # folds like the noun رأي: a report only where a clause opens
_FOLLOWED = {"تابع", "تابعت", "تابعوا"}  # تابع لـ (affiliated to), تابع بقلق (watched with concern)
_ATTENTION = {"الانظار", "الانتباه", "النظر", "انظار", "انتباه"}
_NOT_SUBJECT = {"civilians", "adjective", "metonym"}  # never guessed as an unstated subject
_PREPOSITIONS = {"في", "من", "الى", "على", "عن", "ضد", "مع", "بين", "داخل", "نحو", "تجاه", "ل", "ب"}
_NAMER_REACH = 5  # tokens from a body to the ما أسماه after it that gives its label (… نتنياهو في ما أسماه)
_TAIL_GAP = 5  # characters between told words and a phrase of doubt after them (", بحسب زعمه)
_DOUBT_PREFIXES = frozenset({"", "ب", "و", "وب"})  # before its first word (بحسب، وبحسب)
_TAIL_CHARS = " \"'»”)،,"  # what may stand there
_QUOTE_SPAN = 1500  # a quote may run over sentences, not over the article


@dataclass(frozen=True, slots=True)
class Cue:
    forms: tuple[str, ...]
    stance: str
    kind: str  # verb | present | participle | relay | nominal | prepositional
    needs: str = ""  # what must follow the speaker: "" | words | about | bi | saying | charge | claimref | act (cues.tsv)


_BRACES = re.compile(r"\{([^{}]*)\}")


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


_DENIAL_PREFIXES = frozenset(["", "و", "ف", "ب", "ال", "بال", "وال"])


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
    cues = cue_lookup().get(toks[i].form)
    if cues is None:
        return None
    for cue in cues:
        n = len(cue.forms)
        if i + n <= len(toks) and all(toks[i + k].form == cue.forms[k] for k in range(1, n)):
            return cue, i + n
    return None


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


class _Article:
    """Tokens plus the lookups the rules share."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.toks, self.folded, self.drops = folded_tokens(doc)
        self.history: list[SpeakerRef] = []
        self._people: list[tuple[frozenset[str], str]] | None = None
        self._introduced: list[SpeakerRef] | None = None
        self.silent: set[int] = set()  # sentences whose bare verbs continue the outlet's own voice
        toks = self.toks
        self.starts = [t.start for t in toks]  # (comprehensions: compiled, a native field read)
        self.sents = [t.sent for t in toks]  # nondecreasing: a sentence's tokens by bisect
        self.forms = [t.form for t in toks]
        self.cue_cands = [n for n in compress(range(len(toks)), map(cue_lookup().__contains__, self.forms))
                          if toks[n].kind == "w"]
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
            self._people = people(self.toks)
        return self._people

    @property
    def introduced(self) -> list[SpeakerRef]:
        """Persons the article presents by office and name anywhere, speaking or not (``استقبل
        رئيس الحكومة العراقي محمد السوداني …``): a later bare ``وأكد السوداني`` is that person,
        with that body. Parsed once, from the office and title words."""
        if self._introduced is None:
            out: list[SpeakerRef] = []
            toks, forms, last = self.toks, self.forms, 0
            office = _office_forms()
            cands = set(compress(range(len(forms)), map(office.__contains__, forms)))  # words
            cands.update(k for k in compress(range(len(forms)), map(str.__contains__, forms, repeat(" ")))
                         if forms[k].split(" ", 1)[0] in office)  # actor names that open with an office
            for k in sorted(cands):
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
        if self._known_at != len(self.history):
            self._known = frozenset({f for h in self.refs() for f in h.name_forms}
                                    | {f for p, _ in self.people for f in p} | _figure_words())
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
        return t.kind == "w" and bool(classes(t.form) & ({"marker"} if strict else {"marker", "prepmarker"}))


_RELAYED_BY = frozenset(fold(w) for w in ("وفق", "حسب", "بحسب", "ووفق", "وبحسب"))  # …، وفق سانا، إنّ


def _past_relaying_media(toks: list[Tok], k: int, end: int) -> int:
    """Past ``وفق``/``بحسب`` and the media named right after (a quote between allowed): the outlet
    that relays the words stands between their speaker and أنّ; ``k`` where none."""
    if toks[k].form not in _RELAYED_BY:
        return k
    n = k + 1 + (k + 1 < end and toks[k + 1].form == '"')
    m = toks[n].mention if n < end else None
    return n + 1 if m is not None and m.kind == "media" else k


def _content(art: _Article, k: int) -> tuple[int, int] | None:
    """Content span (doc.text) starting at token ``k``: after a marker, inside a quote, to the end."""
    toks, text = art.toks, art.doc.text
    if k >= len(toks):
        return None
    end = art.sent_end(k)
    for _ in range(4):  # ، اليوم الإثنين، في بيان، أنّ … → the content proper
        while k < end and toks[k].form == '"' and k and toks[k - 1].end == toks[k].start:
            k += 1  # the mark closing a quoted name: تنظيم "داعش"، …
        k = _past_carrier(toks, _past_addressee(toks, art.skip_fillers(k, end, outlet=True), end), end)
        marker = False
        while k < end and (toks[k].form in {":", "،", ","} or (toks[k].kind == "w" and classes(toks[k].form) & _MARKERS)):
            marker = marker or toks[k].form == ":" or toks[k].kind == "w"
            k += 1
        if marker or k >= end or toks[k - 1].form not in {"،", ","}:
            break
    ahead = next((n for n in range(k, min(end, k + 3)) if toks[n].kind == "w" and "marker" in classes(toks[n].form)), None)
    if ahead is not None and all(toks[n].kind == "w" and not match_cue(toks, n) or _where(toks, n)
                                 for n in range(k, ahead)):
        k = ahead + 1  # وقالت القيادة المركزية إن … / … في سوريا أن … (the phrase ran past the parsed speaker)
    if k < end and (toks[k].form in _CIRCUMSTANTIAL or toks[k - 1].form in _CIRCUMSTANTIAL):
        m = next((n for n in range(k + 1, min(end, k + _CIRCUMSTANCE_SPAN))
                  if toks[n].kind == "w" and ("marker" in classes(toks[n].form) or match_cue(toks, n))), None)
        if m is not None and "marker" in classes(toks[m].form) and toks[m].form not in _NEGATING_MARKERS:
            k = m + 1  # وقال وهاب خلال مشاركته في حلقة بعنوان "…" إنّ …: the words after the circumstance
    if k >= end:
        return None
    if k > 0 and toks[k - 1].form in _NEGATING_MARKERS:
        k -= 1  # وأضاف ألا عقبة …: the marker carries the negation, the words keep it
    start = toks[k].start
    stop = toks[end - 1].end
    if toks[k].form == '"':
        close = _closing_quote(text, start)
        if close is not None and not _quoted_name(text, start, close):
            return start + 1, close
    # stop before the next cue that opens a new attributed clause (، مضيفاً …)
    cands = art.cue_cands
    for m in cands[bisect_right(cands, k):bisect_left(cands, end)]:  # only tokens that may open a cue
        linked = toks[m - 1].form in _CONTRAST and m - 2 > k and toks[m - 2].form in {"،", ","}
        if _what_it(toks, m) and m - 3 > k and toks[m - 3].form in {"،", ","} \
                and any(c.stance == "deny" for c in cue_lookup().get(toks[m].form, ())):
            stop = toks[m - 3].start  # …، وهو ما نفته الفصائل: another's answer
            break
        comma = toks[m - 1].form in {"،", ","} or linked  # …، فيما أفادت الوكالة …: another's words
        conj = toks[m].form != strip_conj(toks[m].form) and toks[m - 1].form not in _WHAT
        # (نفى ما ورد في بيان …: ورد is what was reported, not و + a new verb)
        if (comma or conj) and (hit := match_cue(toks, m)) and (comma or hit[0].kind in ("verb", "present")):
            stop = toks[m - (2 if linked else 1)].start if comma else toks[m].start  # …، مضيفاً / … وتشكك في
            break
    # a quote that opens inside runs to its closing mark, even past the sentence end
    q = text.find("“", start, stop)
    q = q if q >= 0 else text.find("«", start, stop)
    if q >= 0:
        close = _closing_quote(text, q)
        if close is not None and close > stop:
            stop = close + 1
    while stop > start and text[stop - 1] in " .،,":
        stop -= 1
    return (start, stop) if stop > start else None


_RESPONSIBILITY = frozenset({"act", "actnext"})  # the needs of تبنّى-type cues (a claimed attack follows)
_WHAT = frozenset({"ما", "عما", "مما"})  # a relative "what" before a verb of the content


_PRESS = frozenset(fold(w) for w in ("للصحفيين", "للصحافيين", "للمراسلين"))  # قالت NAME للصحفيين إنّ: told
_ADDRESSEE = 5  # words of the outlet a speaker spoke to (لـ"عنب بلدي")


def _past_addressee(toks: list[Tok], k: int, end: int) -> int:
    """``قال ناشطون لـ"عنب بلدي" إنّ …``: the outlet spoken to, between the speaker and أنّ/إنّ,
    is skipped (the marker's index); else ``k``."""
    if not (k < end and toks[k].form == "ل"):
        return k
    n = k + 1
    while n < end and n - k <= _ADDRESSEE and (toks[n].form == '"' or toks[n].kind in ("w", "a") and not (
            "marker" in classes(toks[n].form) or is_cue_word(toks[n].form))):
        n += 1
    return n if n < end and n > k + 1 and toks[n].kind == "w" and "marker" in classes(toks[n].form) else k


_TALK_NOUNS = frozenset(fold(w) for w in ("حديث", "تصريح", "تصريحات", "مقابلة", "اتصال"))  # في حديث لـ"…"


def _told_to(toks: list[Tok], k: int, end: int) -> int:
    """Past ``لـ + a media body`` at ``k`` (``لوكالة "رويترز"``، ``لـ"سي أن أن"``), the one a
    source spoke to, and its closing quote; else ``k``."""
    m = k + 1 if k + 1 < end and toks[k].form == "ل" and toks[k + 1].kind == "a" else k
    if m < end and media_told(toks, m):  # قال في تصريح لوكالة محلية / لوسائل إعلام رسمية إنّ …: unnamed media told
        n = m + 1
        while n < end and n - k <= 3 and toks[n].kind == "w" and not toks[n].form.startswith("ال") \
                and toks[n].form.endswith(("يه", "ي")):
            n += 1  # (محلية، رسمية، إخبارية)
        return n
    if k > 0 and toks[k].form == "ل" and toks[k - 1].form in _TALK_NOUNS and k + 1 < end and toks[k + 1].form == '"':
        c = next((n for n in range(k + 2, min(end, k + 6)) if toks[n].kind == "p"), None)
        if c is not None and c > k + 2 and toks[c].form == '"':
            return c + 1  # في حديث لـ"نداء سوريا"، …: a quoted outlet spoken to
    if k > 0 and toks[k].form in _TOWARDS and toks[k - 1].form in _TALK_NOUNS:
        k2 = k + 1 + (k + 1 < end and toks[k + 1].form == '"')  # في حديث إلى "عنب بلدي"، …
        if k2 < end and toks[k2].mention is not None and toks[k2].mention.kind == "media":
            return k2 + 1 + (k2 + 1 < end and toks[k2 + 1].form == '"')
    n = k + (toks[k].form == "ل")
    n += n < end and n > k and toks[n].form == '"'
    if n >= end or toks[n].mention is None or toks[n].mention.kind != "media" \
            or n == k and not toks[n].form.startswith("ل"):
        return k
    n += 1
    return n + (n < end and toks[n].form == '"')


_NEGATING_MARKERS = frozenset({"الا", "بالا"})  # ألا، بألا: أنْ لا (claim_words.tsv)
_CIRCUMSTANTIAL = frozenset(fold(w) for w in ("خلال", "أثناء", "في", "عبر"))  # where or when he spoke (not على: ردّ على …)
_CIRCUMSTANCE_SPAN = 25  # tokens a circumstance may run before the words' أنّ / إنّ


def _where(toks: list[Tok], n: int) -> bool:
    """Token ``n`` names a country right after في: where the speaker is, not what they say."""
    t = toks[n]
    return t.kind == "a" and t.mention is not None and t.mention.kind == "metonym" and n > 0 \
        and toks[n - 1].form == "في"


def _words_follow(art: _Article, k: int, end: int) -> bool:
    """Do words come within a few tokens (أنّ / a colon / a quote / بقوله)? ``وتابعت الوزارة، في
    بيانها، أنّ …`` reports; ``وتابعت القوات الهجوم على …`` does not."""
    for n in range(k, min(end, k + 6)):
        t = art.toks[n]
        if t.form in {":", '"'} or t.form in _IMPLICIT_NEXT or t.kind == "w" and "marker" in classes(t.form):
            return True
    return False


@lru_cache(maxsize=1)
def _act_words() -> tuple[str, ...]:
    """Attacks and their responsibility (claim_words.tsv class ``act``), folded: what تبنّى claims."""
    return tuple(sorted(w for w, cs in word_classes().items() if "act" in cs))


@lru_cache(maxsize=1)
def _courtesy_words() -> tuple[str, ...]:
    """Condolences, solidarity, thanks (claim_words.tsv class ``courtesy``), folded prefixes: what
    أعرب عن expresses without stating anything."""
    return tuple(sorted(w for w, cs in word_classes().items() if "courtesy" in cs))


_RECOGNITION_SPAN = 5  # tokens after اعترف where the recognised state or authority is named (بها في إطار دولة)


def _recognition(toks: list[Tok], j: int, end: int) -> bool:
    """``اعترفت بضم الجولان``، ``يعترف بسلطة الرئيس``، ``ويعترف بها في إطار دولة``: a state, an
    authority or a sovereignty recognised after اعترف (claim_words.tsv recognized), not an
    admission; never when أنّ opens what is admitted (اعترفت بأنّ دولة …)."""
    for n in range(j, min(end, j + _RECOGNITION_SPAN)):
        if toks[n].kind != "w":
            continue
        form = strip_conj(toks[n].form)
        if form in _THAT or form in _THAT_BI:
            return False
        if "recognized" in classes(form):
            return True
    return False


def _word_near(toks: list[Tok], lo: int, hi: int, test: Callable[[str], bool]) -> bool:
    """Is a word of ``toks[lo:hi]`` (its conjunction dropped) one that ``test`` accepts?"""
    return any(toks[n].kind == "w" and test(strip_conj(toks[n].form)) for n in range(lo, hi))


_ASIDE_WORDS = 6  # tokens of an aside between commas (، مطلع الشهر،)
_SAYING_SPAN = 20  # tokens from the speaker to its بالقول / قائلاً (ردّ / علّق على X في Y، قائلاً)
_COUNT_NOUNS = frozenset(fold(w) for w in ("عدد", "أعداد", "حصيلة", "الحصيلة", "العدد", "خسائر", "الخسائر", "قيمة",
                                            "كلفة", "تكلفة"))  # (قدّرت الوزارة الخسائر بـ …: a figure too)


_OBJECT_SUFFIXES = frozenset({"ه", "ها", "هم", "ته", "تها", "تهم", "وه", "وها", "وهم", "ونه", "ونها", "ونهم"})


def _accused_on_verb(form: str) -> bool:
    """``اتهمته`` / ``يتهمهم``: the accused is a pronoun on the charge verb (``اتهم`` alone ends in هم too)."""
    f = strip_conj(form)
    at = f.find("تهم")
    return at >= 0 and f[at + 3:] in _OBJECT_SUFFIXES


_THAT_BI = frozenset(fold(w) for w in ("بأنّ", "بأنه", "بأنها", "بأنهم"))  # folded: بان، بانه …


def _needs_met(art: _Article, needs: str, j: int, k: int, end: int) -> bool:
    """Does what a cue ``needs`` (``cues.tsv``) follow its speaker (the cue ends at token ``j``,
    the speaker at ``k``)? ``words``: أنّ / a colon / a quote; ``about``: those or عن (تحدث عن …,
    not تحدث يوم الجمعة); ``bi``: a word in بـ right after (أقرّ بالهجوم) or those (أقرّ أنّ), not
    a plain object (أقرّ مجلس النواب القانون); ``saying``: بالقول / قائلاً within a few words (ردّت
    الهيئة على … بالقول); ``charge``: a charge in بـ after the accused (اتهمت الوزارة القوات بتجنيد
    …) or words, not a bare object; ``claimref``: another's claim right after (رفضت الوزارة
    الاتهامات, not المقترح); ``act``: an attack within a few words (تبنّت المقاومة … استهداف, not
    خططاً) — both looked for from the cue on, the speaker phrase may have run into them;
    ``actnext``: the attack right after the speaker (masculine تبنّى, also "is built" and "adopted");
    ``count``: a figure (عدد، حصيلة، a number) right after the speaker; ``whatit``: the verb
    right after وهو ما (وهو ما كذّبه X)."""
    toks = art.toks
    if needs == "charge":
        if _words_follow(art, k, end):
            return True
        for n in range(k, min(end, k + 6)):
            if toks[n].kind == "w" and toks[n].form.startswith("ب") and len(toks[n].form) > 3:
                t = toks[k]  # the accused stands between, not a conjunct of the speaker phrase
                return (n > k or _accused_on_verb(toks[j - 1].form)) \
                    and not (t.kind == "w" and strip_conj(t.form) != t.form)  # يتهم واشنطن وحلفاءها بـ
                # (the accused a pronoun on the verb: التي اتهمته بـ …)
        return False
    if needs == "stated":  # أعرب عن قلقه / إدانته, not أعربت سوريا عن تعازيها: condolences state nothing
        courtesy = _courtesy_words()
        return not _word_near(toks, k, min(end, k + 3), lambda w: w.startswith(courtesy))
    if needs == "renew":
        return _word_near(toks, j, min(end, k + 2), lambda w: w.startswith(("تاكيد", "التاكيد")))
    if needs == "saying":
        n = art.skip_fillers(k, end)  # (ردّ المتحدث …، NAME، بأنّ الاتهامات «عارية عن الصحة»: his words follow)
        return any(toks[n].form in _IMPLICIT_NEXT for n in range(k, min(end, k + _SAYING_SPAN))) \
            or n < end and toks[n].form in _THAT_BI

    if needs == "claimref":
        return _word_near(toks, j, min(end, k + 3), lambda w: "claimref" in classes(w))
    if needs == "act":  # a prefix: استهدافها، استهدافقاعدة (glued)
        acts = _act_words()
        return _word_near(toks, j, min(end, k + 12), lambda w: w.startswith(acts))
    if needs == "whatit":  # وهو ما كذّبه مصطفى, not هذه كذبة الاحتلال
        return _what_it(toks, j - 1) or _claim_it(toks, j - 1)
    if needs == "actnext":  # تبنّى التنظيم التفجير, not تبنّى البنتاغون في … استراتيجية
        acts = _act_words()
        return k > j and _word_near(toks, k, min(end, k + 1), lambda w: w.startswith(acts))
    if needs == "count":  # قدّر المرصد عدد القتلى بـ …: a figure after the speaker; not an object (قدّر
        # الموقف), an assessment (يقدّر الجيش أنّ …) or the passive after its noun (حضور … يقدَّر بنحو 15 ألف)
        n = art.skip_fillers(k, end)  # (قدّر الرئيس …، اليوم الإثنين، خسائر …: past the day)
        while n < end and toks[n].form in {"،", ","}:
            n = art.skip_fillers(n + 1, end)
        return k > j and _word_near(
            toks, n, min(end, n + 3), lambda w: w.isdigit() or w in _COUNT_NOUNS or "quantity" in classes(w))
    if needs == "bi":
        n = art.skip_fillers(k, end)
        if n < end and toks[n].form in {"،", ","}:  # أقرّت، مطلع الشهر، بإرسال …: past a time set off
            close = next((m for m in range(n + 1, min(end, n + _ASIDE_WORDS)) if toks[m].form in {"،", ","}), None)
            n = art.skip_fillers(close + 1, end) if close is not None else n
            if close is not None and n < end and toks[n].form in {":", '"'}:
                return False  # أقرّت …، مطلع العام، "عقداً اجتماعياً": adopted a text, its quoted name
        return n < end and (toks[n].form in {":", '"'} or toks[n].kind == "w" and (
            toks[n].form.startswith("ب") or "marker" in classes(toks[n].form)))
    if _words_follow(art, k, end):
        return True
    return needs == "about" and any(toks[n].kind == "w" and "prepmarker" in classes(toks[n].form)
                                    for n in range(k, min(end, k + 4)))


def _quoted_name(text: str, q: int, close: int) -> bool:
    """``أنّ "هيئة تحرير الشام" أعلنت …``: a few quoted words the sentence goes on after are a
    name, not the quoted words of the speaker."""
    rest = text[close + 1:close + 3].lstrip()
    return bool(rest) and rest[0].isalpha() and len(text[q + 1:close].split()) <= 4


def _closing_quote(text: str, q: int) -> int | None:
    """Index of the mark that closes the quote opening at ``q``."""
    closer = {"“": "”", "«": "»", '"': '"', "”": "”"}.get(text[q], "”")
    limit = min(len(text), q + _QUOTE_SPAN)
    for cand in (closer, '"', "”") if closer != '"' else ('"', "”"):
        c = text.find(cand, q + 1, limit)
        if c >= 0:
            return c
    return None


def _right_speaker(art: _Article, j: int, cue: Cue, end: int) -> tuple[SpeakerRef | None, int]:
    """Speaker after a verb (VSO): fillers may come first (``أعلنت اليوم وزارة …``)."""
    toks = art.toks
    if cue.needs == "claimref" and j < end and "claimref" in classes(strip_conj(toks[j].form)):
        return None, j  # والأخير يرفض تصريحات بايدن: whose statements are rejected, not who rejects
    k = art.skip_fillers(j, min(end, j + 4))
    if k < end and toks[k].form in _PRONOUN_PREPS and _resumptive_ma(toks, j - 1, j):
        k = art.skip_fillers(k + 1, min(end, k + 5))  # وهو ما أعربت عنه مجلة … / أشار إليه صراحةً الوزير
    while k < end and (_to_outlet(toks, k) or k > j and toks[k - 1].form == "عبر" and toks[k].mention is not None
                       and toks[k].mention.canonical == "outlet"):  # يحذّر عبر الميادين …: the channel, not the speaker
        k = art.skip_fillers(k + 1 + (toks[k].form == "ل"), end)  # وأضاف للميادين، أنّ … (said to us)
    if k > j and k < end and toks[k - 1].form in _TALK_NOUNS and (n := _told_to(toks, k, end)) > k:
        k = art.skip_fillers(n, end)  # يقول في حديثٍ للقناة "12" إنّ …: the channel spoken to, not the speaker
    after_prep = any(toks[x].form in _PREPOSITIONS for x in range(j, k))
    k = _skip_so_called(toks, k, end)
    if (part := _partitive(art, k, end)) is not None:
        return part  # وقال عدد من المسؤولين الإسرائيليين / اعتبر العديد من النواب
    k = _past_counts(toks, k, end)  # حذّرت 9 منظمات إغاثة / قالت أربعة مصادر
    if k >= end:
        return None, j
    if cue.kind == "relay" and toks[k].form == "عن" and k + 1 < end:
        k += 1  # ونُقل عن مسؤول أميركي قوله …: no relayer named, the source speaks
        k = _past_counts(toks, k, end - 1)  # ونقلت عن 4 مسؤولين
    if k + 1 < end and toks[k].form in _DEMONSTRATIVES and ("anaphor" in classes(toks[k + 1].form)
                                                           or toks[k + 1].kind == "a"
                                                           and toks[k + 1].mention.kind == "unnamed"):
        k += 1  # وقالت هذه المصادر / هذه الأوساط: the ones named before
    if (n := _past_issued_by(toks, k, end)) > k:
        k = n  # أكد البيان الصادر عن قيادة حرس الثورة أنّ …، كشف تقرير صادر عن المعهد …: the body that issued it
    elif k + 2 < end and strip_conj(toks[k].form) in _STATEMENT:
        n = k + 1 + (toks[k + 1].form in _STATEMENT_LINKS)  # كشف تقرير لهيئة البث الإسرائيلية أنّ …: the body whose
        # report it is (أكدت دراسة في مجلة … / نشرتها صحيفة …)
        if toks[n].kind == "a" and (n > k + 1 or toks[n].form.startswith("ل")) and toks[n].mention.kind not in _NOT_SUBJECT:
            k = n
        elif cue.kind != "relay" and (typed := _typed_body(art, n, end, glued=n == k + 1)) is not None \
                and art.opens_content(typed[1], end, strict=True):
            return typed  # أكدت دراسة لمجلة "…" الأميركية أنّ …: a body the tables lack
        elif cue.kind != "relay" and (src := _report_source(art, k)) is not None:
            return src, _past_same(toks, k + 1, end)  # ولفت التقرير إلى أنّ …: the body that published it
    if cue.kind != "relay" and (quoted_body := _quoted_body(art, k, end)) is not None:
        return quoted_body  # وقال "تجمع شباب …" إنّ / وزعمت "اللجنة الأمنية" في درعا أنّ: a quoted body the tables lack
    if toks[k].kind == "w" and (office := _bare_office(art, k, end, told=True)) is not None:
        return office  # وقال محافظ السويداء لوسائل إعلام رسمية إنّ …: not the governor "of" the media
    np = parse_np(toks, k, end)
    if np is None and (toks[k].kind == "a" and toks[k].mention.kind == "adjective" or toks[k].kind == "w") \
            and strip_conj(toks[k].form) in art.known_names():
        np = NP(k, k + 1, name=[toks[k]])  # وأكّد السوداني / وتابع الأمين: a surname the article gave in full
        # (not "the Sudanese", not the office الأمين)
    if np is None and toks[k].kind == "w" and (titled := _titled_before(art, k)) is not None:
        return titled, k + 1  # وأضاف الأسير: the person the article named with that title
    if np is None and (office := _bare_office(art, k, end)) is not None:
        return office  # وقال محافظ حماة إنّ …: an office and its place, no name
    typed = _typed_body(art, k, end, glued=False) if cue.kind != "relay" \
        and not strip_conj(toks[k].form).startswith("ال") else None  # (تتهم الحزب الحاكم بأنه: the accused)
    if typed is not None and not art.opens_content(typed[1], end, strict=True):
        typed = None  # وقالت جماعة "…" في بيانها: a body the tables lack, when no earlier one is meant
    if np is None:
        return typed or (None, j)
    if cue.kind == "relay" and toks[k - 1].form == "عن":
        sp = art.speaker(np) if (np.mention is not None or np.person) \
            and (_words_follow(art, np.j, end) or np.j < end and toks[np.j].form in {"قوله", "قولها", "قولهم"}
                 or np.mention is not None and strip_conj(toks[j - 1].form)[:1] in "يت") else None
        # (a bulletin's present تنقل عن مصدر … وجود مفاوضات: what the source tells may be a noun)
        return sp, (np.j if sp is not None else j)
    if after_prep and np.mention is not None and np.mention.kind == "metonym":
        return None, j  # يؤكد من بغداد: a place, not the speaker
    if not np.strong:
        known = art.known_names()
        n = next((x for x, t in enumerate(np.name) if strip_conj(t.form) not in known), len(np.name))
        if 0 < n < len(np.name) and np.name[0] is toks[np.i] and np.name[n] is toks[np.i + n] \
                and strip_conj(np.name[n - 1].form) in _surnames(art):
            np.name, np.j = np.name[:n], np.i + n  # ونفى هاليفي وجود خلافات: the name the article gave, then the object
        after = np.j + (toks[np.i].form == '"' and np.j < end and toks[np.j].form == '"')  # past "الاسم"
        body = _from_body(toks, after, end) if len(np.name) == 2 and not after_prep else None
        if body is not None and not any(t.form.startswith("ال") for t in np.name):
            sp = art.speaker(np)  # وعلّق أدريان واتسون، من مجلس الأمن القومي، على …: a person, of that body
            if sp is not None:
                m = toks[body].mention
                return replace(sp, org=m.canonical, org_ar=m.surface), body + 1
        c0 = j - len(cue.forms)  # the cue's first token
        aside = 1 < len(np.name) <= 3 and c0 > 0 and toks[c0 - 1].form in {"،", ","} and after < end \
            and toks[after].form in {"،", ","} and not np.name[0].form.startswith("ال")
        if aside and not after_prep or not after_prep and _foreign_name(np.name) and _circumstance_then_words(art, after, end):
            pass  # ولكن هذا، يقول NAME SURNAME، يترافق …: an attribution set off inside the words;
            # وكتب آرثر غرين في صحيفة "…" أنّ …: a foreign name, where he spoke, then his words
        elif not same_person(known, {strip_conj(t.form) for t in np.name}) and (
                after_prep or len(np.name) > 2 or any(t.form.startswith("ال") for t in np.name)
                or not (art.opens_content(after, end, strict=True)
                        or len(np.name) == 2 and after < end and toks[after].form in _TOWARDS
                        and art.opens_content(after + 1, end, strict=True))
                or len(np.name) == 1 and noun_with_pronoun(np.name[0].form)):
            return typed or (None, j)  # a bare word right after a verb is a name only before أنّ / : / a quote
            # (or a full name before إلى أنّ: أشار NAME SURNAME إلى أنّ; a lone surname there is someone
            # named before, whom the tables may not resolve)
    sp = art.speaker(np)
    if sp is None:
        return typed or (None, j)
    at = np.j + (np.j < end and toks[np.j].form == "في")  # (the phrase may have taken في as a place's)
    if sp.kind == "unnamed" and not after_prep and at + 1 < end and toks[at - 1].form == "في" \
            and (lacked := _typed_body(art, at, end, glued=False)) is not None and lacked[1] - at > 1 \
            and (lacked[1] >= end or toks[lacked[1]].form in {"،", ","} or art.opens_content(lacked[1], end, strict=True)):
        return replace(lacked[0], start=sp.start), lacked[1]  # نفى مصدر في مجلس مدينة دوما، …: a body the tables lack
        # speaks through its source (org_ar: the body as the text names it; a known body's sources stay unnamed)
    # relayed: ذكرت وكالة … نقلاً عن مصدر → the relayed source speaks
    k2 = art.skip_fillers(np.j, end)
    if cue.kind == "relay":  # نقلت وسائل إعلام رسمية في روسيا، اليوم، عن …: the relayer's tail first
        k2 = next((n for n in range(k2, min(end, k2 + _RELAY_GAP)) if toks[n].form in {"عن", "نقلا"}
                   or toks[n].kind == "w" and ("marker" in classes(toks[n].form) or match_cue(toks, n))), k2)
    elif sp.kind == "media" and k2 < end and toks[k2].form != "عن":  # أفاد مراسل "…" في سوريا، نقلاً عن …
        k2 = next((n for n in range(k2, min(end, k2 + _RELAY_GAP)) if toks[n].form == "نقلا"
                   or toks[n].kind == "w" and ("marker" in classes(toks[n].form) or match_cue(toks, n))), k2)
    if k2 < end and toks[k2].form in {"عن", "نقلا"}:
        k3 = k2 + 1 + (toks[k2].form == "نقلا")
        k3 = _past_counts(toks, k3, end - 1)  # نقلت الصحيفة عن 4 مسؤولين / عن عدة مصادر
        inner = parse_np(toks, k3, end) if k3 < end else None
        if inner is not None and inner.mention is None and inner.anaphor is None and not inner.person:
            inner = None  # نقل صورة عن سمعة …: only a named source is relayed
        sp2 = art.speaker(inner) if inner else None
        if sp2 is not None and (sp.kind == "media" or cue.kind == "relay"):
            if sp.kind == "media" and sp.org:
                art.history.append(sp)  # the relaying outlet, for ورأت الشبكة … after it (not a claimant here)
            return sp2, inner.j
    if cue.kind == "relay" and not (sp.kind in _SELF_RELAYING and sp.org is not None and _words_follow(art, np.j, end)):
        return None, j  # (نقلت أوساط أوروبية للميادين أنّ …: a source, no عن, tells its own words)
    return sp, np.j


_ON, _TONGUE = fold("على"), fold("لسان")  # على لسان: by the mouth of
_THROUGH = fold("عبر")  # أعلنت واشنطن، عبر وزير دفاعها NAME: through


def _voiced_by(art: _Article, sp: SpeakerRef, k: int, end: int) -> tuple[SpeakerRef, int] | None:
    """A body's words given through its office holder (``قالت الهيئة على لسان المتحدث باسمها NAME
    إنّ``، ``إعلان واشنطن، عبر وزير دفاعها NAME، أنّ``): the holder speaks for the body — for the
    ministry his office names when it is the country's own (وزير دفاعها), else the body; with the
    index after his name. None when no named holder follows."""
    toks = art.toks
    if not sp.org or sp.name or sp.kind == "person":
        return None
    n = k + (k < end and toks[k].form in {"،", ","})
    if n + 1 < end and toks[n].form == _ON and toks[n + 1].form == _TONGUE:
        n += 2
    elif n < end and toks[n].form == _THROUGH:
        n += 1
    else:
        return None
    holder = parse_np(toks, n, end) if n < end else None
    person = art.speaker(holder) if holder is not None and holder.name and holder.person else None
    if holder is None or person is None or not person.name:
        return None
    if person.org:
        return replace(person, org_ar=person.org_ar or (sp.org_ar if person.org == sp.org else None)), holder.j
    owned = possessed(fold(person.role or "").rsplit(" ", 1)[-1])
    ministry = _country_ministry(sp.org, owned) if owned else None
    if ministry is not None:
        return replace(person, org=ministry, org_ar=sp.org_ar, kind="ministry"), holder.j
    return replace(person, org=sp.org, org_ar=sp.org_ar, kind=sp.kind), holder.j


_SELF_RELAYING = frozenset({"unnamed", "media"})  # نقلت أوساط … / وسائل إعلام إسرائيلية أنّ …: no عن, their own report
_REPORTS = {fold(a): frozenset(fold(w) for w in intro) for a, intro in (
    ("التقرير", ("تقرير", "تقريرا", "تقريراً")), ("الدراسة", ("دراسة",)), ("المقال", ("مقال", "مقالا", "مقالاً")),
    ("التحقيق", ("تحقيق", "تحقيقا", "تحقيقاً")))}
_SAME = frozenset(fold(w) for w in ("ذاته", "ذاتها", "نفسه", "نفسها"))
_REPORT_REACH = 300  # tokens back to the report's introduction (نشرت صحيفة … تقريراً)


def _past_same(toks: list[Tok], k: int, end: int) -> int:
    return k + (k < end and toks[k].form in _SAME)  # التقرير ذاته


def _report_source(art: _Article, k: int) -> SpeakerRef | None:
    """``ولفت التقرير إلى أنّ …`` / ``وبحسب التقرير``: a report named before as published
    (``نشر موقع "…" الأميركي تقريراً …``, ``كشف تقرير لهيئة …``) speaks for the body its introducing
    sentence names nearest before it, or right after it; the outlet's own report is no claim."""
    toks = art.toks
    form = strip_conj(toks[k].form)
    intros = _REPORTS.get("ال" + form[2:] if form.startswith("لل") else form)  # (وفقاً للتقرير)
    if intros is None or k + 1 < len(toks) and (toks[k + 1].kind == "a" or toks[k + 1].form in _ISSUED):
        return None  # التقرير الصادر عن … / التقرير الأممي: named there
        return None
    for n in range(k - 1, max(-1, k - _REPORT_REACH), -1):
        if toks[n].kind != "w" or strip_conj(toks[n].form) not in intros:
            continue
        s0, s1 = art.sent_start(n), art.sent_end(n)
        after = n + 1 + (n + 2 < s1 and toks[n + 1].form in {"ل", '"'})  # تقرير لـ"…" / تقرير "فورين بوليسي"
        for x in [*range(n - 1, s0 - 1, -1), *range(after, min(s1, after + 1))]:
            t = toks[x]
            if t.kind == "a" and t.mention.canonical == "outlet":
                return None
            if t.kind == "a" and t.mention.kind not in _NOT_SUBJECT | {"unnamed"}:
                return SpeakerRef(None, None, None, t.mention.canonical, t.mention.surface.replace('"', ""),
                                  t.mention.kind, toks[k].start, toks[k].end)
            if t.kind == "w" and (typed := _typed_body(art, x, s1, glued=x > n)) is not None:
                return replace(typed[0], start=toks[k].start, end=toks[k].end)
        return None  # (تقرير إحصائي إسرائيلي: no body named as its publisher)
    return None


_STATEMENT = frozenset(fold(w) for w in ("البيان", "بيان", "التقرير", "تقرير", "الدراسة", "دراسة"))  # … الصادر عن X
_DEMONSTRATIVES = frozenset({"هذه", "هذا", "هولاء"})
_ISSUED = frozenset({"الصادر", "صادر"})
_BARE_STATEMENT = fold("بيان")


def _past_issued_by(toks: list[Tok], k: int, end: int, governed: bool = False) -> int:
    """Past ``البيان / تقرير الصادر عن`` before the body that issued it (that body speaks); else ``k``.
    ``governed``: the noun may carry the ل of وفقاً / بحسب glued to it (للتقرير، لبيان)."""
    if not (k + 3 < end and toks[k + 1].form in _ISSUED and toks[k + 2].form in {"عن", "من"}):
        return k
    form = strip_conj(toks[k].form)
    if governed and form.startswith("لل"):
        form = "ا" + form[1:]
    elif governed and form.startswith("ل"):
        form = form[1:]
    elif governed and form == _BARE_STATEMENT:
        return k  # وفق بيان صادر عن المجلس: the cue بيان صادر عن reports it already
    return k + 3 if form in _STATEMENT else k
_STATEMENT_LINKS = frozenset({"ل", "في"} | {fold(v + e) for v in ("نشر", "أصدر", "أعد") for e in ("ته", "تها", "ها", "ه")})
_OFFICE_PLACE_WORDS = 3  # محافظ حماة، مدير صحة حلب، قائد شرطة ريف دمشق


def _bare_office(art: _Article, k: int, end: int, told: bool = False,
                 verb: bool = False) -> tuple[SpeakerRef, int] | None:
    """``وقال محافظ حماة إنّ …`` / ``وأكد مدير صحة حلب أنّ …``: an indefinite office and the
    place or service it heads, no name and no body the tables know, right before the words
    (``told``: only where the media he spoke to stand between — لوكالة سانا is no body of his;
    ``verb``: the office is the subject before a present-tense cue at ``end`` — ومحافظ الحسكة
    يؤكد …، وحاكم المدينة يعلن … — whose words the cue itself vouches for)."""
    toks, text = art.toks, art.doc.text
    t = toks[k]
    if t.kind != "w" or strip_conj(t.form).startswith("ال") or "role" not in classes(strip_conj(t.form)):
        return None
    n = k + 1
    while n < end and n - k <= _OFFICE_PLACE_WORDS and (toks[n].kind == "w" and not classes(toks[n].form)
                                                         and not is_cue_word(toks[n].form) and not toks[n].adverb
                                                         or toks[n].kind == "a" and toks[n].mention.kind == "metonym"):
        n += 1
    if n == k + 1 and n < end and toks[n].kind == "w" and toks[n].form.startswith("ال") \
            and "anaphor" in classes(toks[n].form):
        n += 1  # وأضاف رئيس الحكومة: a holder named before, or no one
    if n == k + 1:
        return None
    if verb:
        if n != end:
            return None
        m = n
    else:
        m = _past_media_addressee(toks, n, end)  # وقال محافظ حماة لوكالة سانا / لوسائل إعلام رسمية إنّ …
        if told and m == n or not art.opens_content(m, end, strict=True):
            return None
    lead = len(t.form) - len(strip_conj(t.form))
    start = t.start + lead
    holder = _holder_before(art, [strip_conj(t.form)] + [toks[x].form for x in range(k + 1, n)])
    if holder is not None:
        return replace(holder, start=start, end=toks[n - 1].end), m  # وأشار وزير الداخلية، after his full name
    if "anaphor" in classes(toks[n - 1].form):
        return None
    office = text[start:toks[n - 1].end]
    return SpeakerRef(None, None, office, None, office, "government", start, toks[n - 1].end), m


_MEDIA_TOLD = frozenset({"media", "unnamed"})
_TOLD_WORDS = 3  # adjectives of the media spoken to (لوسائل إعلام رسمية محلية)


def _past_media_addressee(toks: list[Tok], n: int, end: int) -> int:
    """Past the outlet or media an official spoke to (``لوكالة سانا``، ``لـ"الوطن"``، ``لوسائل
    إعلام رسمية``), between him and his words; else ``n``."""
    m = _told_to(toks, n, end)
    if m == n:
        m = _past_addressee(toks, n, end)
    if m == n and n + 1 < end and toks[n].form == "ل" and toks[n + 1].kind == "a" \
            and toks[n + 1].mention.kind in _MEDIA_TOLD:
        m = n + 2
        while m < end and m - n - 2 < _TOLD_WORDS and toks[m].kind == "w" and not classes(toks[m].form) \
                and not is_cue_word(toks[m].form):
            m += 1
    return m


def _holder_before(art: _Article, words: list[str]) -> SpeakerRef | None:
    """The last named speaker whose office and body hold all of a bare office's words (folded):
    ``وزير الداخلية`` after ``وزير الداخلية التركي NAME``, ``رئيس الحكومة`` after ``رئيس الحكومة
    اللبنانية NAME``."""
    want = {w.removeprefix("ال") for w in words}
    for h in reversed(art.refs()):
        if not h.name:
            continue
        have = {w.removeprefix("ال") for w in fold(f"{h.role or ''} {h.org_ar or ''}").split()}
        if want <= have:
            return h
    return None


_ISSUED_TEXTS = frozenset(fold(w) for w in ("بياناً", "بيان", "كلمة", "خطاباً", "خطاب", "تقريراً", "رسالة",
                                            "تغريدة", "منشوراً", "تصريحاً"))
_ISSUER_WORDS = 8  # words of the body before its statement (وأصدرت المقاومة الإسلامية في العراق بياناً)
_ISSUED_GAP = 9  # tokens from the statement to its فيه (بياناً غير عادي الأسبوع الماضي، أعلن فيه)
_ISSUED_SPAN = 40  # tokens a second verb of the same statement may run after it (جدّدت فيه …، وأعلنت فيه)


def _issuer(art: _Article, i: int) -> SpeakerRef | None:
    """``أصدر X بياناً قال فيه …`` / ``X، تصدر بياناً تقول فيه``: the verb's فيه is the statement
    the sentence named, so whoever issued it speaks — not the phrase after the verb, nor the last
    speaker (``…، وأعلنت فيه`` goes on with the same statement)."""
    toks = art.toks
    s = art.sent_start(i)
    x = next((n for n in range(i - 1, max(s, i - _ISSUED_SPAN) - 1, -1)
              if strip_conj(toks[n].form) in _ISSUED_TEXTS
              and any(toks[m].form in _IN_IT for m in range(n + 2, min(i + 2, n + _ISSUED_GAP)))), None)
    if x is None or x - 1 <= s:
        return None
    vso = [start for start in range(max(s + 1, x - _ISSUER_WORDS), x)  # أصدرت X بياناً (widest first)
           if toks[start - 1].kind == "w" and strip_conj(toks[start - 1].form) not in _PREPOSITIONS]
    sp = _speaker_ending_at(art, vso, x)
    e = x - 1 - (toks[x - 2].form in {"،", ","})  # SVO (headlines): X، تصدر بياناً
    if sp is None and toks[x - 1].kind == "w" and e > s:
        svo = [start for start in range(max(s, e - _ISSUER_WORDS), e) if start == s or toks[start - 1].kind == "p"]
        sp = _speaker_ending_at(art, svo, e)
    return sp


def _speaker_ending_at(art: _Article, starts: list[int], end: int) -> SpeakerRef | None:
    """The speaker the first phrase from one of ``starts`` names, when the phrase ends at ``end``."""
    for start in starts:
        np = parse_np(art.toks, start, end)
        if np is not None and np.j == end and (np.mention is not None or np.person):
            sp = art.speaker(np)
            if speaker_ok(sp):
                return sp
    return None


def _titled_before(art: _Article, k: int) -> SpeakerRef | None:
    """``وأضاف الأسير`` / ``وقال العميد``: a definite title alone names the last speaker, or
    person presented by office, who bore it."""
    form = strip_conj(art.toks[k].form)
    if not form.startswith("ال") or "title" not in classes(form):
        return None
    ref = next((h for h in reversed(art.refs()) if h.title and h.name and strip_conj(fold(h.title)) == form), None)
    if ref is None:
        return None
    t = art.toks[k]
    return replace(ref, start=t.start, end=t.end)


_RELAY_GAP = 8  # words between a relaying outlet and its عن (its adjectives, where, when)


def _to_outlet(toks: list[Tok], k: int) -> bool:
    """``للميادين`` / ``لـ"الميادين"``: the outlet as the one spoken to, not the speaker."""
    t = toks[k]
    if t.mention is not None:
        return t.mention.canonical == "outlet" and t.form.startswith("ل")
    return t.form == "ل" and k + 1 < len(toks) and toks[k + 1].mention is not None \
        and toks[k + 1].mention.canonical == "outlet"


_SO_CALLED = {fold(w) for w in ("يعرف", "تعرف", "يسمى", "تسمى", "يطلق")}  # folded: يسمى → يسمي


def _skip_so_called(toks: list[Tok], k: int, end: int) -> int:
    """``قال ما يعرف باسم "مركز المصالحة"``: the name after ``ما يعرف باسم`` is the speaker."""
    if k + 1 < end and toks[k].form == "ما" and toks[k + 1].form in _SO_CALLED:
        k += 2
        while k < end and toks[k].form in {"باسم", "ب", "عليه", "عليها", '"'}:
            k += 1
    return k


def _past_counts(toks: list[Tok], k: int, limit: int) -> int:
    """The token after the counts at ``k`` (``4``، ``أربعة``، ``عدة``), looking no further than ``limit``."""
    while k < limit and (toks[k].form.isdigit() or "quantity" in classes(toks[k].form)):
        k += 1
    return k


def _opens_clause(art: _Article, i: int) -> bool:
    """The verb stands first in its clause (``واتهمت …``، ``، اتهمت …``، ``كما اتهم …``)."""
    toks = art.toks
    if i == art.sent_start(i) or toks[i].form != strip_conj(toks[i].form):
        return True
    prev = toks[i - 1]
    return prev.kind == "p" or strip_conj(prev.form) in _CLAUSE_OPENERS


@lru_cache(maxsize=1)
def _cue_heads() -> frozenset[str]:
    """The folded words a cue may open with (قال، نفى، أكد …)."""
    return frozenset(cue_table())


_AS_FOR_REACH = 14  # tokens from أمّا to the فـ of its verb


def _as_for_glued(toks: list[Tok], s: int, i: int) -> bool:
    """``أمّا المجلس الوطني الكردي فقال …``: فـ glued to the cue closes an أمّا topic, its subject."""
    return toks[i].form[:1] == "ف" and toks[i].form[1:] in _cue_heads() \
        and any(toks[n].form in _AS_FOR for n in range(max(s, i - _AS_FOR_REACH), i - 1))


def _conj_glued(form: str) -> bool:
    """``وقال`` / ``فأكد``: و / ف glued to a cue verb. (``strip_conj`` keeps a short word whole,
    for names like وليد, so it leaves the three-letter verbs: قال، نفى، ذكر.)"""
    return form != strip_conj(form) or form[:1] in "وف" and form[1:] in _cue_heads()


_WHEN = {fold(w) for w in ("حين", "حينما", "عندما", "إذ", "لما")}  # a clause whose verb's subject is the main clause's


_CLAUSE_OPENERS = {fold(w) for w in ("كما", "فيما", "بينما", "حيث", "ثم", "كذلك", "بدوره", "بدورها",
                                     "اليوم", "أمس")}


def _from_body(toks: list[Tok], k: int, end: int) -> int | None:
    """``NAME، من مجلس الأمن القومي،``: the body a name is set off as coming from (its token),
    closed by a comma; else None."""
    if k + 3 < end and toks[k].form in {"،", ","} and toks[k + 1].form in {"من", "في"} \
            and toks[k + 2].kind == "a" and toks[k + 2].mention.kind not in _NOT_SUBJECT | {"unnamed"} \
            and toks[k + 3].form in {"،", ","}:
        return k + 2
    return None


def _foreign_name(name: list[Tok]) -> bool:
    """Two or three name words, the first no Arabic word (آرثر، جون، ماثيو): a foreign person's
    name, not a noun phrase (Arabic given names are words too, and stay strict); nor its last
    word a definite one or an Arabic feminine word (جودة المنتج، قواسم مشتركة: a noun the dictionary
    lacks and its genitive or adjective)."""
    last = name[-1].form
    return 1 < len(name) <= 3 and not name[0].form.startswith("ال") and not is_word(strip_conj(name[0].form)) \
        and not last.startswith("ال") and not (last.endswith("ه") and is_word(last))


def _circumstance_then_words(art: _Article, k: int, end: int) -> bool:
    """``في صحيفة "…" أنّ`` / ``خلال مقابلة مع … إنّ``: where or when one spoke, then أنّ / إنّ
    (no other cue between)."""
    toks = art.toks
    if k >= end or toks[k].form not in _CIRCUMSTANTIAL:
        return False
    m = next((n for n in range(k + 1, min(end, k + _CIRCUMSTANCE_SPAN))
              if toks[n].kind == "w" and ("marker" in classes(toks[n].form) or match_cue(toks, n))), None)
    return m is not None and "marker" in classes(toks[m].form) and toks[m].form not in _NEGATING_MARKERS


def _surnames(art: _Article) -> set[str]:
    """The last name words (folded) of the persons who spoke or were introduced so far."""
    return {fold(sp.name.split()[-1]) for sp in art.refs() if sp.name and sp.kind == "person"}


def _left_speaker(art: _Article, i: int) -> SpeakerRef | None:
    """Speaker before the cue (SVO: headlines, ``وكان … قد أعلن``, ``X، NAME، يحذّر``)."""
    toks = art.toks
    s = art.sent_start(i)
    topic = _as_for_glued(toks, s, i)  # أمّا X فـ…: all before فـ is the topic
    if _conj_glued(toks[i].form) and not topic:
        return None  # وقال / فأكد: a coordinated verb has its subject before the conjunction
    e = i
    subject_at = -1  # where the subject must start, when the sentence tells (كان X قد …)
    if e - 2 > s and toks[e - 1].form == "قد" and toks[e - 2].form in {"،", ","}:
        e -= 2  # وكانت X، قد أعلنت: the comma closes the subject, قد opens the verb
    elif e - 1 > s and toks[e - 1].form == "قد" and strip_conj(toks[e - 2].form) not in _WAS \
            and (was := next((n for n in range(e - 3, max(s, e - _WAS_SUBJECT) - 1, -1)
                              if strip_conj(toks[n].form) in _WAS), None)) is not None:
        e -= 1  # وكان لافروف قد أعلن: قد opens the verb, the subject stands between (not كانوا قد;
        # not ولانتظار متغيّرات قد تحدث, no كان: a clause of another kind)
        subject_at = was + 1  # the subject is all between: وكان الحزب الجمهوري في ولاية تكساس قد أعلن
        if _dual(toks[i].form):
            subject_at = _second_conjunct(toks, subject_at, e)  # وكانت السعودية وسوريا قد أعلنتا: the
            # second subject here, the first found beside it (_dual_co_speaker), as with no كان
    if e - 2 > s and toks[e - 1].form in {"فقد", "ف"} \
            and any(toks[n].form in _AS_FOR for n in range(max(s, e - 14), e - 2)):
        e -= 1  # أما المرصد فقد وثّق: the topic before فـ is the subject
        topic = True
    c = e - 1 if toks[e - 1].form in {"،", ","} else e if e < i and toks[e].form in {"،", ","} else None
    if c is not None and c - 2 > s:  # "قسد"، المدعومة أميركياً، (قد) تعلن: the body before its description
        e = min(e, _past_description(art, s, c))
    if e - 3 > s and toks[e - 1].form == ")":
        o = next((n for n in range(e - 2, max(s, e - 6), -1) if toks[n].form == "("), e)
        e = o if toks[o - 1].kind == "a" else e  # وزارة الدفاع الأميركية (البنتاغون) تعلن: a known body's short name
    elif e - 3 > s and toks[e - 1].form in _DASHES:
        o = next((n for n in range(e - 2, max(s, e - _ASIDE_WORDS - 1), -1) if toks[n].form in _DASHES), e)
        e = o if o < e and toks[o - 1].kind == "a" else e  # المقاومة الإسلامية في لبنان - حزب الله - نفت:
        # the body before its aside between dashes
    relative = e > s and strip_conj(toks[e - 1].form) in _RELATIVE  # (والتي أكدت: the same)
    if relative:
        e -= 1  # ديفيد كول، الذي وصف التقرير بأن …
    comma = e > s and toks[e - 1].form in {"،", ","}
    e = e - 1 if comma else e
    comma = comma and e == i - 1
    b = e
    while b > s and toks[b - 1].form not in {".", "؟", "?", "!", ":", "؛", ";"} and e - b < 14:
        if match_cue(toks, b - 1):
            break
        b -= 1
    for start in range(b, e):  # the phrase may follow clause debris (كان، قد، a comma …)
        if subject_at >= 0 and start != subject_at:
            continue
        t = toks[start]
        if t.form in _LEFT_SKIP or (t.kind == "p" and t.form != '"'):
            continue
        after_marker = start > b and ("marker" in classes(toks[start - 1].form)  # يُذكر أنّ مصادر … أفادت
                                      or toks[start - 1].form in _BUT)
        if start - 1 > b and toks[start - 1].form == '"' and toks[start - 1].end == t.start \
                and toks[start - 2].kind == "w" and not (toks[start - 2].form in _LEFT_SKIP
                                                         or classes(toks[start - 2].form) & {"marker", "filler"}
                                                         or strip_conj(toks[start - 2].form) in _STATEMENT):
            continue  # وإعلام "إسرائيل" يتحدث: a quoted name after a noun is its complement
            # (not after a report: تقرير "فورين بوليسي" أشار إلى أنّ …, the body whose report it is)
        if relative:
            np = parse_np(toks, start, e)
            if np is not None and np.strong and np.j == e:  # the antecedent of الذي, wherever it starts
                return art.speaker(np)
            if 2 <= e - start <= 3 and start > s and t.form == strip_conj(t.form) \
                    and all(x.kind == "w" and (name_like(x) or x.ali) and not x.form.startswith("ال")
                            and not classes(x.form) - {"filler"} for x in toks[start:e]) \
                    and toks[start - 1].form not in _PREPOSITIONS \
                    and any(toks[x].kind == "w" and classes(toks[x].form.removeprefix("ل")) & {"role", "title"}
                            for x in range(max(s, start - _OFFICE_BEFORE_NAME), start)):
                return art.speaker(NP(start, e, name=toks[start:e]))  # النائب في كتلة … علي فياض الذي أشار:
                # a full name after its office (one the tables lack)
            continue
        if start > b and not (toks[start - 1].form in _LEFT_SKIP or toks[start - 1].kind == "p" or after_marker
                              or topic and toks[start - 1].form in _AS_FOR
                              or "filler" in classes(toks[start - 1].form) or t.form != strip_conj(t.form)
                              or _short_after_and(art, t)
                              or _headline_subject(toks, start, e, i)
                              or _name_after_and(art, toks[start:e])):
            continue
        if t.mention is not None and start > s and strip_conj(toks[start - 1].form) in _PREPOSITIONS \
                and (t.mention.kind == "metonym" or toks[start - 1].form in {"في", "لدي"}
                     and start - 2 > b and toks[start - 2].kind in {"w", "a"}
                     and not any(toks[x].kind == "a" and toks[x].mention.kind == "unnamed"
                                 for x in range(max(b, start - 4), start - 1))):
            continue  # a place after a preposition, or the body a mission sits in (بعثة إيران في الأمم المتحدة;
            # مسؤول كبير في البنتاغون يقول: an official of the body, who speaks for it)
        if t.form == '"' and (after_marker or toks[start - 1].form in _AS_FOR) \
                and (c := _quoted_type_name(toks, start, e)) is not None and _affiliation(toks, c + 1, e) == e:
            return _lacked_body(art, start, c)  # غير أنّ "تنسيقية …" قالت / أمّا "تجمع …" فقد ذكر: a body the tables lack
        if (part := _partitive(art, start, e)) is not None and art.skip_fillers(part[1], e, outlet=True) == e:
            return part[0]  # لكن أحد أقارب القتيل نفى / وعدد من السكان أكدوا: some of a group, before the verb
        np = parse_np(toks, start, e)
        if np is None and e == i and (hit := match_cue(toks, i)) is not None and hit[0].kind == "present" \
                and (office := _bare_office(art, start, e, verb=True)) is not None:
            return office[0]  # ومحافظ الحسكة يؤكد …: an office the tables lack, heading its clause
        quoted_but = t.form == '"' and toks[start - 1].form in _BUT and np is not None and bool(np.name) \
            and np.j == e and len(np.name) <= 4  # لكن "أبو محمد" نفى: opposition outlets quote names
        topic_body = topic and toks[start - 1].form in _AS_FOR and np is not None and np.body is not None
        if after_marker and t.mention is None and (np is None or not (np.person or quoted_but or topic_body)):
            continue  # after أنّ / لكن a known body, or an office (لكن المتحدث باسم …، لكن NAME مدير …);
            # after لكن a quoted name right before the verb (لكن "أبو محمد" نفى); after أمّا a body
            # the tables lack (أمّا المجلس الوطني الكردي فقال)
        if np is not None and np.mention is not None and not np.person:
            np.j = _affiliation(toks, np.j, e)  # القيادة المركزية الأميركية التابعة للجيش الأميركي، تؤكد
        if np is not None and np.person and not np.name and _posting(toks, np.j, e):
            np.j = e  # وكانت بعثة إيران في الأمم المتحدة، قد شدّدت: where the office sits, then the verb
        elif topic and np is not None and np.mention is not None and np.j < e and toks[np.j].form in _POSTINGS \
                and toks[start - 1 - (toks[start - 1].form == '"' and start - 1 > s)].form in _AS_FOR:
            np.j = e  # أمّا "مركز المصالحة" في قاعدة حميميم فقد ادّعى: where the body sits, in the topic
        if topic_body and np is not None and 0 < e - np.j <= 2 and all(
                toks[x].kind == "w" and toks[x].form.startswith("ال") and toks[x].form.endswith(("يه", "ي"))
                for x in range(np.j, e)):
            np.j = e  # أمّا صفحة «دمشق الآن» الموالية فتحدثت: the body's description, in the topic
        if np is None or art.skip_fillers(np.j, e, outlet=True) != e:  # مصادر … للميادين، تؤكد
            continue
        if not np.strong and np.j != e:
            continue  # … تصدر بياناً تقول: a bare name stands right before its verb
        if comma and not (start > s and toks[start - 1].form in {"،", ","}) \
                and not (np.mention is not None and not np.person and (start == s or after_marker
                                                                       or _to_outlet(toks, e - 1))) \
                and not (np.mention is not None and np.person and np.name and (start == s or after_marker)):
            continue  # X، cue: only an apposed name (المتحدث …، ناصر كنعاني، يحذّر), مصادر … للميادين، تؤكد,
            # or an office and its holder opening the lead (وزير الدفاع الأميركي لويد أوستن، يعلن …)
            # or after لكن (لكن القيادي في "قسد"، NAME، نفى …)
        if not np.strong:
            before = toks[start - 1].form if start > s else ""
            conj = t.form != strip_conj(t.form)  # … ولافروف يحذر
            short = not conj and len(np.name) == 1 and _short_after_and(art, t)
            glued = not conj and not short and _name_after_and(art, np.name)  # … وعبد اللهيان يكشف
            conj = conj or short or glued
            head = None if conj and t.form[0] == "و" else _apposition_head(art, start)  # المتحدث باسم …، ناصر كنعاني، يحذّر (not …، وستولتنبرغ)
            definite = [strip_conj(x.form).startswith("ال") for x in np.name]
            known = head is None and 1 <= len(np.name) <= 3 and not any(definite[:-1]) \
                and art.introduced_name({strip_conj(x.form) for x in np.name}) or glued  # فيصل المقداد يؤكد: named in full below
            if not quoted_but and (start > s and before not in _CLAUSE_PUNCT and before != ":"
                                   and before not in _LEFT_SKIP and not conj) \
                    or not quoted_but and (len(np.name) > 4 or all(definite[:2]) if head else
                        not known and (len(np.name) > 2 or any(definite))):
                continue  # an apposed name may be longer (ألون بن ديفيد): the office before it vouches
            if head is not None:
                head.name, head.j = [x for x in toks[start:np.j] if x.kind == "w"], np.j
                np = head
            sp = art.speaker(np)
            if glued and sp is not None and sp.name:
                forms = frozenset([t.form[1:], *(x.form for x in np.name[1:])])
                ref = next((h for h in reversed(art.refs()) if h.name and same_person(h.name_forms, forms)), None)
                org = _figure_org(forms)
                sp = replace(ref, start=sp.start, end=sp.end) if ref is not None else \
                    replace(sp, name=sp.name[1:], name_forms=forms, org=org or sp.org)
            if short and sp is not None and sp.name:
                forms = frozenset({t.form[1:]})
                ref = next((h for h in reversed(art.refs()) if same_person(h.name_forms, forms)), None)
                sp = replace(sp, name=sp.name[1:], name_forms=forms) if ref is None else \
                    replace(ref, start=sp.start, end=sp.end)  # شي → the president the article names
            return sp
        return art.speaker(np)
    return None


_OFFICE_BEFORE_NAME = 6  # tokens back from a relative's antecedent name to its office (النائب في كتلة … NAME الذي)
_WAS_SUBJECT = 8  # tokens from كان to its قد: the subject between
_WAS = frozenset({"كان", "كانت", "كانوا", "كانا", "كانتا", "يكون", "تكون", "يكونوا"})
_POSTINGS = frozenset({"في", fold("لدى")})


def _posting(toks: list[Tok], a: int, e: int) -> bool:
    """``toks[a:e]`` is where an office sits: في / لدى and bodies or places the tables know
    (``بعثة إيران في الأمم المتحدة``), nothing else."""
    return a + 1 < e and toks[a].form in _POSTINGS and all(t.kind == "a" or t.form == '"' for t in toks[a + 1:e])


def _past_description(art: _Article, s: int, c: int) -> int:
    """``X، المدعوم أميركياً، (قد) أعلن`` / ``X، التي …،``: where a known body ends before a
    description set off by commas (a participle or a relative clause, no cue inside); else ``c + 1``."""
    toks = art.toks
    for d in range(c - 2, max(s, c - 8), -1):
        if toks[d].form not in {"،", ","}:
            continue
        head = toks[d + 1]
        body = toks[d - 1] if toks[d - 1].form != '"' else toks[d - 2]
        described = head.form in _RELATIVES or head.kind == "w" and head.form.startswith("ال") \
            and not classes(head.form) and not is_cue_word(head.form)
        if described and body.kind == "a" and body.mention.kind not in _NOT_SUBJECT \
                and not any(match_cue(toks, n) for n in range(d + 1, c)):
            return d
        break
    return c + 1


def _name_after_and(art: _Article, name: list[Tok]) -> bool:
    """``وعبد اللهيان يشدد``: و glued to a three-letter first word that strip_conj keeps whole
    (وعبد، وعلي), the rest a name the article writes elsewhere or a public figure's."""
    t = name[0]
    if not (2 <= len(name) <= 3 and len(t.form) == 4 and t.form[0] == "و") or any(x.kind != "w" for x in name):
        return False
    forms = frozenset([t.form[1:], *(x.form for x in name[1:])])
    return forms in _public_figures() or all(art.has_form(f) for f in forms) and any(
        same_person(h.name_forms, forms) for h in art.refs() if h.name)


def _short_after_and(art: _Article, t: Tok) -> bool:
    """``وشي يؤكد``: و and a two-letter name, which strip_conj keeps whole (ولي، وفا are words),
    when short_names.tsv lists it or the article writes it alone elsewhere (الرئيس الصيني شي جين بينغ)."""
    return len(t.form) == 3 and t.form[0] == "و" and (t.form[1:] in _short_names() or art.has_form(t.form[1:]))


@lru_cache(maxsize=1)
def _public_figures() -> dict[frozenset[str], str]:
    """public_figures.tsv: a figure's name words (folded) → the body a claim of theirs is scored
    under ("" for none): a headline's bare البرهان / عبد اللهيان is that person."""
    return {frozenset(words): org for words, org in figure_rows()}


def _figure_org(forms: set[str] | frozenset[str]) -> str | None:
    """The body of the public figure whose name these words are or hold (``محمد علي الحوثي``
    holds الحوثي): "" for a figure with none, None for no figure."""
    figures = _public_figures()
    org = figures.get(frozenset(forms))
    if org is None and len(forms) <= 4:  # (حسن نصر الله holds نصر الله)
        org = next((o for f, o in figures.items() if f <= forms and (len(f) == 1 and len(forms) <= 3 or len(f) > 1)),
                   None)
    return org


@lru_cache(maxsize=1)
def _figure_words() -> frozenset[str]:
    """One-word figures' names: known names in any article (وأكد المقداد أنّ …)."""
    return frozenset(w for forms in _public_figures() for w in forms if len(forms) == 1)


@lru_cache(maxsize=1)
def _short_names() -> frozenset[str]:
    """short_names.tsv: two-letter names a headline glues to و."""
    return frozenset(fold(r["name"].strip()) for r in read_tsv("short_names.tsv") if (r.get("name") or "").strip())


_AFFILIATED = {"التابع", "التابعه"}


def _affiliation(toks: list[Tok], k: int, e: int) -> int:
    """Past ``التابعة لـ"…"`` after a body (whose it is, not another speaker), up to ``e``."""
    if k < e and toks[k].form in _AFFILIATED:
        n = k + 1
        while n < e and (toks[n].form in {"ل", '"'} or toks[n].kind == "a"):
            n += 1
        if n > k + 1 and toks[n - 1].kind in {"a", "p"}:
            return n
    return k


def _headline_subject(toks: list[Tok], start: int, e: int, i: int) -> bool:
    """``في حصيلة هي الكبرى … الجيش الإسرائيلي يقر بـ``: a headline runs its words on without
    punctuation; a body named right before a present-tense cue is its subject wherever the
    phrase begins (not a place, not after a preposition); so is a titled person (وفي الشأن السوري
    السيد نصر الله يؤكد: …)."""
    t = toks[start]
    if t.kind == "w" and e == i and start + 1 < e and "title" in classes(t.form):
        before = toks[start - 1]
        if before.kind == "w" and (classes(strip_conj(before.form)) & {"title", "role", "rolemod"}
                                   or name_like(before) and not before.form.startswith("ال")):
            return False  # العميد السيد NAME / نجل السيد NAME: an office's or another's apposition, not the subject
        np = parse_np(toks, start, e)
        if np is None or np.j != e or not np.name or np.title is not t:
            return False
    elif t.kind != "a" or e != i or t.mention.kind in _NOT_SUBJECT or t.mention.canonical == "outlet" \
            or start + 1 != e and not (start + 2 == e and toks[start + 1].form == '"'):
        return False  # (its closing quote may follow: … الإعلام "الإسرائيلي" يقول)
    hit = match_cue(toks, i)
    prev = strip_conj(toks[start - 1].form)
    return hit is not None and hit[0].kind == "present" and prev not in _PREPOSITIONS \
        and not t.form.startswith(("ل", "ب")) and not toks[start - 1].governed


def _apposition_head(art: _Article, b: int):
    """The role phrase that ends at the comma before a name: ``X، NAME، cue``."""
    toks = art.toks
    if b < 2 or toks[b - 1].form not in {"،", ","}:
        return None
    s = art.sent_start(b - 1)
    for start in range(max(s, b - 10), b - 1):
        np = parse_np(toks, start, b - 1)
        if np is not None and np.j == b - 1 and not np.name and (np.person or np.mention is not None):
            return np
        if np is None and (start == s or toks[start - 1].kind == "p") and b - 1 - start <= 5 \
                and "role" in classes(strip_conj(toks[start].form)) \
                and all(t.kind == "w" and not is_cue_word(t.form) for t in toks[start:b - 1]):
            return NP(start, b - 1, role=(toks[start].start, toks[b - 2].end))  # نائب محافظ الحسكة، NAME، …: an office no table names
    return None


def _participle_speaker(art: _Article, i: int, raws: list[_Raw]) -> tuple[SpeakerRef | None, _Raw | None]:
    """مضيفاً / مؤكدةً: the subject of the clause it hangs on — the sentence's speaker, else the
    speaker of the sentence before, else a body opening the sentence (``استهدفت المقاومة …``)."""
    s = art.toks[i].sent
    g = cue_gender(art.toks[i].form)
    near = [r for r in reversed(raws) if s - 1 <= art.toks[r.cue_i].sent <= s]
    for r in near:
        if art.toks[r.cue_i].sent == s and agrees(g, r.speaker, art.doc.text):
            return r.speaker, r
    if _silenced(art, i, raws):
        return None, None
    sp = _clause_subject(art, i)
    if sp is not None and agrees(g, sp, art.doc.text):
        return sp, None
    for r in near:
        if agrees(g, r.speaker, art.doc.text):
            return r.speaker, r
    sp = _opening_body(art, i)
    if sp is not None and speaker_ok(sp) and agrees(g, sp, art.doc.text):
        return sp, None
    if near:
        return near[0].speaker, near[0]
    return (sp if speaker_ok(sp) else None), None


def _silenced(art: _Article, i: int, raws: list[_Raw]) -> bool:
    """Was a cue earlier in the sentence left without a claim because the outlet speaks
    (``وأفاد مراسل الميادين …، لافتاً``)? Then a participle continuing it is the outlet's too."""
    s0 = art.sent_start(i)
    toks = art.toks
    said = {r.cue_i for r in raws}

    def outlet(n: int) -> bool:  # the outlet or its own correspondent speaks from token n
        m = toks[n].mention if s0 <= n < i else None
        if m is None or m.canonical != "outlet" or toks[n].form.startswith("ل"):
            return False
        np = parse_np(toks, n, i)
        sp = art.speaker(np) if np is not None else None
        return sp is not None and sp.org == "outlet"

    return any(toks[k].kind == "w" and k not in said and match_cue(toks, k)
               and outlet(art.skip_fillers(match_cue(toks, k)[1], i)) for k in range(s0, i))


_PRONOUN_PREPS = frozenset({"عنه", "عنها", "به", "بها", "اليه", "اليها"})  # a verb's preposition with its pronoun, before the subject
_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"})


def _clause_subject(art: _Article, i: int) -> SpeakerRef | None:
    """The body right after a clause-opening verb earlier in the sentence (``،أيّدت وزارة
    الخارجية السورية الفصائل، مؤكدةً …``): the subject a participle of that clause continues."""
    toks = art.toks
    s0 = art.sent_start(i)
    if any(toks[k].kind == "w" and (cue := match_cue(toks, k)) and cue[0].kind != "relay"
           and (cue[0].needs != "whatit" or _what_it(toks, k)) and toks[k - 1].form not in _RELATIVES
           or toks[k].mention is not None and toks[k].mention.canonical == "outlet" for k in range(s0, i)):
        return None  # واعتبر محلل الميادين أنّ …، مؤكداً: that cue's speaker (here none) goes on
        # (not a cue in a relative clause: هاجم الدول التي تزعم …، قائلاً; not نقل with no عن, which
        # reported nobody: نقل المبعوث … تحيات الرئيس، مؤكداً; not ووصفتها بأنّها, a cue only after وهو ما)
    known: frozenset[str] | None = None
    for k in range(i - 1, s0, -1):
        m = toks[k].mention
        typed = m is None and toks[k].kind == "w" and bool(classes(toks[k].form) & {"typenoun", "role"})
        named = typed and toks[k].form.startswith("ال") and not _nationality_next(toks, k, i) \
            and _apposed_name(toks, k, i)
        typed = typed and (not toks[k].form.startswith("ال") or named or _nationality_next(toks, k, i))
        # (الوزير: an anaphor, resolved elsewhere; الرئيس الإيراني: an office its nationality names;
        # المبعوث الخاص، NAME،: an office its apposed name names)
        if m is None and not typed and toks[k].kind == "w" and toks[k - 1].kind == "w" and not classes(toks[k].form):
            known = known if known is not None else art.known_names()
            typed = toks[k].form in known and toks[k - 1].form not in known  # وتطرّق بزشكيان …، قائلاً: a
            # person the article named in full (the word before is the verb, not his given name)
        # (a body that makes statements, a typed one or an office may follow a verb of any shape:
        # طرح مركز ألما …، شنّ مندوب سوريا …، قائلاً)
        if not typed and (m is None or m.kind in _NOT_SUBJECT or m.canonical in {"outlet", "Civilians"}):
            continue
        a = k - 1 - (k - 2 > s0 and toks[k - 1].form in _PRONOUN_PREPS)  # ما أعربت عنه مجلة …: the verb's own
        while a > s0 and toks[a].kind == "w" and "filler" in classes(toks[a].form):
            a -= 1  # كما أبرق أيضاً الرئيس …: a filler between the verb and its subject
        v = toks[a]
        w = strip_conj(v.form)
        doubled = len(w) == 2 and "\u0651" in art.doc.text[v.start:v.end]  # شنّ، ردّ، حثّ: two letters, a shadda
        verb = v.kind == "w" and not v.governed and not w.isdigit() and not classes(w) and (len(w) >= 3 or doubled) \
            and not w.startswith("ال") and w not in _PREPOSITIONS \
            and (typed or m.kind in _TARGET_KINDS or w.endswith("ت") or w[0] in "يت")
        opens = a == s0 or toks[a - 1].kind == "p" or v.form != strip_conj(v.form) \
            or toks[a - 1].form in _CLAUSE_OPENERS and (a - 1 == s0 or toks[a - 2].kind == "p") \
            or a < k - 1 and toks[a - 1].form == "ما" \
            or _after_qad(art, a)  # (وهو ما أعربت عنه مجلة …، مؤكدةً: what it expressed; وكان قد شكّل …)
        if verb and opens and not toks[k].form.startswith("ل") and not _inside(art.quoted, toks[k].start):
            anaphor = typed and toks[k].form.startswith("ال") and not named  # الوزير الإيراني: the office and its country
            np = parse_np(toks, k, k + 2 if anaphor else i)  # only (وعارض الوزير الإيراني وجود …: no name after)
            return art.speaker(np) if np is not None else None
    return None


_QAD = frozenset({"قد", "وقد"})


def _after_qad(art: _Article, a: int) -> bool:
    """Whether the verb at ``a`` opens its clause behind قد (… ، قد / وقد / وكان قد شكّل): the
    particle and a كان before it stand where a clause opens."""
    toks, s0 = art.toks, art.sent_start(a)
    q = a - 1
    if q < s0 or toks[q].form not in _QAD:
        return False
    b = q - 1
    if b >= s0 and strip_conj(toks[b].form) in _WAS:
        b -= 1
    return b < s0 or toks[b].kind == "p"


_APPOSED_REACH = 4  # tokens from an office to the comma before its apposed name (المبعوث الخاص للأمم المتحدة، NAME)


def _apposed_name(toks: list[Tok], k: int, i: int) -> bool:
    """Does a name set off by commas follow the office at ``k`` (``المبعوث الخاص، NAME،``)?"""
    if not any(toks[n].form in {"،", ","} for n in range(k + 1, min(i, k + _APPOSED_REACH))):
        return False
    np = parse_np(toks, k, i)
    return np is not None and bool(np.name)


def _when_subject(art: _Article, i: int, raws: list[_Raw]) -> SpeakerRef | None:
    """``صدق نتنياهو (…) حين قال إنّ …``، ``استغلّ إردوغان الحادث عندما أعلن …``: a verb after
    حين / عندما / إذ with no subject of its own has the main clause's — the nearest body or
    person that follows a verb (or a cue: ``بحسب صحيفة …، إذ قالت``) before it, else, where no
    such subject stands between, the speaker of a claim earlier in the sentence."""
    toks = art.toks
    s0 = art.sent_start(i)
    known = art.known_names() | _figure_words()
    seen = False  # a subject after a verb that names no speaker: the claim's is not the one before
    for k in range(i - 2, max(s0, i - _WHEN_REACH), -1):
        v, t = toks[k - 1], toks[k]
        w = strip_conj(v.form)
        verb = v.kind == "w" and (match_cue(toks, k - 1) is not None or not (
            v.governed or len(w) < 3 or w.startswith("ال") or w in _PREPOSITIONS or w in known
            or classes(w) and w not in _PRONOUN_PREPS))
        # (التي عبّر عنها الوزير …: the verb's pronoun between; انتقد بوتين الرئيس …: a name, no verb)
        named = t.kind == "a" and t.mention.kind not in _NOT_SUBJECT \
            or t.kind == "w" and bool(classes(t.form) & {"role", "title", "anaphor", "typenoun"})
        seen = seen or named
        if not verb or not (named or t.kind == "w" and not classes(t.form) and not t.form.startswith("ال")):
            continue
        sp = _named_subject(art, k, i - 1)
        if sp is not None:
            return sp
    if seen:
        return None  # عبّر رئيس أكبر شركة … عنها حين قال: a subject the tables cannot name
    for r in reversed(raws):
        return r.speaker if r.cue_i >= s0 else None
    return None


def _named_subject(art: _Article, k: int, end: int) -> SpeakerRef | None:
    """The speaker a phrase from token ``k`` names for sure: a body, an office, a typed body, or
    a bare name that is a public figure's or one the article gave in full."""
    toks = art.toks
    np = parse_np(toks, k, end)
    sp = art.speaker(np) if np is not None else None
    if sp is None and np is None and "typenoun" in classes(toks[k].form):
        sp = (_typed_body(art, k, end) or (None, k))[0]  # صحيفة "…"
    if speaker_ok(sp) and (np is None or np.strong or sp.org is not None
                           or all(strip_conj(x.form) in art.known_names() for x in np.name)):
        return sp
    return None


_WHEN_REACH = 25  # tokens back from the verb of time to its main clause's subject


def _nationality_next(toks: list[Tok], k: int, i: int) -> bool:
    """Does a nationality adjective follow the role word at ``k`` (``أبرق الرئيس الإيراني …``)?"""
    m = toks[k + 1].mention if k + 1 < i else None
    return m is not None and m.kind == "adjective"


def _opening_body(art: _Article, i: int, s0: int = -1) -> SpeakerRef | None:
    """The body that opens the sentence of token ``i`` (or the clause from ``s0``) as its subject
    (``نعى حرس الثورة …``): among its first words, not governed by a preposition."""
    toks = art.toks
    s0 = art.sent_start(i) if s0 < 0 else s0
    s0 = _past_writers_opener(toks, s0, i)
    words = 0  # the body must open the sentence or follow its first word (the verb)
    for k in range(s0, i):
        t = toks[k]
        m = t.mention
        if m is not None and (m.kind not in _NOT_SUBJECT or m.kind == "metonym" and k == s0 + 1 and words == 1):
            # (a country right after the opening verb is its subject: وأدانت تركيا …، وشددت على أنّ …)
            if k > s0 and strip_conj(toks[k - 1].form) in _PREPOSITIONS or t.form.startswith("ل"):
                return None
            np = parse_np(toks, k, i) if "role" in classes(strip_conj(t.form.split()[0])) else None
            # (an office: its holder set off after it speaks — الرئيس الفلسطيني، محمود عباس، طالب …)
            sp = art.speaker(np) if np is not None and np.name and np.person \
                and not classes(strip_conj(np.name[0].form)) else None  # (not الرئيس الإيراني وخلال …)
            return sp or SpeakerRef(None, None, None, m.canonical, m.surface, m.kind, t.start, t.end)
        if t.kind == "w" and t.form not in _LEFT_SKIP and "filler" not in classes(strip_conj(t.form)):
            words += 1
        if words >= 2:
            break
    return None


_WRITERS_OPENERS = frozenset(fold(w) for w in ("يذكر", "ويذكر", "يشار", "ويشار", "يجدر"))  # يُذكر أنّ …: the writer's aside


def _past_writers_opener(toks: list[Tok], s0: int, i: int) -> int:
    """Past a writer's opening formula and its أنّ (يُذكر أنّ / يُشار إلى أنّ / يجدر بالذكر أنّ):
    the clause after it opens with its own subject; else ``s0``."""
    if s0 >= i or toks[s0].form not in _WRITERS_OPENERS:
        return s0
    n = next((n for n in range(s0 + 1, min(i, s0 + 4)) if toks[n].kind == "w" and "marker" in classes(toks[n].form)), None)
    return n + 1 if n is not None else s0


_PARTITIVES = frozenset(fold(w) for w in ("عدد", "العديد", "بعض", "أحد", "إحدى", "كثير", "الكثير"))
_NUMBER_PARTITIVES = frozenset(fold(w) for w in ("اثنان", "اثنين", "اثنتان", "اثنتين", "ثلاثة", "ثلاث", "أربعة", "أربع",
                                                  "خمسة", "خمس", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"))
_PLURAL_NISBA = ("يين", "يون")  # الإسرائيليين، الأميركيون: a group's nationality
_SENIOR = fold("كبار")
_PARTITIVE_TAIL = 3  # words describing the people after their plural (الإسرائيليين، في الحكومة)


def _partitive(art: _Article, k: int, end: int, groups: bool = True) -> tuple[SpeakerRef, int] | None:
    """``عدد من المسؤولين``، ``العديد من النواب``، ``أحد العاملين``: some of a group of people
    (claim_words.tsv class "people", a definite plural the actor tables leave unnamed) speak — an
    unnamed source, named as the text says it (with the group's nationality after it)."""
    toks = art.toks
    n = k
    group = groups and _group_head(toks, k, end)  # أعضاء الوفد / منظمو الاحتجاجات: the group itself, no partitive
    if not group and (n >= end or strip_conj(toks[n].form) not in _PARTITIVES and not (
            strip_conj(toks[n].form) in _NUMBER_PARTITIVES and n + 1 < end and toks[n + 1].form == "من")):
        return None  # (a number word only before من: اثنان من كبار المسؤولين; ثلاثة مسؤولين is _past_counts')
    if not group:
        n += 1
        if n < end and toks[n].form == "كبير":
            n += 1  # عدد كبير من
        if n < end and toks[n].form == "من":
            n += 1
        n += n + 1 < end and toks[n].form == _SENIOR  # عدد من كبار المسؤولين
    text = art.doc.text
    a = toks[k].start + (strip_conj(toks[k].form) != toks[k].form)
    if n < end and toks[n].kind == "a" and toks[n].mention.kind in {"civilians", "unnamed"} \
            and not (n + 1 < end and toks[n + 1].kind == "a" and toks[n + 1].mention.kind not in _NOT_SUBJECT):
        g = n + 1 + (n + 1 < end and toks[n + 1].kind == "w" and toks[n + 1].form.startswith("ال")
                     and not classes(toks[n + 1].form) and match_cue(toks, n + 1) is None)  # سكان المنطقة
        return _unnamed(text, a, toks[k].start, toks[g - 1].end), g  # وأكّد عدد من سكان المنطقة (residents: a source)
    if n < end and toks[n].kind == "a" and toks[n].mention.kind not in _NOT_SUBJECT | {"unnamed", "civilians"}:
        m = toks[n].mention  # أحد أبناء العشائر / أحد عناصر "قسد": one of the body's people, for the body
        return _member(m, toks[k].start, toks[n].end), n + 1
    people = n < end and (toks[n].kind == "w" and "people" in classes(toks[n].form)
                          or toks[n].kind == "a" and toks[n].mention.kind == "unnamed")
    if not people:
        return None
    b = n + 1 + (n + 2 < end and toks[n + 1].form == '"')  # (أحد عناصر "قسد")
    if b < end and not toks[n].form.startswith("ال") and toks[b].kind == "a" \
            and toks[b].mention.kind not in _NOT_SUBJECT | {"unnamed"}:
        m = toks[b].mention  # أحد مسؤولي الحركة / عدد من قادة الفصائل: the body they belong to
        b += b + 1 < end and toks[b + 1].form == '"'
        return _member(m, toks[k].start, toks[b].end), b + 1
    e = n + 1
    if group and e + 1 < end and _construct_pair(toks, e):
        e += 1  # منظمو حركة الاحتجاجات: a genitive itself in the construct state, its own genitive next
    if not toks[n].form.startswith("ال") and e < end and toks[e].kind == "w" and toks[e].form.startswith("ال") \
            and not classes(toks[e].form) and match_cue(toks, e) is None:
        e += 1  # أحد أصحاب المحال / عدد من وجهاء العشائر: the group's genitive
    while e < min(end, n + 1 + _PARTITIVE_TAIL) and (toks[e].kind == "a" and toks[e].mention.kind == "adjective"
                                                     or toks[e].kind == "w" and toks[e].form.startswith("ال")
                                                     and toks[e].form.endswith(_PLURAL_NISBA)):
        e += 1  # المسؤولين الإسرائيليين
    if e + 1 < end and toks[e].form == "في" and toks[e + 1].kind == "a" \
            and toks[e + 1].mention.kind not in _NOT_SUBJECT | {"unnamed"}:
        m = toks[e + 1].mention  # أحد المسؤولين في وزارة الخارجية الأميركية: an official speaks for the body
        return _member(m, toks[k].start, toks[e + 1].end), e + 2
    if group and e > n + 1:
        e = _past_coordinated_genitive(toks, e, end)  # رؤساء المستوطنات والمجالس الإقليمية
    if group and e == n + 1:
        return None  # a bare plural (سكان، أعضاء) is no group named: whose people, the text must say
    if group:  # أعضاء الوفد / رؤساء المستوطنات: a group the tables lack, named as the text has it (like a
        # body they lack), not one more unnamed source: the article's unnamed sources are another speaker
        return SpeakerRef(None, None, None, None, text[a:toks[e - 1].end], "media", toks[k].start, toks[e - 1].end), e
    return _unnamed(text, a, toks[k].start, toks[e - 1].end), e


def _group_head(toks: list[Tok], k: int, end: int) -> bool:
    """``أعضاء الوفد``، ``منظمو حركة الاحتجاجات``، ``رؤساء المستوطنات``: a plural of people in the
    construct state (claim_words.tsv class "people", no ال) before its genitive names a group that
    speaks, as ``عدد من المسؤولين`` does after a partitive."""
    if k + 1 >= end:
        return False
    head = strip_conj(toks[k].form)
    return toks[k].kind == "w" and not head.startswith("ال") and "people" in classes(head) \
        and (toks[k + 1].form.startswith("ال") or k + 2 < end and _construct_pair(toks, k + 1)
             or toks[k + 1].kind == "a" and toks[k + 1].mention.kind not in _NOT_SUBJECT)


def _past_coordinated_genitive(toks: list[Tok], e: int, end: int) -> int:
    """Past ``والمجالس الإقليمية`` after a group's genitive (رؤساء المستوطنات والمجالس الإقليمية): a
    second definite genitive joined by و, with its definite adjective."""
    t = toks[e] if e < end else None
    if t is None or t.kind != "w" or not t.form.startswith("وال") or classes(t.form) or match_cue(toks, e) is not None:
        return e
    e += 1
    if e < end and toks[e].kind == "w" and toks[e].form.startswith("ال") and toks[e].form.endswith(("يه", "ي")) \
            and not classes(toks[e].form):
        e += 1  # (its adjective: الإقليمية)
    return e


def _construct_pair(toks: list[Tok], k: int) -> bool:
    """``حركة الاحتجاجات``: an indefinite noun before a definite one (two words of a construct chain)."""
    return toks[k].kind == "w" and not toks[k].form.startswith("ال") and toks[k + 1].kind == "w" \
        and toks[k + 1].form.startswith("ال") and not classes(toks[k + 1].form) and match_cue(toks, k) is None


def _member(m: ActorMention, start: int, end: int) -> SpeakerRef:
    """Some of a body's people (``أحد عناصر "قسد"``) speak for the body, with no name."""
    return SpeakerRef(None, None, None, m.canonical, m.surface, m.kind, start, end)


def _unnamed(text: str, a: int, start: int, end: int) -> SpeakerRef:
    """Some of a group of people (``عدد من المسؤولين الإسرائيليين``): an unnamed source, named
    as the text says it from ``a`` (after a glued conjunction)."""
    return SpeakerRef(None, None, None, "Unnamed sources", text[a:end], "unnamed", start, end)


def _prep_speaker(art: _Article, j: int, end: int, nominal: bool = False) -> tuple[SpeakerRef | None, int]:
    """حسب المرصد / وفقاً لمصادر / على لسان المتحدث … (``nominal``: إعلان وزارة … , no gap)."""
    toks = art.toks
    k = j
    while k < end and toks[k].form in {"ل", "ما", "لما"} and not nominal:
        k += 1
    if nominal and not (k < end and (toks[k].kind == "a" or _quoted_or_typed_body(toks, k, end)
                                     or _national_body(toks, k, end))):
        return None, j
    if k < end and toks[k].kind == "w" and classes(toks[k].form) & {"marker"}:
        return None, j
    if not nominal and (part := _partitive(art, k, end, groups=False)) is not None:
        return part  # على لسان أحد المسؤولين / وفق أحد العاملين
    if not nominal:
        k = _past_figures(toks, k, end)  # وفق إحصائيات وزارة الصحة: the ministry's figures, the ministry speaks
        official = _official_statement(art, k, end)
        if official is not None:
            return official  # وفقاً لتصريحات رسمية تركية
    k = k if nominal else _past_issued_by(toks, k, end, governed=True)  # وفقاً للتقرير الصادر عن الأمم المتحدة
    if not nominal and k < end and (src := _report_source(art, k)) is not None:
        return src, _past_same(toks, k + 1, end)  # وبحسب التقرير / ووفقاً للتقرير ذاته: the body that published it
    if k < end and j > 0 and strip_conj(toks[j - 1].form) in _BARE_ACCORDING and toks[k].kind != "a":
        return _named_before(art, _typed_body(art, k, end)) or (None, j)  # وفقاً لصحيفة …: ل glued to a body the tables lack
    np = parse_np(toks, k, end) if k < end else None
    sp = art.speaker(np) if np is not None else None
    if (sp is None or np.mention is None and np.body is None and np.anaphor is None and not np.person) \
            and k < end and not nominal:
        typed = _named_before(art, _typed_body(art, k, end))  # بحسب وكالة الأنباء العراقية "واع"
        if typed is not None:
            return typed
    if np is None:
        return None, j
    if sp is not None and sp.kind == "person" and not np.person:
        known = art.known_names()
        punct = np.j < end and toks[np.j].form in {"،", ",", ":"} or np.j >= end
        single = len(np.name) == 1 and not np.name[0].form.startswith("ال") and not noun_with_pronoun(np.name[0].form)
        where = _foreign_name(np.name) and (punct or np.j < end and toks[np.j].form in _CIRCUMSTANTIAL)
        office = 2 <= len(np.name) <= 3 and np.j + 1 < end and toks[np.j].form in {"،", ","} \
            and not any(x.form.startswith("ال") for x in np.name) and toks[np.j + 1].kind == "w" \
            and bool(classes(strip_conj(toks[np.j + 1].form)) & {"role", "title"})
        # (بحسب NAME، مديرة المركز …: a name the office set off after it vouches for)
        if not (known & sp.name_forms or (single and punct) or where or office):
            return None, j  # بحسب إردوغان: … — a bare name only when punctuation closes it
            # (or a foreign name, closed or followed by where he wrote: حسبما صرح ليانغ هايمينغ، عميد …،
            # وفقاً لما كتبه آرثر غرين في صحيفة …)
    if sp is not None and sp.kind == "media" and np.j + 1 < end and toks[np.j].form == "عن":
        if (part := _partitive(art, np.j + 1, end)) is not None:
            return part  # … عن العديد من كبار المسؤولين: some of a group
        inner = parse_np(toks, np.j + 1, end)  # بحسب ما نقلته الوكالة عن مصدر عسكري: the relayed source
        src = art.speaker(inner) if inner is not None and (inner.mention is not None or inner.person) else None
        if src is not None:
            return src, inner.j
    return sp, np.j


def _named_before(art: _Article, typed: tuple[SpeakerRef, int] | None) -> tuple[SpeakerRef, int] | None:
    """A body the tables lack, named short (``وفقاً لإحصائية مكتب التوثيق``) after a speaker named in
    full (``مكتب توثيق الشهداء في درعا``): that speaker, when all its words are in the full name."""
    if typed is None or typed[0].org or not typed[0].org_ar:
        return typed
    words = {w.removeprefix("ال") for w in fold(typed[0].org_ar).split()}
    for h in reversed(art.history):
        if h.org_ar and h.org_ar != typed[0].org_ar \
                and words <= {w.removeprefix("ال") for w in fold(h.org_ar).split()}:
            return replace(h, start=typed[0].start, end=typed[0].end), typed[1]
    return typed


_FIGURE_NOUNS = frozenset(fold(w) for w in ("إحصائيات", "إحصاءات", "إحصائية", "أرقام", "تقرير", "تقارير", "بيانات",
                                             "معطيات", "تقديرات", "حصيلة", "معلومات", "تصريحات", "تصريح"))
_SPEECH_NOUNS = frozenset(fold(w) for w in ("تعبير", "كلام", "رواية", "قول", "تأكيد", "وصف", "حديث", "شهادة",
                                             "إفادة", "زعم", "مزاعم", "ادعاء", "ادعاءات", "تقدير"))
_LATEST = frozenset(fold(w) for w in ("آخر", "أحدث"))
_PUBLISHED = frozenset(fold(v + e) for v in ("نشر", "أصدر", "أورد", "أعد") for e in ("ته", "تها", "ها", "ه"))


def _past_figures(toks: list[Tok], k: int, end: int) -> int:
    """``بحسب (آخر) إحصائيات وزارة الصحة`` / ``وفقاً لتقرير للمرصد …`` / ``وفق رواية الجيش``: past a
    figures or speech noun (ل glued on, its body after it or after لـ) to a body the tables know, an
    anaphor (``وفق معلومات الصحيفة``) or a typed body they lack (``وفقاً لإحصاءات وزارة التخطيط …``); else ``k``."""
    n = k
    if n < end and toks[n].form.removeprefix("ل") in _LATEST:
        n += 1
    if n >= end or toks[n].form in _LATEST:
        return k
    noun = toks[n].form.removeprefix("ل")
    if noun not in _FIGURE_NOUNS and noun not in _SPEECH_NOUNS:
        return k
    n += 1
    n += n < end and (toks[n].form == "ل" or toks[n].form in _PUBLISHED)  # تقرير لـ / تقرير نشرته صحيفة …
    if n < end and toks[n].kind == "w" and toks[n].form.startswith("ال") and "anaphor" in classes(toks[n].form):
        return n  # وفق معلومات الصحيفة: the outlet named before
    if n < end and toks[n].kind == "w" and "typenoun" in classes(toks[n].form.removeprefix("ل")):
        return n  # وفقاً لإحصاءات وزارة التخطيط العراقية / آخر إحصائية لمركز "…": a body the tables lack (_typed_body)
    return n if n < end and toks[n].kind == "a" else k


_BARE_ACCORDING = frozenset(fold(w) for w in ("وفقاً", "طبقاً", "تبعاً"))  # cues.tsv: these alone, ل glued on
_BODY_TAIL_STOPS = frozenset(fold(w) for w in ("قبل", "بعد", "في", "من", "عن", "على", "إلى", "مع", "خلال", "اليوم",
                                               "أمس", "منذ", "حول", "بشأن", "أن", "أنّ", "إن", "فإن", "الصادر", "الذي",
                                               "التي"))


_OFFICIAL_TEXTS = frozenset(p + fold(w) for p in ("", "ل") for w in ("تصريحات", "تصريح", "بيان", "بيانات"))
_OFFICIAL_KINDS = {fold(w): kind for kind, ws in (("", ("رسمية", "رسمي", "صحافي", "صحفي")),
                                                  ("military", ("عسكري", "عسكرية"))) for w in ws}


def _official_statement(art: _Article, k: int, end: int) -> tuple[SpeakerRef, int] | None:
    """``وفقاً لتصريحات رسمية تركية`` / ``بحسب بيان عسكري سوري``: a statement named by its
    country's adjective alone is that government's (a military one its defence ministry's)."""
    toks = art.toks
    if k + 1 >= end or toks[k].form not in _OFFICIAL_TEXTS:
        return None
    n = k + 1
    kind = _OFFICIAL_KINDS.get(toks[n].form)
    n += kind is not None
    if n >= end or toks[n].kind != "a" or toks[n].mention.kind != "adjective":
        return None
    org = toks[n].mention.canonical
    if kind == "military":
        org = _defence_ministries().get(org, org)
    t = toks[k]
    start = t.start + (toks[k].form[0] == "ل")  # لتصريحات: the ل is the preposition's
    org_ar = " ".join(art.doc.text[start:toks[n].end].split())
    return SpeakerRef(None, None, None, org, org_ar, "government", t.start, toks[n].end), n + 1


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
        if x.form == '"':
            if state == "quote":
                state = "after"
            elif state == "name":
                state = "quote"
            else:
                break
        elif state == "quote" and x.kind in ("w", "a") or state == "after" and nationality \
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
    return SpeakerRef(None, None, None, None, org_ar, "media", t.start, toks[n - 1].end), n


_QUOTED_BODY_PLACE = 3  # tokens of where a quoted body sits before its words (في ريف درعا)


def _quoted_body(art: _Article, k: int, end: int) -> tuple[SpeakerRef, int] | None:
    """``"تجمع شباب البوكمال" إنّ`` / ``"اللجنة الأمنية" التابعة للنظام في درعا أنّ``: a quoted name of
    two to four words that opens with a type noun, right where a subject goes, and then (past whose it
    is and where it sits) the words — a body the tables lack speaks (a known one parses as usual)."""
    toks = art.toks
    c = _quoted_type_name(toks, k, end)
    if c is None:
        return None
    after = _affiliation(toks, c + 1, end)
    words = after
    if after < end and toks[after].form == "في":
        words = next((n for n in range(after + 2, min(end, after + 2 + _QUOTED_BODY_PLACE))
                      if art.opens_content(n, end, strict=True)), after)
    if not art.opens_content(words, end, strict=True):
        return None
    return _lacked_body(art, k, c), words


def _quoted_type_name(toks: list[Tok], k: int, end: int) -> int | None:
    """The closing mark of a quoted name at ``k`` that opens with a type noun (\"تنسيقية …\"), else None."""
    if not (k + 2 < end and toks[k].form == '"' and toks[k + 1].kind == "w"
            and "typenoun" in classes(toks[k + 1].form.removeprefix("ال"))):
        return None
    return closing_mark(toks, k + 1, end)


def _lacked_body(art: _Article, k: int, c: int) -> SpeakerRef:
    """The body the tables lack quoted from ``k`` to its closing mark ``c``, named as the text has it."""
    toks = art.toks
    org_ar = " ".join(art.doc.text[toks[k + 1].start:toks[c - 1].end].split())
    return SpeakerRef(None, None, None, None, org_ar, "media", toks[k].start, toks[c].end)


def _named_on(toks: list[Tok], n: int, end: int) -> bool:
    """Does a name word (no class of the tables) or a place stand at ``n``?"""
    return n < end and (toks[n].kind == "a" and toks[n].mention.kind == "metonym"
                        or toks[n].kind == "w" and toks[n].form[0].isalpha() and not classes(toks[n].form))


def _quoted_or_typed_body(toks: list[Tok], k: int, end: int) -> bool:
    """``إعلان "قسد"`` / ``إعلان تنظيم "قسد"``: a known body behind a quote mark or a type noun."""
    n = k + ("typenoun" in classes(toks[k].form))
    n += n < end and toks[n].form == '"'
    return k < n < end and toks[n].kind == "a"


_NATIONAL_BODY_WORDS = 3  # definite words of a body's name before its nationality (وزارة الهجرة والمهجرين العراقية)


def _national_body(toks: list[Tok], k: int, end: int) -> bool:
    """``تأكيد وزارة الهجرة العراقية``: a type noun, a few definite words and a nationality — a
    state's body the tables lack, named in full (not a bare وزارة الهجرة, whose state is unsaid)."""
    if toks[k].kind != "w" or "typenoun" not in classes(toks[k].form):
        return False
    n = k + 1
    while n < end and n - k <= _NATIONAL_BODY_WORDS and toks[n].kind == "w" and toks[n].form.startswith(("ال", "وال")):
        n += 1
    m = toks[n].mention if k + 1 < n < end else None
    return m is not None and m.kind == "adjective"


_OWN_STANCE_NOUNS = frozenset(fold(w) for w in ("إعلان", "تأكيد", "نفي"))  # verbal nouns that take the speaker's stance
_OWN_SUFFIXES = ("ه", "ها", "هم")  # (unfolded: a pronoun, not ة) رغبته، استعدادها، رفضهم
_HOLDER_WORDS = 6  # words of a person (office and name) after the verbal noun


def _stance_holder(art: _Article, j: int, end: int) -> tuple[SpeakerRef | None, int]:
    """``إعلان الدبيبة تبرّؤه من …``، ``إعلان إردوغان رغبته في …``: a person right after an
    announcement noun, then a verbal noun owned by a pronoun (his wish, her readiness) — his own
    announced stance, so a statement of his; a bare ``تصريحات X`` or ``إعلان X`` names none."""
    toks = art.toks
    n = next((n for n in range(j + 1, min(end, j + 1 + _HOLDER_WORDS)) if _owned_noun(art, n)), None)
    if n is None:
        return None, j
    np = parse_np(toks, j, n)
    if np is None or not np.name or np.j != n \
            or not (np.person or art.introduced_name({strip_conj(x.form) for x in np.name})):
        return None, j  # (a name the article or the tables present: تأكيد التزام بلاده is no person's)
    sp = art.speaker(np)
    if sp is None or not sp.name:
        return None, j
    if sp.name.split()[-1] == art.doc.text[toks[n].start:toks[n].end]:  # (رفضه is his stance, not his name)
        words = [art.doc.text[x.start:x.end] for x in np.name]
        sp = replace(sp, name=" ".join(words), name_forms=frozenset(x.form for x in np.name))
    return sp, n


def _owned_noun(art: _Article, n: int) -> bool:
    """A word owned by a pronoun (``رغبته``، ``استعدادها``; as written, so not a ة), no cue, no class."""
    t = art.toks[n]
    word = art.doc.text[t.start:t.end]
    return t.kind == "w" and len(word) >= 4 and word.endswith(_OWN_SUFFIXES) and not classes(t.form) \
        and t.form == strip_conj(t.form) and match_cue(art.toks, n) is None


def _nominal_official(art: _Article, j: int, end: int) -> tuple[SpeakerRef | None, int]:
    """``إعلان الأمين العام لـ"كتائب …"، أبي آلاء الولائي، أنّ …``: an announcement noun, an
    official of a named body, then the words (أنّ / a colon / a quote) — the official speaks."""
    np = parse_np(art.toks, j, end) if j < end else None
    if np is None or not np.person or np.mention is None or not art.opens_content(np.j, end, strict=True):
        return None, j
    return art.speaker(np), np.j


_TRUTH = fold("صحة")  # نفى صحة الأنباء …: the reports follow


def _circulating(toks: list[Tok], k: int, hi: int) -> bool:
    """Whether the denied words open on a claim that circulates with no source (أنباء متداولة،
    صحة التقارير المنتشرة; claim_words.tsv circulating): unnamed sources' claim."""
    k += k < hi and toks[k].form == _TRUTH
    return k + 1 < hi and "claimref" in classes(strip_conj(toks[k].form)) \
        and "circulating" in classes(toks[k + 1].form)


def _targets(art: _Article, sp: SpeakerRef, span: tuple[int, int] | None, cue_i: int) -> list[str]:
    """The body whose claim a denial answers: the one named right after a claim word (``ما
    ذكرته وزارة …``, ``ادعاءات …``, ``ما تداولته وسائل الإعلام``) in the content or the sentence;
    failing that, the first body there that makes statements (not an armed group)."""
    toks = art.toks
    s0, s1 = art.sent_start(cue_i), art.sent_end(cue_i)
    lo, hi = span if span else (toks[s0].start, toks[s1 - 1].end)
    if span and _circulating(toks, bisect_left(art.starts, lo), bisect_left(art.starts, hi)):
        return ["Unnamed sources"]
    after_speaker = bisect_left(art.starts, sp.end)  # مصدر عسكري سوري: the speaker's own adjective
    for scope in ((lo, hi), (toks[s0].start, toks[s1 - 1].end)):
        first = country = None  # (a country named is the fallback's fallback: سوريا تدين بيانَي الخارجية الفرنسية …)
        ks = range(bisect_left(art.starts, scope[0]), bisect_left(art.starts, scope[1]))
        for k in ks:
            m = toks[k].mention
            own = sp.start <= toks[k].start < sp.end
            if m is None or m.canonical in {"outlet", "Civilians"} or own \
                    or m.canonical == sp.org and sp.org != "Unnamed sources" \
                    or m.kind == "adjective" and k == after_speaker:
                continue  # (one unnamed source may deny another: مسؤول ينفي ما يتداوله إعلام دولي)
            if sp.org_ar and toks[k].form in fold(sp.org_ar):
                continue
            if m.kind == "media" and (_go_between(toks, k, ks.start) or _relays(art, k, sp)) \
                    or _in_outlet_tail(toks, k, ks.start):
                continue  # في تصريح لصحيفة "الوطن" / في بيان نقلته وكالة "سانا": who carried the denial, not whom it answers
            if any("claimref" in classes(strip_conj(toks[x].form)) for x in range(max(ks.start, k - 3), k)):
                return [m.canonical]
            if first is None and m.kind in _TARGET_KINDS - {"metonym"}:
                first = m.canonical
            elif country is None and m.kind == "metonym" and not (
                    sp.org and m.canonical.startswith("Government of ") and sp.org.startswith(_country_stems(m.canonical))):
                country = m.canonical  # (not the speaker's own: نفت الخارجية الإيرانية أي علاقة لطهران)
        if first is not None or country is not None:
            return [first or country or ""]
    return []


_CARRIED = frozenset(fold(w) for w in ("نقلته", "نقلتها", "نقله", "نقلها", "بثته", "بثه", "بثها", "بثتها"))
_CARRIED_WORDS = frozenset(fold(w) for w in ("بيان", "تصريح", "تصريحات", "حديث", "كلمة", "رسالة", "مقابلة"))
# (after the words' noun: في بيان نقلته …; not ما نقلته رويترز, the report denied, nor تهديدات نقلتها …)


_OUTLET_TAIL = frozenset(fold(w) for w in ("المقربة", "المقرب", "الموالية", "الموالي", "التابعة", "التابع",
                                            "المعارضة", "المعارض", "الرسمية", "الرسمي", "المحلية", "الحكومية"))
_TAIL_WORDS = 5  # words of an outlet's description (المقربة من حكومة النظام)


def _past_carrier(toks: list[Tok], k: int, end: int) -> int:
    """Past ``نقلته وكالة "سانا"`` up to its comma (في بيان نقلته …، صحة …: the outlet that
    carried the statement, not its words); else ``k``."""
    if k < end and k > 1 and toks[k].form in _OUTLET_TAIL and (toks[k - 1].mention is not None or toks[k - 1].form == '"'
                                                               and toks[k - 2].mention is not None):
        return next((n for n in range(k + 1, min(end, k + _TAIL_WORDS)) if toks[n].form in {"،", ","}), k)
        # لصحيفة "الوطن" المقربة من النظام، أن …: the outlet's description, not the words
    if not (k < end and k > 0 and toks[k].form in _CARRIED and strip_conj(toks[k - 1].form) in _CARRIED_WORDS):
        return k
    n = k + 1
    n += n < end and "typenoun" in classes(toks[n].form)
    n += n < end and toks[n].form == '"'
    if not (n < end and toks[n].mention is not None and toks[n].mention.kind == "media"):
        return k
    n += 1
    n += n < end and toks[n].form == '"'
    return n if n < end and toks[n].form in {"،", ","} else k


def _in_outlet_tail(toks: list[Tok], k: int, lo: int) -> bool:
    """Does the body at ``k`` only describe an outlet (لصحيفة "الوطن" المقربة من النظام)?"""
    for n in range(k - 1, max(lo, k - _TAIL_WORDS) - 1, -1):
        if toks[n].form in {"،", ","}:
            return False
        if toks[n].form in _OUTLET_TAIL and n > lo + 1:
            return toks[n - 1].mention is not None and toks[n - 1].mention.kind == "media" \
                or toks[n - 1].form == '"' and toks[n - 2].mention is not None and toks[n - 2].mention.kind == "media"
    return False


def _go_between(toks: list[Tok], k: int, lo: int) -> bool:
    """Is the outlet at ``k`` the one a speaker spoke to (``لصحيفة "…"``، ``لـ"…"``) or the one
    that carried his statement (``في بيان نقلته وكالة …``)?"""
    n = k - (k > lo and toks[k - 1].form == '"')
    if toks[n].form.startswith("ل") and toks[n].mention is not None or n > lo and toks[n - 1].form == "ل":
        return True
    t = n - ("typenoun" in classes(toks[n - 1].form)) if n > lo else n  # نقلته وكالة "سانا"
    return t > lo + 1 and toks[t - 1].form in _CARRIED and strip_conj(toks[t - 2].form) in _CARRIED_WORDS


_RELAYER_BEFORE = 4  # words between a relaying outlet and ``عن`` before its source (وكالة "سانا" الرسمية عن)


def _relays(art: _Article, k: int, sp: SpeakerRef) -> bool:
    """Is the outlet at ``k`` the one that relayed the speaker (``نقلت وكالة سانا عن مصدر عسكري
    … نافياً``): it stands before the speaker with ``عن`` between them, and is not whom he denies."""
    toks = art.toks
    first = bisect_left(art.starts, sp.start)
    return k < first <= k + _RELAYER_BEFORE + 1 and any(toks[x].form == "عن" for x in range(k + 1, first))


_BACK_SENTENCES = 2  # how far back a denial that names no one may answer a claim (ونفى الحزب ذلك)


def _answered(art: _Article, raws: list[_Raw], claims: list[Claim], n: int) -> list[str]:
    """A denial that names no one (``ونفى حزب الله ذلك``, ``نفت … هذه الأنباء``) answers the last
    claim another body made just before it (its sentence or the two before), not a denial (by its
    verb or by its words: وهو ما وصفه ناشطون بأنه «كذب»)."""
    r = raws[n]
    s = art.toks[r.cue_i].sent
    org = r.speaker.org
    for m in range(n - 1, -1, -1):
        prev = raws[m]
        if s - art.toks[prev.cue_i].sent > _BACK_SENTENCES:
            break
        if prev.speaker.org and prev.speaker.org != org and claims[m].stance != "deny" \
                and prev.speaker.org != "Unnamed sources":
            return [prev.speaker.org]
    return []


def _denied_before(art: _Article, raws: list[_Raw], claims: list[Claim], n: int) -> list[str]:
    """A denial that names no one, right after its speaker denied someone (``نفت الحركة
    ادعاءات الإعلام الإسرائيلي … وأكدت أنّ لا علاقة لها …، نافيةً كل الادعاءات``): it goes on
    denying the same."""
    s = art.toks[raws[n].cue_i].sent
    org = raws[n].speaker.org
    for m in range(n - 1, -1, -1):
        if s - art.toks[raws[m].cue_i].sent > _BACK_SENTENCES:
            break
        c = claims[m]
        if c.speaker.org == org and org is not None and c.stance == "deny" and c.targets:
            return [t.org for t in c.targets if t.org]
    return []


_TO_BE = frozenset({"يكون", "تكون", "يكونوا", "يكونا", "تكونا"})
_THAT = frozenset({"ان", "بان"})
_SUBJECT_WORDS = 6  # words between أن يكون and قد: the subject


def _denied_perfect(toks: list[Tok], i: int) -> bool:
    """``أن يكون X قد قال`` before the cue at ``i`` (its قد at ``i - 1``): the clause a denial or a
    doubt is about (نفى أن يكون الوفد قد أبلغ …), not a statement made."""
    s = toks[i].sent
    for n in range(i - 2, max(0, i - 2 - _SUBJECT_WORDS), -1):
        if toks[n].sent != s:
            return False
        if toks[n].form in _TO_BE:
            return n > 0 and toks[n - 1].form in _THAT
    return False


def _cut_at(art: _Article, span: tuple[int, int], k: int) -> tuple[int, int]:
    """``span`` ended before token ``k`` and the commas before it."""
    n = k
    while n > 0 and art.toks[n - 1].form in {"،", ","}:
        n -= 1
    return (span[0], max(span[0], art.toks[n - 1].end)) if n > 0 else span


def _one_spaced(surface: str | None) -> str | None:
    """A name as the text writes it, with each run of spaces (``\xa0 ``) made one space."""
    return " ".join(surface.split()) if surface else surface


def find_claims(doc: Document) -> list[Claim]:
    """Every attributed statement of the article, in text order, ids c1, c2, …"""
    cue_lookup()  # (also tells the tokenizer the cue words: أكدفي → أكد | في)
    art = _Article(doc)
    toks = art.toks
    raws: list[_Raw] = []
    contents = _SpanSet()  # the contents of raws, to ask which one a position is inside
    quoted = art.quoted = _quoted_spans(doc)
    free = 0  # the next token a cue may start at (a cue's words are not cues again)
    for i in art.cue_cands:
        if i < free:
            continue
        hit = match_cue(toks, i)
        nested = hit is not None and _inside(quoted, toks[i].start)
        if hit is None or nested and not (hit[0].kind == "verb" and _quote_opens_report(art, i, hit[1])):
            continue
        cue, j = hit
        end = art.sent_end(i)
        prev = toks[i - 1].form if i else ""
        if cue.kind in ("verb", "present") and strip_conj(prev) in _PREPOSITIONS | {"عند", "بعد", "قبل"}:
            free = j  # على وصف … / بعد إعلان: a verbal noun, not a report
            continue
        if cue.kind == "nominal" and strip_conj(prev) in _TOWARDS \
                and any(toks[n].form.lstrip("وف").startswith(_CALLS) for n in range(max(0, i - 5), i - 1)):
            free = j  # دعت إلى إعلان "الجيش" … مجرماً: a call to declare, not an announcement
            continue
        if prev == "قد" and _denied_perfect(toks, i):
            free = j  # نفت أن تكون القوات قد أبلغت الجانب الروسي: the act denied, not a report
            continue
        if cue.stance == "admit" and _recognition(toks, j, end):
            free = j  # اعترفت بضم الجولان / بدولة فلسطين: recognition of a state or a claim, not an admission
            continue
        if cue.forms[0] in _NOUN_HOMOGRAPH_CUES and not (_opens_clause(art, i) or strip_conj(prev) in {"قد", "حين"}):
            free = j  # مقال رأي على صحيفة …: the noun رأي (opinion), not the verb رأى
            continue
        if cue.forms[0] in _ATTENTION_CUES and any(t.form in _ATTENTION for t in toks[j:min(end, j + 8)]):
            free = j  # لفت الأنظار: drew attention, not a statement
            continue
        if prev in _NEGATION and not _ma_is_what(toks, i, j, cue) or (cue.forms[0] in _FOLLOWED and j < len(toks) and (
                toks[j].form.startswith("ل") or toks[j].form.startswith("ب") and toks[j].form not in _IMPLICIT_NEXT)):
            free = j
            continue
        sp, k = None, j
        if nested:
            sp = _left_speaker(art, i)  # أنّ "إيران أكدت أنّ …": the quote's subject, before its verb
        elif cue.kind in ("verb", "present", "relay"):
            relative = i > 0 and strip_conj(toks[i - 1].form) in _RELATIVE  # التي يدّعي الاحتلال أنّ: subject after
            left = _left_speaker(art, i) if (cue.kind == "present" or cue.forms[0] in _OBJECT_FIRST) \
                and (not relative or cue.forms[0] in _OBJECT_FIRST) else None
            # … المؤقتة اتهمت الوحدات: an accused object follows the verb; NAME الذي اتهم X: the antecedent
            # accuses (its object pronoun, التي اتهمها النظام, is another cue form)
            if left is None and cue.forms[0] in _OBJECT_FIRST and not _opens_clause(art, i):
                free = j  # بايدن قد اتهم دمشق: the noun after the verb is the accused, not the speaker
                continue
            issuer = _issuer(art, i) if j < end and toks[j].form in _IN_IT else None
            if issuer is not None:
                sp, k = issuer, j + 1  # أصدر X بياناً قال فيه: the statement's issuer
            elif left is None and strip_conj(toks[i].form) in _ADDRESSED and (co := _continued(art, i, raws)) is not None:
                sp, k = co, j  # X يؤكد … ويحذّر "إسرائيل" من …: the one warned follows the verb
            elif left is not None and (left.kind != "person" or strip_conj(toks[i].form) in _ADDRESSED):
                sp, k = left, j  # headlines: وسائل إعلام محلية تفيد بـ … / غانتس يتهم نتنياهو بـ … (the accused follows)
            else:
                sp, k = _right_speaker(art, j, cue, end)
                if left is not None and not speaker_ok(sp):
                    sp, k = left, j  # الأسير صدقي المقت يحذر … أهالي السويداء: the object is no speaker
            if sp is None and cue.forms[0] in _AS_PUT:
                free = j  # "…"، كما عبّر الرئيس: the speaker follows, or it is no report (ومشى كما عبر الجنود)
                continue
            if sp is None and cue.kind != "relay":
                sp = left or _left_speaker(art, i)
                k = j
            if sp is None and cue.kind == "verb" and strip_conj(prev) in _WHEN:
                sp = _when_subject(art, i, raws)  # صدق نتنياهو حين قال إنّ … / استغلّ إردوغان … عندما أعلن …
                if sp is not None and sp.name and cue_gender(toks[i].form) == "f" and not agrees("f", sp, art.doc.text):
                    sp = None  # عندما تحدثت المعلومات عن …: a feminine verb, not the man named before
            if sp is None and cue.kind == "present" and toks[i].form != strip_conj(toks[i].form):
                sp = _predicate_subject(art, i, raws)  # … والأردن يدين الانتهاكات ويحذّر من …
            if sp is None and cue.kind != "relay" and (_implicit(art, i, j, end) or _but_he(art, i, raws)):
                sp, k = _implicit_subject(art, i, raws), j  # (…، لكنّه أقرّ بـ …: the pronoun is the subject)
            if sp is None and cue.kind != "relay":
                sp = _coordinated(art, i, raws)  # موسكو تتحدث عن … وتشكك في مواقف واشنطن
            if sp is None and cue.kind == "present" and toks[i].form != strip_conj(toks[i].form):
                body = _opening_body(art, i)  # المقاومة تستهدف … وتوثّق إسقاط …: the headline's subject
                sp = body if body is not None and agrees(cue_gender(toks[i].form), body, art.doc.text) else None
        elif cue.kind == "participle":
            if not (prev in {"،", ","} or art.opens_content(j, end) and cue.forms[0] not in _IMPLICIT_NEXT):
                free = j  # موقعاً معلناً عنه: an adjective, not a report
                continue
            sp, gov = _participle_speaker(art, i, raws)
            if gov is not None and gov.cue.needs in _RESPONSIBILITY and cue.stance == "allege" and gov.speaker is sp:
                n = raws.index(gov)  # وتبنى التنظيم الهجوم …، زاعماً مقتل …: the claimed attack is part of the
                raws[n] = replace(gov, cue=replace(gov.cue, stance=cue.stance))  # allegation (one allege, no assert)
            if gov is not None and gov.cue.stance == "admit" and cue.stance == "assert":
                cue = gov.cue  # أقرّ …، مشيراً …: the framing carries over (not a denial: نفى …، مؤكداً أنّ
                # المعارك مستمرة asserts its own account; nor an allegation: ادّعت روسيا …، مؤكدةً … — the
                # writer's doubt is in its verb, and the guide's stance follows the reporting verb)
        elif cue.kind == "prepositional":
            sp, k = _prep_speaker(art, j, end)
            if sp is not None and sp.kind == "media" and sp.org != "outlet" \
                    and any(toks[r.cue_i].sent == toks[i].sent and (r.cue.kind != "prepositional" or r.speaker.kind == "media"
                                                                    and any(toks[n].form in _SAME for n in range(j, min(k + 1, end))))
                            for r in raws):
                sp = None  # قالت الحكومة …، بحسب وكالة الأنباء …: the agency relays the claim before
                # (…، وفق ما تذكر الصحيفة …، بحسب الصحيفة ذاتها: the same paper again)
        elif cue.kind == "nominal" and contents.holds(toks[i].start):
            sp = None  # بيان وزارة … inside someone's words is their subject, not a new claim
        elif cue.kind == "nominal":
            sp, k = _prep_speaker(art, j, min(end, j + 8), nominal=len(cue.forms) == 1)
            if sp is None and len(cue.forms) == 1:
                sp, k = _nominal_official(art, j, end)
            if sp is not None and sp.kind == "person":
                sp = None
            if sp is None and strip_conj(toks[i].form) in _OWN_STANCE_NOUNS:
                sp, k = _stance_holder(art, j, end)  # إعلان إردوغان رغبته في …: the person and his own stance
            if sp is not None and "came" in classes(strip_conj(prev)) and not _words_follow(art, k, end):
                sp = None  # جاءت تصريحات نتنياهو في وقتٍ …: statements reported before, placed in time
        voiced = _voiced_by(art, sp, k, end) if sp is not None and cue.kind in ("verb", "present", "nominal") else None
        if voiced is not None:
            sp, k = voiced  # إعلان واشنطن، على لسان وزير دفاعها NAME، أنّ: the holder speaks for the body
        if not speaker_ok(sp) or cue.forms[0] in _FOLLOWED and not _words_follow(art, k, end) \
                or cue.needs and not _needs_met(art, cue.needs, j, k, end):
            free = j  # تابعت الحكومة بقلق …: تابع reports only with أنّ / a colon / a quote / بقوله
            continue
        if cue.forms[0] in _MOURNING and sp.org and sp.name:
            sp = SpeakerRef(None, None, None, sp.org, sp.org_ar, sp.kind, sp.start, sp.end)  # نعى الحرس، اللواء …: the dead
        if cue.kind == "prepositional" or cue.forms[0] in _AS_PUT:
            content = _prep_content(art, i, k)  # (…، كما عبّر X: the words before)
        elif cue.stance == "deny" and _what_it(toks, i) and raws and raws[-1].content \
                and toks[raws[-1].cue_i].sent == toks[i].sent:
            content = raws[-1].content  # زعمت الوكالة أنّ …، وهو ما نفته الفصائل: the claim denied
        elif _relative_ma(toks, i) or _what_it(toks, i) and (cue.stance == "deny" or _resumptive_ma(toks, i, j)):
            content = _prep_content(art, i - 2, k)  # …، وفق ما ذكرت الوكالة / …، وهو ما نفته …: the words before
        else:
            content = _content(art, k)
        if _described(toks, i, cue) and raws and raws[-1].content and toks[raws[-1].cue_i].sent == toks[i].sent \
                and raws[-1].content[1] > toks[i - 2].start:
            raws[-1] = replace(raws[-1], content=_cut_at(art, raws[-1].content, i - 2))  # its words end before وهو ما
        raws.append(_Raw(i, j, cue, sp, content))
        if content is not None:
            contents.add(content)
        if (sp.org or sp.name or sp.org_ar) and not (cue.kind == "nominal" and _replied_to(toks, i)):
            art.history.append(sp)  # (a body the tables lack too: صحيفة "…" … ولفتت الصحيفة; not the
            # words a statement answers: وجاء تصريح X رداً على تصريحات Y. وقال: … is X speaking on)
        second = _co_speaker(art, k, end, sp) if cue.kind in ("verb", "present") and k > j else None
        if second is None and cue.kind in ("verb", "present") and sp.start < toks[i].start:
            second = _dual_co_speaker(art, i, sp)
        if second is not None:
            raws.append(_Raw(i, j, cue, second, content))  # أعلنت الرياض ودمشق: both announce
        free = max(j, i + 1)
        if voiced is not None:
            free = k  # قالت الهيئة على لسان المتحدث NAME: the body's voice is this claim's speaker, no second cue
    raws.extend(_colon_claims(art, raws, quoted))
    raws = _interview_claims(art, raws)
    raws.sort(key=lambda r: r.cue_i)
    return _build(art, raws)


_ANSWER = re.compile(r"^[^\S\n]*ج[^\S\n]*:", re.M)  # ج: an interview's answer line
_QUESTION = re.compile(r"^[^\S\n]*س[^\S\n]*:", re.M)  # س: its question line
_INTERVIEWED = frozenset(fold(w) for w in ("حاورت", "حاور", "تحاور", "يحاور"))  # «…» حاورت المتحدث باسم …
_ANSWER_CUE = Cue(("ج",), "assert", "colon")


def _interview_claims(art: _Article, raws: list[_Raw]) -> list[_Raw]:
    """An interview in question and answer lines (``س:`` / ``ج:``): every answer is the words of
    the one the lead says was interviewed (``حاورت NAME``), a claim each (a denial when its words
    call a claim false); the questions are the outlet's, and what they cite is no claim."""
    text, toks = art.doc.text, art.toks
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

_REPLY = frozenset(fold(w) for w in ("رداً", "وردا", "ردّاً", "ورداً"))


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


_COLON_CUE = Cue((":",), "assert", "colon")
_COLON_FORM = ":"


_CO_SPEAKER_KINDS = {"government", "metonym", "ministry", "state_forces", "rebels", "militia",
                     "foreign_forces", "ngo", "media"}


def _co_speaker(art: _Article, k: int, end: int, sp: SpeakerRef) -> SpeakerRef | None:
    """A second body joined by و right after the speaker (أكدت موسكو وطهران …) speaks too."""
    toks = art.toks
    if sp.name or not sp.org or k + 1 >= end or toks[k].form != "و" or toks[k + 1].kind != "a" \
            or toks[k + 1].mention.kind not in _CO_SPEAKER_KINDS:
        return None
    np = parse_np(toks, k + 1, end)
    other = art.speaker(np) if np is not None and not np.name else None
    return other if speaker_ok(other) and other.org != sp.org else None


def _dual(form: str) -> bool:
    """A dual verb: يؤكدان / تعلنان, أكدا / أعلنتا (folded, conjunction stripped)."""
    f = strip_conj(form)
    return f.endswith("ان") and f[0] in "يت" or f.endswith("ا") and not f.endswith("وا") and len(f) > 3


def _second_conjunct(toks: list[Tok], a: int, e: int) -> int:
    """Where the second of two subjects joined by و starts in ``[a, e)`` (after a و of its own, or
    the و glued to it); else ``a``."""
    for n in range(a + 1, e - 1):
        if toks[n].form == "و":
            return n + 1
        if toks[n].form[:1] == "و" and strip_conj(toks[n].form) != toks[n].form:
            return n
    return a


def _dual_co_speaker(art: _Article, i: int, sp: SpeakerRef) -> SpeakerRef | None:
    """``بوتين وإردوغان أكدا`` / ``روسيا وتركيا تؤكدان``: a dual verb after its subject ``X وY``,
    found as Y — X speaks too."""
    toks = art.toks
    if not _dual(toks[i].form):
        return None
    s = art.sent_start(i)
    p = next((n for n in range(i - 1, max(s, i - _PREDICATE_GAP) - 1, -1) if toks[n].start == sp.start), None)
    # (the subject may stand before a first verb: تركيا وروسيا تعلقان على … وتكشفان …)
    if p is None or p <= s or not (toks[p].form.startswith("و") or toks[p - 1].form == "و"):
        return None
    p -= toks[p - 1].form == "و"
    for q in range(max(s, p - 6), p):
        np = parse_np(toks, q, p)
        if np is None or np.j != p:
            continue
        bare = np.mention is None and not np.person and np.anaphor is None
        if bare and not (sp.kind == "person" and np.name and len(np.name) <= 2 and (
                q == s or toks[q - 1].kind == "p" or toks[q - 1].form in _LEFT_SKIP
                or "marker" in classes(toks[q - 1].form))):
            continue  # a bare name only beside another person, opening its clause (إن بوتين وإردوغان أكدا)
        other = art.speaker(np)
        if speaker_ok(other) and (other.org, other.name) != (sp.org, sp.name):
            return other
    return None


def _colon_claims(art: _Article, raws: list[_Raw], quoted: list[tuple[int, int]]) -> list[_Raw]:
    """Headline attributions: ``مصادر للميادين: …``, ``الرئيس الإيراني من باكستان: …``."""
    toks = art.toks
    taken = {r.cue_j for r in raws} | {r.cue_j - 1 for r in raws}
    out = []
    for c in compress(range(len(toks)), map(_COLON_FORM.__eq__, art.forms)):
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


_SECTION_HEAD = re.compile(r"^[^\S\n]*[^\s:]+(?: [^\s:]+){0,2}:", re.M)  # a line opening with one to three words and a colon
_SECTIONS = 3  # such lines that make a report of sections


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
    for p in doc.paragraphs or []:
        k = p.start
        while True:
            m = _OPEN_QUOTES.search(text, k, p.end)
            if m is None:
                break
            q = m.start()
            ch = text[q]
            c = text.find({"“": "”", "«": "»", '"': '"'}[ch], q + 1, p.end)
            if c < 0 and ch == "“":
                c = text.find('"', q + 1, p.end)
            if c > q:
                spans.append((q, c))
                k = c + 1
            else:
                k = q + 1
    return spans


_OPEN_QUOTES = re.compile('[“«"]')


_QUOTED_SUBJECT = 3  # words between the opening quote and a reported verb inside it (أنّ "الجانب الحكومي اعتبر)


_NESTED_THAT = 3  # tokens from a quoted reporting verb to its أنّ (أكدت إيران أنّ، أبلغت إسرائيل الأميركيين أنّ)


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


_QUOTE_MARKS = frozenset({'"', "“", "«"})
_THAT_INNA = frozenset({"ان", "انه"})


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Is ``pos`` strictly inside one of ``spans`` (sorted, not overlapping)?"""
    k = bisect_left(spans, (pos,)) - 1
    return k >= 0 and pos < spans[k][1]


def _relative_ma(toks: list[Tok], i: int) -> bool:
    """``وفق ما ذكرت الوكالة`` / ``بحسب ما أفاد``: ``ما`` after an attribution is "what", not "not"."""
    if i < 2 or toks[i - 1].form != "ما":
        return False
    hit = match_cue(toks, i - 2)
    return hit is not None and hit[0].kind == "prepositional" and hit[1] == i


_IT_IS = frozenset({"وهو", "وهي", "هو", "هي", "وهذا", "هذا", "وذلك", "ذلك"})


def _what_it(toks: list[Tok], i: int) -> bool:
    """``…، وهو ما نفته الفصائل``: ``ما`` after "it is" is "what", not "not" (taken for denials,
    whose verb carries the pronoun; وهو ما أعربت عنه … is ``_resumptive_ma``'s)."""
    return i >= 2 and toks[i - 1].form == "ما" and toks[i - 2].form in _IT_IS


def _claim_it(toks: list[Tok], i: int) -> bool:
    """``…، وهي رواية وصفتها المنظمة بأنها …``: "it is a claim" before the verb that takes it up."""
    return i >= 2 and toks[i - 2].form in _IT_IS and "claimref" in classes(toks[i - 1].form)


def _described(toks: list[Tok], i: int, cue: Cue) -> bool:
    """A whatit cue that takes up the claim just told (``وهو ما وصفه X``، ``وهي رواية وصفتها X``)."""
    return cue.needs == "whatit" and (_what_it(toks, i) or _claim_it(toks, i))


def _resumptive_ma(toks: list[Tok], i: int, j: int) -> bool:
    """``وهو ما أعربت عنه مجلة …``: ``ما`` before a verb whose preposition takes it up again
    (عنه، به) is "what", not "not"."""
    return i > 0 and toks[i - 1].form == "ما" and j < len(toks) and toks[j].form in _PRONOUN_PREPS


def _ma_is_what(toks: list[Tok], i: int, j: int, cue: Cue) -> bool:
    """Is the ``ما`` before the cue "what" (وفق ما، وهو ما أعربت عنه، وهو ما نفته), or part of
    "after" / "as" (بعد ما رجّح البنتاغون، مثل ما قال), not "not"?"""
    return _relative_ma(toks, i) or _resumptive_ma(toks, i, j) \
        or (cue.stance == "deny" or cue.needs == "whatit") and _what_it(toks, i) \
        or i >= 2 and toks[i - 1].form == "ما" and strip_conj(toks[i - 2].form) in _MA_CONJUNCTIONS


_MA_CONJUNCTIONS = frozenset({"بعد", "مثل"})  # بعد ما / مثل ما + a verb: after / as it said


def _implicit(art: _Article, i: int, j: int, end: int) -> bool:
    """``وتابع بقوله:`` / ``وأضاف أنّ``: a verb with no subject continues the last speaker."""
    toks = art.toks
    glued = toks[i].form[:1] in "وف" and toks[i].form != strip_conj(toks[i].form)
    first = i == art.sent_start(i) or toks[i - 1].form in _CLAUSE_PUNCT | {"و", "كما", "ثم"}
    return (glued or first) and (art.opens_content(j, end) or j < end and (
        toks[j].form in _IN_IT or toks[j].form in {"،", ","} or _own_noun(toks[j])))


def _but_he(art: _Article, i: int, raws: list[_Raw]) -> bool:
    """``ادّعى X …، لكنّه أقرّ بـ …``: the pronoun after لكن is the last speaker, unless another person
    the article named stands between in the sentence (ولم يرفض كوهين ذلك، لكنّه قال: Cohen, not the last speaker)."""
    toks = art.toks
    if toks[i - 1].form not in _BUT_PRONOUN:
        return False
    known = art.known_names()
    start, own = (max(raws[-1].cue_i, art.sent_start(i)), raws[-1].speaker.name_forms) if raws \
        else (art.sent_start(i), frozenset())
    return not any(strip_conj(toks[n].form) in known and strip_conj(toks[n].form) not in own for n in range(start, i))


def _own_noun(t: Tok) -> bool:
    """``استمرارها``، ``تضامنه``: a verbal noun with a pronoun, the object of a verb whose
    subject was named before (وأكّدت استمرارها في …), never that subject."""
    f = t.form
    if t.kind != "w" or len(f) < 6:
        return False
    for suffix in ("ها", "هم", "ه"):
        if f.endswith(suffix):
            stem = f[:-len(suffix)]
            return is_word(stem) or stem.endswith("ت") and is_word(stem[:-1] + "ه")
    return False


_IN_IT = frozenset({"فيه", "فيها"})  # ونشرت القيادة بياناً، أكّدت فيه مقتل …: the statement just named


def _coordinated(art: _Article, i: int, raws: list[_Raw]) -> SpeakerRef | None:
    """``X تتحدث عن … وتشكك في …``: a verb glued to و right where the sentence's last claim
    stopped is a second predicate of that claim's speaker."""
    toks = art.toks
    if toks[i].form == strip_conj(toks[i].form) or not raws:
        return None
    r = raws[-1]
    if toks[r.cue_i].sent != toks[i].sent or r.content is None or not 0 <= toks[i].start - r.content[1] <= 2:
        return None
    return r.speaker if agrees(cue_gender(toks[i].form), r.speaker, art.doc.text) else None


_PREDICATE_GAP = 16  # tokens from a clause's first verb to the cue glued to و that continues it


def _predicate_subject(art: _Article, i: int, raws: list[_Raw]) -> SpeakerRef | None:
    """A bulletin's clause ``والأردن يدين الانتهاكات ويحذّر من …`` / ``وصنعاء تشيّع … وتؤكد …``:
    the present-tense cue glued to و is a second predicate of the body right before the nearest
    present verb of the same person (ي / ت) earlier in the clause; a body that opens its clause
    (the sentence's start, a glued و, punctuation), a capital included (كاراكاس تتحرك … وتؤكد)."""
    toks = art.toks
    s0 = art.sent_start(i)
    prefix = strip_conj(toks[i].form)[:1]
    for v in range(i - 1, max(s0, i - _PREDICATE_GAP), -1):
        t = toks[v]
        if t.kind == "p" and t.form not in {"،", ","}:
            return None
        w = t.form
        if t.kind != "w" or w != strip_conj(w) or w[:1] != prefix or classes(w) \
                or len(w) < 4 and match_cue(toks, v) is None:  # (يردّ: a cue word of three letters)
            continue
        if match_cue(toks, v) and any(r.cue_i == v for r in raws):
            return None  # X تتحدث عن … وتشكك: that cue's speaker goes on (_coordinated)
            # (a cue that made no claim, يردّ على … with no بالقول, is the clause's plain first verb)
        k = v - 1
        sub = toks[k]
        m = sub.mention
        if sub.form in {"،", ","}:
            return _left_speaker(art, v)  # السفير …، NAME، يردّ على … ويؤكّد …: the person set off before the first verb
        if sub.kind != "a" or m is None or m.kind in {"civilians", "adjective"} or m.canonical == "outlet":
            return None  # the verb nearest the cue has no body before it: not this shape
        prev = toks[k - 1]
        if not (k == s0 or prev.kind == "p" or prev.form in {"و", "ف"} or sub.form != strip_conj(sub.form)
                or strip_conj(prev.form).startswith("ال") and sub.form.startswith("ال")):
            return None  # رئاسة مجلس … في العراق تدين: the body ends a longer phrase the tables lack
            # (after a definite word a definite body is no genitive: وعلى الجبهة اللبنانية المقاومة تستهدف …)
        return SpeakerRef(None, None, None, m.canonical, m.surface, m.kind, sub.start, sub.end)
        # (no gender test: the verb right after the body already agrees with it, الأردن يدين)
    return None


def _continued(art: _Article, i: int, raws: list[_Raw]) -> SpeakerRef | None:
    """The speaker of a verb glued to و right where the sentence's last claim stopped, with no
    comma between (``X يؤكد … ويحذّر "إسرائيل" من …``): the same speaker goes on."""
    sp = _coordinated(art, i, raws)
    if sp is None or art.doc.text[raws[-1].content[1]:art.toks[i].start].strip():
        return None
    return sp


def _implicit_subject(art: _Article, i: int, raws: list[_Raw]) -> SpeakerRef | None:
    """The subject a verb without one continues: this sentence's speaker, else the body that
    opens the sentence (``نعى حرس الثورة …، وقال إنّه``), else the last speaker."""
    toks = art.toks
    s = toks[i].sent
    g = cue_gender(toks[i].form)
    same = [r.speaker for r in reversed(raws) if toks[r.cue_i].sent == s]
    if same:
        return next((sp for sp in same if agrees(g, sp, art.doc.text)), same[0])
    s0 = art.sent_start(i)
    np = parse_np(toks, s0, i)
    if np is not None and not np.strong and np.name \
            and not np.name[0].form.startswith("ال"):
        verb = next((n for n, t in enumerate(np.name[1:3], 1) if t.form[:1] in "يت" and len(t.form) >= 4), None)
        if verb is None and np.j < i and toks[np.j].kind == "w" and toks[np.j].form[:1] in "يت" and len(np.name) <= 2:
            # (وأدانت تركيا …، وشددت: a body the tables know after the verb is no verb of a name before it)
            verb = len(np.name)
        if verb is not None:  # غالانت يهاجم … ويحذّر
            np.name, np.j = np.name[:verb], np.i + verb
            return art.speaker(np)
    body = _opening_body(art, i)
    if body is None and (c := next((n for n in range(s0 + 1, min(i - 2, s0 + _FRONTED_WORDS))
                                    if toks[n].form in {"،", ","}), None)) is not None:
        body = _opening_body(art, i, c + 1)  # وقبل عشرين عاماً، اقترحت الحكومة الأميركية …، وزعمت: after a fronted circumstance
    if body is not None and body.kind == "metonym":
        body = _country_organ(art, body)  # دانت دمشق …، وأكدت: its ministry, when it spoke just before
    if body is not None and agrees(g, body, art.doc.text):
        return body
    if _outlet_opens(art, s0, i):
        art.silent.add(s)
        return None  # مراسلة الميادين …، تحدثت عن …: the outlet's own voice
    subject = _sentence_subject(art, s0, i)  # ويروي المقت … ويقول إنّه
    if subject is None and s0 > 0 and not any(toks[r.cue_i].sent == s - 1 for r in raws):
        p0 = art.sent_start(s0 - 1)  # وتوجّه الأمين العام … بالتحية … . وأكّد أنّ …
        if s - 1 in art.silent or _outlet_opens(art, p0, s0):
            art.silent.add(s)
            return None  # الصحافية …، مراسلة الميادين، تحدثت … . وتابعت أنّ …: the outlet's own voice
        subject = _sentence_subject(art, p0, s0)
    if subject is not None and agrees(g, subject, art.doc.text):
        return subject
    recent = art.history[-3:][::-1]
    return next((sp for sp in recent if agrees(g, sp, art.doc.text)), body)  # none of that gender spoke last: not a guess


def _sentence_subject(art: _Article, k0: int, k1: int) -> SpeakerRef | None:
    """The person a sentence (tokens ``[k0, k1)``) opens with as its subject: one the article
    presents by office there (``وتوجّه الأمين العام لحزب الله السيد …``), or a known name right
    after the opening verb (``ويروي المقت …``)."""
    toks = art.toks
    if k1 - k0 < 2:
        return None
    subject = _opening_person(art, k0, k1)
    if subject is None:  # وعقب إعلان …، قدّم الأسد تعازيه: the clause after a fronted circumstance
        c = next((n for n in range(k0, min(k1 - 2, k0 + _FRONTED_WORDS)) if toks[n].form in {"،", ","}), None)
        subject = _opening_person(art, c + 1, k1) if c is not None else None
    return subject


def _opening_person(art: _Article, k0: int, k1: int) -> SpeakerRef | None:
    """A person presented by office in the first words of ``[k0, k1)``, or a known name right
    after its first word (the verb)."""
    toks = art.toks
    lo, hi = toks[k0].start, toks[min(k1 - 1, k0 + 2)].end
    for sp in art.introduced:
        if lo <= sp.start < hi:
            return sp
    return _verb_then_known(art, k0)


_FRONTED_WORDS = 30  # tokens a circumstance (عقب …، بعد …) may run before a sentence's verb and subject


def _verb_then_known(art: _Article, v: int) -> SpeakerRef | None:
    """A person the article named, right after the verb at token ``v`` (``ويروي المقت …``)."""
    toks = art.toks
    t = toks[v + 1]
    if t.kind == "w" and toks[v].kind == "w" and not classes(strip_conj(toks[v].form)):
        form = {strip_conj(t.form)}
        return next((h for h in reversed(art.refs()) if h.name and same_person(h.name_forms, form)), None)
    return None


def _outlet_opens(art: _Article, k0: int, k1: int) -> bool:
    """Does the outlet or its correspondent open sentence ``[k0, k1)`` (not as the one spoken to)?"""
    return any(toks.mention is not None and toks.mention.canonical == "outlet" and not toks.form.startswith("ل")
               for toks in art.toks[k0:min(k1, k0 + 6)])


_MOURNING = frozenset(fold(w) for w in ("نعى", "نعت", "ينعى", "تنعى", "زف", "زفت", "يزف", "تزف"))  # the name after is the dead
_T_ROOTS = frozenset({"لفت", "اثبت", "ثبت", "سكت"})  # masculine past verbs whose root ends in ت


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


_FEMININE_PLURALS = frozenset(fold(w) for w in (  # folded, as the head word they are compared with (فصائل → فصايل)
    "مصادر", "قوات", "وسائل", "فصائل", "أوساط", "منظمات", "جماعات", "تقارير", "مليشيات",
    "ميليشيات", "كتائب", "سرايا", "وحدات", "سلطات", "صفحات", "تنسيقيات"))


_WORDS = re.compile(r"\w+")
_ACRONYM_KINDS = frozenset({"rebels", "militia"})
_SOURCES = frozenset(fold(w) for w in ("مصدر", "مصادر"))  # a body's source: its own word gives the gender


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


_PEOPLE_KINDS = frozenset({"unnamed", "person", "civilians"})  # who a plural verb (قالوا) may have for its subject


def agrees(g: str | None, sp: SpeakerRef | None, text: str = "") -> bool:
    """Does a verb of gender ``g`` fit the speaker (``text``: the document's, for the words
    that name an unnamed source)?"""
    if sp is None or g is None:
        return True
    if g == "pl":
        return sp.kind in _PEOPLE_KINDS  # فأعلنوا after a body named earlier: not that body
    h = speaker_gender(sp, text[sp.start:sp.end] if text else "")
    return h is None or h == g


def _prep_content(art: _Article, i: int, k: int) -> tuple[int, int] | None:
    """حسب X: the sentence outside the attribution (before it, or after it when it leads)."""
    toks = art.toks
    s, e = art.sent_start(i), art.sent_end(i)
    if i == s and s > 0 and toks[i].form in _POINTING_BACK:
        s, i = art.sent_start(s - 1), s  # وقصفت الطائرات المدينة. وهذا ما أكده …: the sentence before
    if i - s >= 3:
        start, stop = toks[s].start, toks[i - 1].end
        while stop > start and art.doc.text[stop - 1] in " ،,.":
            stop -= 1
        return (start, stop) if stop > start else None
    return _content(art, k) if k < e else None


_POINTING_BACK = frozenset(fold(w) for w in ("وهذا", "هذا", "وهو", "وذلك", "وهي"))  # cues.tsv: وهذا ما أكده …


def _merge_spellings(raws: list[_Raw]) -> None:
    """A body the tables lack, named in full once and shortened after (قيادة العمليات المشتركة …
    قيادة العمليات), is one speaker: the shorter name takes the fuller one that contains its words."""
    bodies = {r.speaker.org_ar for r in raws if r.speaker.org is None and not r.speaker.name and r.speaker.org_ar}
    if len(bodies) < 2:
        return
    words = {b: [w.removeprefix("ال") for w in fold(b).split()] for b in bodies}
    fuller = {}
    for b in bodies:
        n = len(words[b])  # its words open the fuller name (قناة تي is no قناة إن تي في …)
        wider = [c for c in bodies if len(words[c]) > n and words[c][:n] == words[b]]
        full = max(wider, key=len) if wider else None
        if full is not None and all(words[full][:len(words[c])] == words[c] for c in wider):
            fuller[b] = full  # (two different fuller bodies: the short name stays, it may be either)
    for r in raws:
        sp = r.speaker
        if sp.org is None and not sp.name and sp.org_ar in fuller:
            r.speaker = replace(sp, org_ar=fuller[sp.org_ar])


_ENVOYS = frozenset(fold(w) for w in ("مندوب", "مندوبة", "المندوب", "المندوبة", "سفير", "سفيرة", "السفير",
                                      "السفيرة", "ممثل", "الممثل"))


def _envoy(sp: SpeakerRef) -> bool:
    """An envoy (مندوب سوريا لدى الأمم المتحدة، السفير الإيراني) speaks for his mission, not as his
    state's spokesperson: the state's own nameless claims (الدولة السورية تشدّد) take no name of his,
    a later nameless السفير does."""
    return bool(sp.role) and _envoy_role(sp.role)


@lru_cache(maxsize=4096)
def _envoy_role(role: str) -> bool:
    """Whether a role's first word names an envoy (per role string: a document repeats its roles)."""
    return strip_conj(fold(role.split()[0])) in _ENVOYS


_UMBRELLAS = frozenset({"Syrian National Army", "Syrian opposition factions"})  # many factions, one name in the tables


def _merge_people(raws: list[_Raw]) -> None:
    """A body and its named spokesperson are one speaker: nameless claims of a body take the
    nearest named person of that body (the scorer's and the annotators' convention)."""
    for r in raws:  # بوتين يؤكد … / الرئيس الروسي فلاديمير بوتين: one person, one body
        sp = r.speaker
        if sp.name and not sp.org:
            full = next((x.speaker for x in raws if x.speaker.org and x.speaker.name
                         and same_person(x.speaker.name_forms, sp.name_forms)
                         and not surname_differs(x.speaker.name, fold(sp.name).split())), None)
            if full is not None:
                r.speaker = SpeakerRef(full.name, full.title, full.role, full.org, full.org_ar, full.kind,
                                       sp.start, sp.end, full.name_forms)
    named: dict[tuple[str, bool], list[int]] = {}  # body (its envoys apart) → indexes of its claims with a
    for m, x in enumerate(raws):                   # named speaker, ascending
        if x.speaker.org and x.speaker.name:
            named.setdefault((x.speaker.org, _envoy(x.speaker)), []).append(m)
    for n, r in enumerate(raws):
        sp = r.speaker
        key = (sp.org or "", _envoy(sp))  # السفير الإيراني takes the envoy's name, الدولة السورية no envoy's
        if sp.name or not sp.org or sp.org == "Unnamed sources" or sp.org.endswith(" media") or sp.kind == "media" \
                or not named.get(key):
            # (Israeli media is many outlets and their reporters, no one spokesperson)
            continue
        ks = named[key]
        at = bisect_left(ks, n)  # the nearest named claim of the body; the earlier one on a tie
        m = ks[at - 1] if at and (at == len(ks) or n - ks[at - 1] <= ks[at] - n) else ks[at]
        best = raws[m].speaker
        if sp.org in _UMBRELLAS and sp.org_ar and best.org_ar \
                and not set(fold(sp.org_ar).split()) & set(fold(best.org_ar).split()):
            continue  # فرقة الحمزة after the spokesman of الفيلق الثالث: two factions the tables join under one name
        r.speaker = SpeakerRef(best.name, best.title, best.role, sp.org, sp.org_ar, sp.kind, sp.start, sp.end,
                               best.name_forms)
        ks.insert(at, n)  # named now itself, for the claims after it


@lru_cache(maxsize=1)
def _country_adjectives() -> dict[str, frozenset[str]]:
    """``Government of Syria`` → {السوري، السورية}: a country's nationality adjectives (claim_metonyms.tsv)."""
    out: dict[str, set[str]] = {}
    for canon, alias, kind in read_table("claim_metonyms.tsv"):
        if kind == "adjective":
            out.setdefault(canon, set()).add(fold(alias))
    return {k: frozenset(v) for k, v in out.items()}


def _country_organ(art: _Article, body: SpeakerRef) -> SpeakerRef:
    """A country or capital opening a sentence (``دانت دمشق …، وأكدت …``) after one of its
    organs spoke (``وزارة الخارجية السورية تدين …``): that organ; else the country."""
    adjectives = _country_adjectives().get(body.org or "")
    if not adjectives:
        return body
    for h in art.history[-3:][::-1]:
        if h.org and h.org != body.org and h.kind not in {"unnamed", "media"} and h.org_ar \
                and adjectives & set(fold(h.org_ar).split()):  # (not its sources or its press)
            return replace(h, start=body.start, end=body.end)
    return body


@lru_cache(maxsize=1)
def _defence_ministries() -> dict[str, str]:
    """``Government of Russia`` → ``Russian Ministry of Defence``: the country's defence ministry
    in ``actors.tsv`` (``_country_ministry``)."""
    out: dict[str, str] = {}
    for canon in _feminine_adjectives():
        ministry = _country_ministry(canon, "دفاع")
        if ministry and "Defen" in ministry:
            out[canon] = ministry
    return out


@lru_cache(maxsize=1)
def _feminine_adjectives() -> dict[str, tuple[str, ...]]:
    """``Government of Russia`` → (الروسية، …): a country's feminine nationality adjectives
    (``claim_metonyms.tsv``), which follow وزارة."""
    out: dict[str, list[str]] = {}
    for canon, alias, kind in read_table("claim_metonyms.tsv"):
        if kind == "adjective" and fold(alias).endswith("ه"):
            out.setdefault(canon, []).append(alias)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=256)
def _country_ministry(country: str, noun: str) -> str | None:
    """``Government of Russia`` + ``دفاع`` (folded, no ال) → ``Russian Ministry of Defence``: the
    country's nationality adjective after ``وزارة الـNOUN`` names its ministry in ``actors.tsv``;
    None when it names none."""
    for alias in _feminine_adjectives().get(country, ()):
        ministry = canonical_actor("وزارة ال" + noun + " " + alias)
        if ministry and ministry != country:
            return ministry
    return None


def _battlefield_speakers(art: _Article, raws: list[_Raw]) -> None:
    """A country named as the speaker of a battlefield report (``ادّعت روسيا انسحاب قوات … من
    مواقعها``) speaks through its defence ministry; its political statements stay its government's."""
    ministries = _defence_ministries()
    swapped: dict[int, SpeakerRef] = {}
    for r in raws:
        sp = r.speaker
        if sp.kind != "metonym" or sp.org not in ministries or r.content is None:
            continue
        if id(sp) not in swapped:
            lo, hi = bisect_left(art.starts, r.content[0]), bisect_left(art.starts, r.content[1])
            words = {strip_conj(t.form) for t in art.toks[lo:hi] if t.kind == "w"}
            if sum("battle" in classes(w) for w in words) < 2:
                continue
            swapped[id(sp)] = SpeakerRef(sp.name, sp.title, sp.role, ministries[sp.org], sp.org_ar, "ministry",
                                         sp.start, sp.end, sp.name_forms)
        r.speaker = swapped[id(sp)]
    if swapped:
        for r in raws:  # participles that continue such a claim
            if id(r.speaker) in swapped:
                r.speaker = swapped[id(r.speaker)]


def _evidence(doc: Document, start: int, end: int) -> TextSpan:
    """The original characters behind ``doc.text[start:end]`` and their span (mapped once)."""
    s, e = doc.to_original(start, end)
    return TextSpan(text=doc.original[s:e], span=(s, e))


def _country_body(target: str, earlier: list[Claim]) -> str:
    """``نفى … الرواية الروسية``: a country named by its adjective stands for the body of that
    country whose claim the article reported last (the Russian Ministry of Defence)."""
    if not target.startswith("Government of "):
        return target
    stems = _country_stems(target)
    for c in reversed(earlier):
        org = c.speaker.org or ""
        if c.stance != "deny" and org != target and org.startswith(stems) \
                and any(w in org for w in ("Ministry", "Presidency", "Reconciliation")):
            return org
    return target


_COUNTRY_PREFIXES = {"the United States": ("US ", "United States")}  # US Department of State, United States Army


def _country_stems(target: str) -> tuple[str, ...]:
    """How the bodies of a ``Government of X`` begin: Russia → Russian, Turkey → Turkish, the United
    States → US."""
    country = target.removeprefix("Government of ")
    return _COUNTRY_PREFIXES.get(country, (country[:4],))


def _build(art: _Article, raws: list[_Raw]) -> list[Claim]:
    doc, toks = art.doc, art.toks
    _battlefield_speakers(art, raws)
    _merge_people(raws)
    _merge_spellings(raws)
    claims: list[Claim] = []
    pending: list[tuple[int, str]] = []
    for n, r in enumerate(raws, 1):
        stance = r.cue.stance
        content = None
        targets: list[str] = []
        if r.content:
            cs, ce = r.content
            content = _evidence(doc, cs, ce)
            framed = art.framing(cs, ce)
            if framed is None and art.doubted_after(ce):
                framed = "allege"
            if framed == "deny" and stance != "admit" or framed == "allege" and stance == "assert":
                stance = framed  # (an admission keeps its stance: وأقرّ قائلاً "… وضعاً أمنياً غير صحيح" concedes)
        if stance == "deny":
            answered = _answered(art, raws, claims, n - 1) if _what_it(toks, r.cue_i) else []  # …، وهو ما نفته …
            if _described(toks, r.cue_i, r.cue) and n >= 2 and raws[n - 2].speaker.org \
                    and raws[n - 2].speaker.org != r.speaker.org and toks[raws[n - 2].cue_i].sent == toks[r.cue_i].sent:
                answered = [raws[n - 2].speaker.org]  # …، وهي رواية وصفتها X بأنها «افتراء»: the claim just told
            targets = [_country_body(t, claims) for t in
                       (answered or _targets(art, r.speaker, r.content, r.cue_i)
                        or _denied_before(art, raws, claims, n - 1) or _answered(art, raws, claims, n - 1))]
        sp = r.speaker
        cue_s, cue_e = toks[r.cue_i].start, toks[r.cue_j - 1].end
        claims.append(Claim(
            id=f"c{n}",
            speaker=Speaker(name=_one_spaced(sp.name), title=sp.title, role=sp.role, org=sp.org, org_ar=_one_spaced(sp.org_ar),
                            span=doc.to_original(sp.start, sp.end)),
            cue=_evidence(doc, cue_s, cue_e),
            stance=stance, content=content,
            targets=[Target(org=t) for t in targets]))
        pending.extend((n - 1, t) for t in targets)
    for idx, org in pending:  # link a denial to the claim it answers when the article carries it
        answered_id = next((c.id for c in claims if c.speaker.org == org and c.stance != "deny"), None)
        for t in claims[idx].targets:
            if t.org == org:
                t.claim = answered_id
    return claims
