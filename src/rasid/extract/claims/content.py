"""A claim's content: from ``أنّ / إنّ`` or an opening quote to the clause or sentence end (the
sentence outside a ``حسب X`` attribution), and whether a cue's needs (``cues.tsv``: words follow, a
responsibility, a recognition) are met by what comes after it.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import lru_cache
from typing import Final

from ...text.normalize import fold
from ..speakers import Tok, classes, is_cue_word, strip_conj, word_classes
from .article import _Article, _IMPLICIT_NEXT
from .cues import cue_lookup, match_cue
from .tokens import _CIRCUMSTANTIAL, _THAT, _closing_quote, _past_carrier, _quoted_name
from .what_ma import _claim_it, _what_it


_MARKERS: Final = {"marker", "prepmarker"}
_CONTRAST: Final = {"فيما", "بينما", "وفيما", "وبينما"}  # …، فيما قالت …: a second speaker's clause


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


_WHAT: Final = frozenset({"ما", "عما", "مما"})  # a relative "what" before a verb of the content
_ADDRESSEE: Final = 5  # words of the outlet a speaker spoke to (لـ"عنب بلدي")


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


_NEGATING_MARKERS: Final = frozenset({"الا", "بالا"})  # ألا، بألا: أنْ لا (claim_words.tsv)
_CIRCUMSTANCE_SPAN: Final = 25  # tokens a circumstance may run before the words' أنّ / إنّ


def _where(toks: list[Tok], n: int) -> bool:
    """Token ``n`` names a country right after في: where the speaker is, not what they say."""
    t = toks[n]
    return t.kind == "a" and t.mention is not None and t.mention.kind == "metonym" and n > 0 \
        and toks[n - 1].form == "في"


def _words_follow(art: _Article, k: int, end: int) -> bool:
    """Do words come within a few tokens (أنّ / a colon / a quote / بقوله)? ``وتابعت الوزارة، في
    بيانها، أنّ …`` reports; ``وتابعت القوات الهجوم على …`` does not."""
    titled = False  # inside a quoted title: كتب … كتاباً بعنوان "…", not his words
    for n in range(k, min(end, k + 6)):
        t = art.toks[n]
        if t.form == '"' and (titled or n > 0 and art.toks[n - 1].form in _TITLED):
            titled = not titled
            continue
        if not titled and (t.form in {":", '"'} or t.form in _IMPLICIT_NEXT
                           or t.kind == "w" and "marker" in classes(t.form)):
            return True
    return False


_TITLED: Final = frozenset(fold(w) for w in ("بعنوان", "عنوانه", "عنوانها", "وعنوانه", "عنوان"))  # (folded) a quote after: a title


@lru_cache(maxsize=1)
def _act_words() -> tuple[str, ...]:
    """Attacks and their responsibility (claim_words.tsv class ``act``), folded: what تبنّى claims."""
    return tuple(sorted(w for w, cs in word_classes().items() if "act" in cs))


@lru_cache(maxsize=1)
def _courtesy_words() -> tuple[str, ...]:
    """Condolences, solidarity, thanks (claim_words.tsv class ``courtesy``), folded prefixes: what
    أعرب عن expresses without stating anything."""
    return tuple(sorted(w for w, cs in word_classes().items() if "courtesy" in cs))


_RECOGNITION_SPAN: Final = 5  # tokens after اعترف where the recognised state or authority is named (بها في إطار دولة)


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


_STATED_GAP: Final = 10  # tokens from the speaker of أعرب to its عن (to whom, when, between)
_ASIDE_WORDS: Final = 6  # tokens of an aside between commas (، مطلع الشهر،)
_SAYING_SPAN: Final = 20  # tokens from the speaker to its بالقول / قائلاً (ردّ / علّق على X في Y، قائلاً)
_COUNT_NOUNS: Final = frozenset(fold(w) for w in ("عدد", "أعداد", "حصيلة", "الحصيلة", "العدد", "خسائر", "الخسائر", "قيمة",
                                            "كلفة", "تكلفة"))  # (قدّرت الوزارة الخسائر بـ …: a figure too)

_OBJECT_SUFFIXES: Final = frozenset({"ه", "ها", "هم", "ته", "تها", "تهم", "وه", "وها", "وهم", "ونه", "ونها", "ونهم"})


def _accused_on_verb(form: str) -> bool:
    """``اتهمته`` / ``يتهمهم``: the accused is a pronoun on the charge verb (``اتهم`` alone ends in هم too)."""
    f = strip_conj(form)
    at = f.find("تهم")
    return at >= 0 and f[at + 3:] in _OBJECT_SUFFIXES


_THAT_BI: Final = frozenset(fold(w) for w in ("بأنّ", "بأنه", "بأنها", "بأنهم"))  # folded: بان، بانه …


def _on_then_that(toks: list[Tok], n: int, end: int) -> bool:
    """``علّق أوستن على الغارات بأنّها "جاءت رداً …"``: what was commented on (على and a few words,
    no punctuation), then بأنّ and the words."""
    if n < end and toks[n].form == _ON:
        n += 1
    elif not (0 < n < end and toks[n - 1].form == _ON):
        return False  # (the speaker phrase may have run past على: the words commented on start at n)
    for m in range(n, min(end, n + _ON_WORDS)):
        if toks[m].form in _THAT_BI:
            return m > n
        if toks[m].kind == "p":
            return False
    return False


_ON_WORDS: Final = 5  # words after على before the بأنّ of a comment
_ON: Final = fold("على")


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
    right after وهو ما (وهو ما كذّبه X); ``bare``: the cue's word carries no glued و / ف."""
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
        about = next((n for n in range(k, min(end, k + _STATED_GAP)) if toks[n].form == "عن"), k)
        # (أعرب الرئيس لنظيره، خلال الاتصال، عن أمله: what he expressed follows its عن)
        return not _word_near(toks, about, min(end, about + 3), lambda w: w.startswith(courtesy))
    if needs == "renew":
        return _word_near(toks, j, min(end, k + 2), lambda w: w.startswith(("تاكيد", "التاكيد")))
    if needs == "saying":
        n = art.skip_fillers(k, end)  # (ردّ المتحدث …، NAME، بأنّ الاتهامات «عارية عن الصحة»: his words follow)
        return any(toks[n].form in _IMPLICIT_NEXT for n in range(k, min(end, k + _SAYING_SPAN))) \
            or n < end and toks[n].form in _THAT_BI or _on_then_that(toks, n, end)

    if needs == "claimref":
        return _word_near(toks, j, min(end, k + 3), lambda w: "claimref" in classes(w))
    if needs == "act":  # a prefix: استهدافها، استهدافقاعدة (glued)
        acts = _act_words()
        return _word_near(toks, j, min(end, k + 12), lambda w: w.startswith(acts))
    if needs == "bare":  # شي جينبينغ يصفها بـ …: a headline's own verb; not وتصفه بالاحتلال, a stance held
        return toks[j - 1].form[:1] not in "وف"
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


_POINTING_BACK: Final = frozenset(fold(w) for w in ("وهذا", "هذا", "وهو", "وذلك", "وهي"))  # cues.tsv: وهذا ما أكده …
