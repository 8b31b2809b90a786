"""The words around a name that say whether it is a place: lexicons and cheap look-arounds.

Everything here works on the folded text (``fold``) and is loaded once from data files:
``place_words.tsv`` (place nouns, prepositions, countryside and compass words) and
``place_stopwords.tsv`` (gazetteer names that are also common words or person names).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from ..text.normalize import fold
from .gazetteer import read_table
from .matcher import CLITICS, norm_name, split_al, word_start

_SENTENCE_END: Final = frozenset(".!?؟\n;؛")


@lru_cache(maxsize=1)
def words_by_role() -> dict[str, frozenset[str]]:
    roles: dict[str, set[str]] = {}
    for r in read_table("place_words.tsv"):
        roles.setdefault(r["role"], set()).add(fold(r["word"]))
    return {k: frozenset(v) for k, v in roles.items()}


@lru_cache(maxsize=1)
def stop_policy() -> dict[str, str]:
    """Folded core (no ال) -> policy (never | context | drop)."""
    return {split_al(norm_name(r["name_ar"]))[0]: r["policy"] for r in read_table("place_stopwords.tsv")}


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Folded common Arabic words (the project's hand-written ``words.txt``, shared with repair,
    without its proper-names section): a village called ``زيارة`` is a place only when a place
    noun says so."""
    from importlib import resources

    text = resources.files("rasid.data").joinpath("words.txt").read_text(encoding="utf-8")
    out, names = set(), False
    for line in text.splitlines():
        if line.startswith("#"):
            names = "proper names" in line  # that section lists places: not common words
        elif line.strip() and not names:
            out.add(fold(line.strip()))
    return frozenset(out)


@lru_cache(maxsize=8192)
def is_common_word(word: str, clitics: bool = True) -> bool:
    """A single folded word that is ordinary Arabic: in the word list as written, without
    its article or (``clitics``) a clitic, or with a pronoun ending (``منزله``, ``الاهداف``,
    ``بسلوك``). A name's own first letter is no clitic: ``كباني`` is not ك + باني."""
    if " " in word:
        return False
    words = common_words()
    forms = {word, word[2:] if word.startswith("ال") else "ال" + word}
    if clitics:
        forms |= {word[n:] for n in (1, 2) if word[:n] in CLITICS and len(word) - n >= 3}
    forms |= {f[:-1] for f in list(forms) if f.endswith("ه") and len(f) > 4}
    return any(f in words for f in forms)


# The roles ``role_of`` reads, first first: a word listed under two takes the earlier.
_ROLE_ORDER: Final = ("type", "types", "locative", "countryside", "direction", "prep", "person", "org", "polity",
                      "dual", "capital", "institution", "origin", "road")


@lru_cache(maxsize=1)
def _role_table() -> dict[str, str]:
    """Folded word -> its first role in ``_ROLE_ORDER``: one dict look-up per form of a word
    where ``role_of`` tried every role's set in turn (a miss, for each new word of a long
    article, asked thirteen sets per form)."""
    roles = words_by_role()
    table: dict[str, str] = {}
    for role in reversed(_ROLE_ORDER):  # (an earlier role overwrites a later one)
        for w in roles.get(role, ()):
            table[w] = role
    return table


def _role_of_forms(word: str, table: dict[str, str]) -> str | None:
    """The role of the first form of ``word`` in ``table``: as written, behind one or two
    clitic letters, then each of those without the article."""
    forms = [word]
    for n in (1, 2):
        if word[:n] in CLITICS:
            forms.append(word[n:])
    forms += [f[2:] for f in forms if f.startswith("ال")]
    for f in forms:  # the word as written first: "والي" is a title, not و + "الى"
        role = table.get(f)
        if role is not None:
            return role
    return None


@lru_cache(maxsize=1)
def _role_by_form() -> dict[str, str]:
    """Every written form that has a role -- a role word behind a clitic, the article or both
    (``وبلدة``, ``البلدة``, ``بالبلدة``) -- with the role ``_role_of_forms`` gives it. A form
    is a prefix (clitic, article) and a listed word, so these are all of them: ``role_of`` is
    one look-up, where each new word of an article (most of the ~70 asked) built its forms."""
    table = _role_table()
    prefixes = {p + a for p in CLITICS for a in ("", "ال")}
    out: dict[str, str] = {}
    for w in table:
        for p in prefixes:
            role = _role_of_forms(p + w, table)
            if role is not None:
                out[p + w] = role
    return out


def role_of(word: str) -> str | None:
    """The role of a word, also behind clitics or the article (``وبلدة``, ``البلدة``)."""
    return _role_by_form().get(word)


def prev_word(folded: str, pos: int) -> tuple[str, int, bool]:
    """The word ending before ``pos``: (word, its start, a sentence boundary lies between)."""
    if pos > 1 and folded[pos - 1] == " " and folded[pos - 2].isalnum():
        i, boundary = pos - 1, False  # the usual gap, one space: nothing to walk
    else:
        i = pos
        boundary = False
        while i > 0 and not folded[i - 1].isalnum():
            i -= 1
            if folded[i] in _SENTENCE_END:
                boundary = True
    # word_start's usual case inline (a space before the word): asked ~70 times per article
    j = folded.rfind(" ", 0, i) + 1
    if not folded[j:i].isalnum():
        j = word_start(folded, i)
    return folded[j:i], j, boundary


def next_word(folded: str, pos: int) -> tuple[str, int, bool]:
    """The word starting after ``pos``: (word, its end, a sentence boundary lies between)."""
    m = _NEXT.match(folded, pos)
    gap = m.group(1)
    return m.group(2), m.end(), bool(gap) and not _SENTENCE_END.isdisjoint(gap)


_NEXT: Final = re.compile(r"([\W_]*)([^\W_]*)")  # gap, then the word (the characters isalnum accepts)


SENTENCE_ENDS: Final = "".join(sorted(_SENTENCE_END))
SENTENCE_END_RE: Final = re.compile("[" + re.escape(SENTENCE_ENDS) + "]")


def same_sentence(folded: str, a: int, b: int) -> bool:
    """No sentence punctuation between positions ``a`` < ``b``."""
    return a >= b or SENTENCE_END_RE.search(folded, a, b) is None
