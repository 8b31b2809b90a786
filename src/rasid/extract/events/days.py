"""The story and its day: the day the narrative stands on as the sentences go by, each cue's own day,
and history (events of years gone by, or told as background), which ACLED does not record.
"""
from __future__ import annotations

import bisect
import re
from datetime import date, timedelta
from typing import Final

from ...text.normalize import fold
from ..dates import DateMention
from ..event_args import announces, is_history, narrative_date, reply_before
from ..event_text import Hit, Layout
from .drafts import _Cue, _Draft, _Marks, _Story
from .fatalities import _time_reference, time_gap
from .words import _between


_ALSO: Final = frozenset(fold(w) for w in ("كما", "وكما"))


def _also_goes_on(lay: Layout, hit: Hit, paragraph: int) -> bool:
    """``وأمس، أعلنت المقاومة أنها استهدفت قواعد في العراق وسوريا … / كما استُهدفت قاعدتا تل بيدر
    والتنف``: a sentence opening on كما right after the paragraph of a story told abroad goes on
    with that story, on its day."""
    if hit.sentence == 0:
        return False
    sent = lay.sentences[hit.sentence]
    first = lay.toks[bisect.bisect_left(lay.tok_starts, sent.start)].text
    return first in _ALSO and lay.seg("p", lay.sentences[hit.sentence - 1].start) == paragraph


_OTHER_SIDE: Final = tuple(fold(w) for w in ("في المقابل", "وفي المقابل"))


def _other_side(lay: Layout, k: int) -> bool:
    """``في المقابل، نفى المركز …``: the other side's word on the story is background for its own
    cues, but the story's day goes on for the sentences after it (من جهتها، أعلنت الغرفة أنها قصفت)."""
    sent = lay.sentences[k]
    return lay.ftext(sent.start, min(sent.end, sent.start + 16)).lstrip().startswith(_OTHER_SIDE)


def _abroad_sentence(lay: Layout, k: int, abroad: list[int], home: list[int]) -> bool:
    """Does the sentence name a place abroad (``abroad``: sorted starts) and none in Syria (``home``)?"""
    sent = lay.sentences[k]
    return _between(abroad, sent.start, sent.end) and not _between(home, sent.start, sent.end)


_SYRIA: Final = frozenset(fold(w) for w in ("سوريا", "وسوريا", "بسوريا", "لسوريا", "سورية", "وسورية"))


def _names_syria(lay: Layout, k: int) -> bool:
    """``استهدفوا 4 قواعد للاحتلال الأميركي في العراق وسوريا``: a story told of Syria as well as
    abroad, whose day goes on to the bases in Syria the next sentences name."""
    sent = lay.sentences[k]
    first = bisect.bisect_left(lay.tok_starts, sent.start)
    last = bisect.bisect_left(lay.tok_starts, sent.end)
    return any(lay.toks[j].text in _SYRIA for j in range(first, last))


_YEAR: Final = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")


def _past_year(lay: Layout, hit: Hit, published: str | None) -> bool:
    """The cue's sentence names years, all before the article's: an undated cue there is told of
    those years (``عام 2018``، ``(2013)``), not news."""
    if not published or not published[:4].isdigit():
        return False
    sent = lay.sentences[hit.sentence]
    told = lay.doc.text[sent.start:sent.end]
    if "19" not in told and "20" not in told:
        return False  # (most sentences: no scan)
    years = [int(y) for y in _YEAR.findall(told)]
    return bool(years) and max(years) < int(published[:4])


def _follow_narrative(lay: Layout, marks: _Marks, story: _Story, sentence: int) -> None:
    """Carry the narrative's day over the sentences up to the cue's: one that dates the fighting
    sets it, one that opens background drops it (not the other side's word, في المقابل)."""
    for k in range(story.last_sentence + 1, sentence + 1):
        if marks.background[k] and not _other_side(lay, k):
            story.narrative = None
        elif story.narrative is None and _for_its_part(lay, k) and (told := _day_before_aside(lay, marks, k)) is not None:
            story.narrative = told  # وسبق أن نقلت وكالة …  من جانبه، أكد مراسلنا أن العدوان استهدف: the story's day again
        if k < sentence and not marks.background[k] and (own := narrative_date(lay, k)) is not None:
            story.narrative = own
            story.abroad_day = lay.seg("p", own.start) \
                if _abroad_sentence(lay, k, marks.abroad_starts, marks.home_starts) else -1
    story.last_sentence = max(story.last_sentence, sentence)


