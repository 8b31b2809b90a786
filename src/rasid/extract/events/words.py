"""Word lists and small look-ups that several steps of the events stage share (one copy, one cache)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Final

from ...text.normalize import fold


_HARMS: Final = frozenset({"Explosions/Remote violence", "Violence against civilians"})
_ATTACKS_ON_PEOPLE: Final = _HARMS | {"Battles"}
_EXPLOSIONS: Final = "Explosions/Remote violence"
_ON: Final = fold("على")
_MINISTRY_FORCES: Final = {
    "Syrian Ministry of Defence": "Syrian government forces", "Russian Ministry of Defence": "Russian forces",
    "Turkish Ministry of Defence": "Turkish forces", "US Department of Defense": "US-led coalition",
    "US Central Command": "US-led coalition", "Israeli Ministry of Defence": "Israeli forces",
}
_AIR_POWERS: Final = frozenset({"Israeli forces", "US-led coalition"})
_EVENT_ROLES: Final = frozenset({"trigger", "generic", "territory", "withdraw", "disrupt", "armed", "enter", "reach", "fall"})


_REPEL: Final = frozenset(fold(w) for w in ("تصدت", "تصدى", "التصدي", "وتصدت", "وتصدى"))


_HAPPENED: Final = frozenset(fold(w) for w in ("وقع", "وقعت", "حصل", "حصلت", "جرى", "جرت", "تم"))
_AFTER: Final = frozenset(fold(w) for w in ("بعد", "وبعد", "عقب", "إثر"))  # the fight "after" which a town fell or was left


def _between(starts: list[int], lo: int, hi: int) -> bool:
    """Does a sorted list of offsets hold one in ``[lo, hi)``?"""
    k = bisect.bisect_left(starts, lo)
    return k < len(starts) and starts[k] < hi


_AND: Final = frozenset(fold("وف"))


_HOME_FORCES: Final = "Syrian government forces"
_DEFENCES: Final = re.compile(fold("دفاع|مضاد"))  # الدفاعات الجوية أدت إلى إسقاط …: the defence, no strike


@lru_cache(maxsize=1024)
def _folded(form: str) -> str:
    return fold(form)


_REPELLING: Final = re.compile(fold(r"(?:^|[\s،,])[وفب]?(?:تصدت|تصدى|تتصدى|يتصدى|التصدي|تصدي|تصد|اعترضت|اعتراض)(?:\s|$)"))
_REPELLING_STEMS: Final = (fold("تصد"), fold("اعتر"))  # one of them is in every _REPELLING match


def repelling_in(text: str) -> bool:
    """``_REPELLING`` searched in ``text``, asked only when one of its stems is in it: led by
    ``(?:^|[\\s،,])``, the pattern is tried at every position, a substring test is a C scan."""
    return (_REPELLING_STEMS[0] in text or _REPELLING_STEMS[1] in text) and _REPELLING.search(text) is not None
# Foreign raiders whose strikes in Syria hit the Syrian army's posts: the soldiers they kill are its own.
_RAIDS_ON_THE_ARMY: Final = frozenset({"Israeli forces", "US-led coalition", "Turkish forces"})


_OWN: Final = re.compile(fold(r"^[وفب]?(?:عناصر|جنود|مقاتلي|مقاتلو|أفراد|مسلحي|مجاهدي|مجاهدو)(?:ه|ها|هم|نا)$"))
# What a word "its/their …" (_OWN and its kin in fatalities) can end in: a possessive suffix, or before
# a final newline (where "$" also matches). One C test turns most words away before any pattern.
OWN_ENDINGS: Final = tuple(fold(s) for s in ("ه", "ها", "هم", "نا")) + ("\n",)


def own_word(word: str) -> bool:
    """``عناصره``، ``مقاتليها``: "its/their members" (``_OWN``), the ending asked first."""
    return word.endswith(OWN_ENDINGS) and _OWN.match(word) is not None


_UNSEEN_HANDS: Final = frozenset({"Attack", "Abduction/forced disappearance", "Remote explosive/landmine/IED"})
