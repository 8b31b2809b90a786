"""``ما`` before a cue: "what" (``وفق ما ذكرت``، ``وهو ما نفته``، ``وهو ما أعربت عنه``) rather than
"not", so the cue still reports.
"""
from __future__ import annotations

from typing import Final

from ..speakers import Tok, classes, strip_conj
from .cues import Cue, match_cue


_PRONOUN_PREPS: Final = frozenset({"عنه", "عنها", "به", "بها", "اليه", "اليها"})  # a verb's preposition with its pronoun, before the subject


def _relative_ma(toks: list[Tok], i: int) -> bool:
    """``وفق ما ذكرت الوكالة`` / ``بحسب ما أفاد``: ``ما`` after an attribution is "what", not "not"."""
    if i < 2 or toks[i - 1].form != "ما":
        return False
    hit = match_cue(toks, i - 2)
    return hit is not None and hit[0].kind == "prepositional" and hit[1] == i


_IT_IS: Final = frozenset({"وهو", "وهي", "هو", "هي", "وهذا", "هذا", "وذلك", "ذلك"})


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


_MA_CONJUNCTIONS: Final = frozenset({"بعد", "مثل"})  # بعد ما / مثل ما + a verb: after / as it said