_FOR_ITS_PART: Final = tuple(fold(w) for w in ("من جانبه", "من جانبها", "من جهته", "من جهتها", "بدوره", "بدورها",
                                          "ومن جانبه", "ومن جانبها", "ومن جهته", "ومن جهتها"))


def _for_its_part(lay: Layout, k: int) -> bool:
    """``من جانبه، أكد مراسلنا …``، ``بدورها، دانت الخارجية …``: another party's word on the story
    told, after an aside."""
    sent = lay.sentences[k]
    return lay.ftext(sent.start, min(sent.end, sent.start + 16)).lstrip().startswith(_FOR_ITS_PART)


_ASIDE_REACH: Final = 3  # sentences back to the story's last day, past the asides between


def _day_before_aside(lay: Layout, marks: _Marks, k: int) -> DateMention | None:
    """The day the story stood on before the asides just told (the last day-precise cue of a
    sentence outside background and the lead, a few sentences back)."""
    for j in range(k - 1, max(-1, k - 1 - _ASIDE_REACH), -1):
        if marks.background[j]:
            continue
        days = [d for d, _ in lay.sentence_dates.get(j, []) if d.date and d.precision == 1]
        if days:
            return days[-1]
    return None


def _date(lay: Layout, marks: _Marks, story: _Story, cue: _Cue, dm: DateMention | None) -> None:
    """The cue's day: its own time cue (a day-precise one becomes the narrative's), else the
    narrative's outside background; not the day footage of it came out; a takeover's is that of
    the fight it came after."""
    hit = cue.hit
    if dm is not None and _answered_earlier(lay, hit, dm):
        cue.dm, cue.own_day, cue.stated, cue.iso, cue.precision = None, False, False, None, None
        return  # أعلن الحرس، يوم السبت، استهداف …، رداً على عدوان الاحتلال على القنصلية: not that day
    own_day = dm is not None and dm.date is not None
    stated = own_day and dm is not None and announces(lay, dm)  # the day of a statement about it
    if dm is not None:
        if dm.date and dm.precision == 1:
            story.narrative = dm  # a vague cue dates only its own event: the story's day stands
            story.abroad_day = hit.paragraph if hit.clause in lay.abroad_clauses \
                and not _names_syria(lay, hit.sentence) else -1
    elif not marks.background[hit.sentence] and not _tallied(lay, marks, hit) and not _told_as_before(lay, hit) and (
            story.abroad_day in (-1, hit.paragraph) or _also_goes_on(lay, hit, story.abroad_day)):
        dm = story.narrative  # (a day told of a story abroad dates no other paragraph's)
    iso, precision = (dm.date, dm.precision) if dm else (None, None)
    if dm is not None and dm.start < hit.start and _filmed(lay, hit):
        iso = precision = None  # نشرت المقاومة، اليوم، مشاهد استهداف الثكنة: the day the footage came out
    if cue.taken is not None:  # سيطرت القوات على البلدة بعد معارك بدأت الأحد: the takeover's road, on its day
        iso, precision = cue.taken.date, cue.taken.precision
    elif dm is None:
        iso, precision = _counted_back(lay, hit, iso, precision)
    cue.dm, cue.own_day, cue.stated, cue.iso, cue.precision = dm, own_day, stated, iso, precision


def _told_as_before(lay: Layout, hit: Hit) -> bool:
    """``وجاءت الغارات بعد يومين من موجة غارات أخرى``: the attack a time reference points back to
    came days before the story's day, on a day the text does not give."""
    return _time_reference(lay, hit.start) or hit.tok > 0 and _time_reference(lay, lay.toks[hit.tok - 1].start)


def _counted_back(lay: Layout, hit: Hit, iso: str | None, precision: int | None) -> tuple[str | None, int | None]:
    """``وجاءت الغارات بعد يومين من موجة غارات أخرى``: the attack a time reference points back to
    came so many days from the day last told (that of the attacks the sentence goes on from)."""
    gap = time_gap(lay, hit.start)
    if gap is None and hit.tok > 0:
        gap = time_gap(lay, lay.toks[hit.tok - 1].start)
    if gap is None:
        return iso, precision
    told = [d for d in lay.dates[:bisect.bisect_left([d.start for d in lay.dates], hit.start)]
            if d.date and d.precision == 1]
    if not told:
        return iso, precision
    return (date.fromisoformat(told[-1].date or "") + timedelta(days=gap)).isoformat(), 1


