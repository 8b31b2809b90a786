"""The unstated subject: a verb with no speaker of its own continues the last speaker, the
sentence's subject, or the person who opened this or the previous sentence (``وتابع بقوله``،
``لكنّه أقرّ``، ``وأكّدت فيه``).
"""
from __future__ import annotations

from typing import Final

from ..speakers import SpeakerRef, classes, parse_np, same_person, strip_conj
from .article import _Article, _Raw
from .countries import _country_organ
from .cues import match_cue
from .gender import agrees, cue_gender
from .speaker_after import _IN_IT
from .speaker_before import _left_speaker, _opening_body
from .tokens import _CLAUSE_PUNCT, _PREDICATE_GAP, _own_noun

_CLAUSE_OPENERS: Final = frozenset(_CLAUSE_PUNCT | {"و", "كما", "ثم"})  # what a clause of its own follows (built once)


_BUT_PRONOUN: Final = {c + "لكن" + p for c in ("", "و") for p in ("ه", "ها", "هم")}  # …، لكنه أقرّ: the subject named before


def _implicit(art: _Article, i: int, j: int, end: int) -> bool:
    """``وتابع بقوله:`` / ``وأضاف أنّ``: a verb with no subject continues the last speaker."""
    toks = art.toks
    glued = toks[i].form[:1] in "وف" and toks[i].form != strip_conj(toks[i].form)
    first = i == art.sent_start(i) or toks[i - 1].form in _CLAUSE_OPENERS
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
        if sub.kind == "w" and (k == s0 or sub.form != strip_conj(sub.form)):
            sp = _left_speaker(art, v)  # الأسد يبحث مع … ويتهم الغرب …: a person opening the headline
            return sp if sp is not None and sp.name else None
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
        if subject is None and i == s0 and _no_subject_after(art, i):
            subject = _previous_opening_body(art, p0, s0)  # دانت الحركة … . وقالت في بيان إنّ …
    if subject is not None and agrees(g, subject, art.doc.text):
        return subject
    recent = art.history[-3:][::-1]
    return next((sp for sp in recent if agrees(g, sp, art.doc.text)), body)  # none of that gender spoke last: not a guess


def _no_subject_after(art: _Article, i: int) -> bool:
    """Does the cue at ``i`` go straight on to its words, ``في بيان`` or a comma (``وقالت في بيان
    إنّ``), with no noun of its own after it that might be a subject the tables lack (``وتقول
    المعارضة إنّ``)?"""
    toks = art.toks
    k = i + 1
    return k < len(toks) and (toks[k].form in _IN_IT or toks[k].form in {"،", ",", "في"}
                              or art.opens_content(k, art.sent_end(i), strict=True))


def _previous_opening_body(art: _Article, p0: int, s0: int) -> SpeakerRef | None:
    """The body that opened the sentence ``[p0, s0)`` before a subjectless cue that opens the next
    one (``من جهتها، دانت الحركة الاغتيال. وقالت في بيان إنّ …``): a statement's usual second
    sentence, its verb (دان، استنكر، رحّب) no cue of its own; after a fronted phrase too."""
    body = _opening_body(art, s0, p0)
    if body is None and (c := next((n for n in range(p0 + 1, min(s0 - 2, p0 + _FRONTED_WORDS))
                                    if art.toks[n].form in {"،", ","}), None)) is not None:
        body = _opening_body(art, s0, c + 1)
    if body is not None and body.kind == "metonym":
        body = _country_organ(art, body)
    return body


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


_FRONTED_WORDS: Final = 30  # tokens a circumstance (عقب …، بعد …) may run before a sentence's verb and subject


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
