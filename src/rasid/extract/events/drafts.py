"""What reading the event cues hands from step to step: the draft event, the cue being settled, the
story read so far, and the marks the text's cues leave (gathered once, in marks.py).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ...model import Fatality, Place
from ..dates import DateMention
from ..event_args import weapon_for
from ..event_text import Hit, Layout, Row


@dataclass(slots=True)
class _Draft:
    """One event as a cue drafts it, one per place; the settle steps merge drafts and fill them in."""
    event_type: str
    sub: str
    place: Place | None
    date: str | None
    precision: int | None
    hits: list[Hit] = field(default_factory=list)
    actor1: str | None = None
    actor2: str | None = None
    assoc: list[str] = field(default_factory=list)
    lead: bool = False
    fatalities: list[Fatality] = field(default_factory=list)
    guessed2: bool = False  # actor2 is only the other camp of the war (fill_sides), not named
    vague: bool = False  # its own time cue is vague (منذ أيام، قبل أيام): some recent day, not the story's
    told_in: list[int] = field(default_factory=list)  # the sentence of each of its fatalities
    borrowed: list[int] = field(default_factory=list)  # its fatalities whose people are only its target
    stated: bool = False  # its day is only that of a statement about it (قال اليوم إنّ التفجير …)
    named: bool = False  # its sub-type is a means or kind of attack named, not a default (a bare استهداف، an air power's)
    flown: bool = False  # an air power's shelling read as an air strike, no means named with it


@dataclass(slots=True)
class _Marks:
    """Where the cues that qualify an event cue stand (a threat's or a campaign's word, a
    condition, a weapon, stones thrown), and the sentences that open background: gathered once
    per text, asked of every event cue."""
    block_toks: set[int]  # "not an event" words: a threat, plan, call, denial
    protest_blocks: set[int]  # those that block a protest too (demands go with a protest)
    ongoing: set[int]
    conditions: list[int]  # sorted starts
    block_after: list[int]  # sorted
    habitual: set[int]
    patterns: list[int]  # sorted tokens
    times: list[int]  # sorted starts of a count of times (مرات عديدة): a tally over days
    plans: set[int]  # tokens of a plan or policy (لمشروع الاحتلال): what a verb of repelling may oppose
    foiled: list[int]  # sorted starts of "never reached their targets" (منعتها من الوصول): a foiled attack
    aims: set[int]
    interventions: list[int]
    stones: list[int]  # sorted starts of stones thrown (not at a road they block)
    event_starts: list[int]  # sorted
    event_rows: dict[int, Row]  # the row of the event cue at each start
    strikes: list[int]  # sorted starts of event cues that strike (أسقطت بعضها: no strike)
    weapons: list[tuple[int, int, Row]]  # (no aircraft only flying)
    background: list[bool]  # per sentence
    abroad_starts: list[int]  # sorted
    home_starts: list[int]  # sorted starts of the places that can host events
    cue_weapons: dict[tuple[int, int, int, int, Row], Row | None] = field(default_factory=dict)  # memo of _weapon_of


def _weapon_of(lay: Layout, marks: _Marks, hit: Hit, next_start: int) -> Row | None:
    """``weapon_for`` the cue among the text's weapons: its kind, whether it is a bare attack word
    and whether it is flown each ask it, so it is read once a cue."""
    key = (hit.start, hit.end, hit.tok, next_start, hit.row)  # (the row: its form and role are read too)
    if key in marks.cue_weapons:
        return marks.cue_weapons[key]
    w = marks.cue_weapons[key] = weapon_for(lay, hit, marks.weapons, next_start)
    return w


@dataclass(slots=True)
class _Story:
    """What reading the event cues in order carries from one to the next: the events drafted,
    the day the narrative stands on, the author and the fight named last, the campaign told."""
    drafts: list[_Draft] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)  # the cues read as events so far
    campaign: set[int] = field(default_factory=set)  # sentences that tell an ongoing campaign
    campaign_clauses: set[int] = field(default_factory=set)  # and the clauses that do
    history_paragraph: int = -2  # the last paragraph that told history
    narrative: DateMention | None = None
    abroad_day: int = -1  # the paragraph whose story abroad set the narrative's day, if one did
    last_sentence: int = -1
    last_actor: tuple[int, int, str, str | None] = (-1, -1, "", None)
    last_author: tuple[int, str | None] = (-1, None)  # (start, author) of the cue just read
    last_fight: tuple[str, str] | None = None  # the two sides of the last fight told with both


@dataclass(slots=True)
class _Cue:
    """One event cue as the steps of ``_read_cue`` settle it: its kind, day, sides and places."""
    hit: Hit
    next_start: int  # where the next event cue starts (else the text ends)
    etype: str
    sub: str
    taken: _Draft | None = None  # the fight a takeover came after
    stoned: int | None = None  # the sentence whose stones make it a riot
    dm: DateMention | None = None
    own_day: bool = False  # its own time cue gives a date
    stated: bool = False  # that date is a statement's about it
    iso: str | None = None
    precision: int | None = None
    actor1: str | None = None
    actor2: str | None = None
    guessed2: bool = False  # actor2 is only the other camp of the war
    flown: bool = False  # an air power's shelling, read as an air strike
    assoc: list[str] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    loose: bool = False  # a bare attack word, no weapon named
    pointed: bool = False  # a demonstrative points at it (هذه الهجمات)
    told: _Draft | None = None  # the event drafted before that it names again
    lead: bool = False
    known: bool = False  # definite, or named by a relative: an event already known
    vague: bool = False