def _tallied(lay: Layout, marks: _Marks, hit: Hit) -> bool:
    """``استهدفت المقاومة قاعدة عين الأسد مرّات عديدة، كما استهدفت قاعدة التنف``: a sentence that
    counts times tallies attacks over days; the day the story told before is none of theirs."""
    sent = lay.sentences[hit.sentence]
    return _between(marks.times, sent.start, sent.end)


def _answered_earlier(lay: Layout, hit: Hit, dm: DateMention) -> bool:
    """The cue is the attack a reply answers (``رداً على عدوان …``) and the day is told before
    the reply word: it dates the reply; the attack answered came before it, on a day not told."""
    k = reply_before(lay, hit)
    return k is not None and dm.start < lay.toks[k].start


def _history(lay: Layout, story: _Story, cue: _Cue) -> bool:
    """ACLED records today's events, not history: one dated in a year gone by, or undated in a
    paragraph that told history or the one after it."""
    hit, iso = cue.hit, cue.iso
    if is_history(iso, cue.precision, lay.doc.meta.published):
        story.history_paragraph = hit.paragraph
        return True
    if iso is None and _past_year(lay, hit, lay.doc.meta.published):
        return True  # هجوم داعش على قرية الشبكي عام 2018، بعد معركة القصير (2013): a year gone by, history
    # مشاهد عن هجوم داعش … عام 2018. وتظهر اللقطات هجوم عناصره على منازل …: still history
    return iso is None and 0 <= hit.paragraph - story.history_paragraph <= 1


_FOOTAGE: Final = frozenset(fold(w) for w in ("مشاهد", "مشاهدَ", "فيديو", "لقطات", "صور", "مقطع", "مقاطع"))


def _filmed(lay: Layout, hit: Hit) -> bool:
    """The cue is what footage shows (``مشاهد استهداف``، ``لقطات من هجوم``): the attack happened
    on a day the sentence does not give."""
    k = hit.tok - 1
    if k > 0 and lay.toks[k].text == "من":
        k -= 1
    return k >= 0 and lay.toks[k].text in _FOOTAGE


_DAYS_AGO: Final = 14  # the most days back that "منذ أيام" may still mean


def _not_days_ago(iso: str | None, published: str | None) -> bool:
    """A strike "days ago" is not one of the story's day (``وقصفت الطائرات المطار اليوم … ومنذ
    أيام قصفته``) nor one weeks before (``في السابع من الشهر``): the two stay two events."""
    if not iso or not published or len(published) < 10:
        return False
    try:
        gap = (date.fromisoformat(published[:10]) - date.fromisoformat(iso)).days
    except ValueError:
        return False
    return gap <= 0 or gap > _DAYS_AGO


_STRIKES: Final = "Explosions/Remote violence"


def _struck_today(lay: Layout, events: list[_Draft]) -> None:
    """A strike the lead reports and no sentence dates (``مسيّرة تستهدف القاعدة الأميركية في حقل
    كونيكو``، ``المقاومة تتبنى استهداف قاعدة تل بيدر``) is the day's news: it takes the publication
    day. Not a news bulletin's headlines (each a story of its own, told without its day), nor
    protests, arrests, clashes or operations, which a lead tells as going on, not as the day's."""
    today = lay.today  # the day of writing: a story stamped after midnight tells the evening before
    if lay.bulletin or not today or len(lay.paragraphs) < 3:
        return
    undated = not lay.dates  # a live report that names no time at all: its every event is the day's
    for d in events:
        if d.date is None and not d.vague and not _answered_only(lay, d) and (
                undated or d.event_type == _STRIKES and any(h.paragraph == 0 for h in d.hits)):
            d.date, d.precision = today, 1


def _answered_only(lay: Layout, d: _Draft) -> bool:
    """Every cue of the event is the attack a reply answers (``وخلال الردّ الإيراني الأخير على
    استهداف القنصلية``): it came before the reply, on a day the text does not give, not the day's news."""
    return bool(d.hits) and all(reply_before(lay, h) is not None for h in d.hits)
