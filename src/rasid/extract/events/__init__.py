"""Events stage (issue 5): ACLED-style events with place, date, actors, sources and every figure.

A cue from ``data/triggers.tsv`` (``اشتباكات``، ``غارة``، ``استهدف``، ``اعتقال`` …) becomes an
event unless the words before it make it a threat, plan, call, denial or hypothetical. Its
arguments come from the sentence structure (event_args.py): the place is the nearest place in
the clause, then the sentence, then the paragraph; the date is the nearest time cue, else the
story's day; actors are the named forces around it; ``claimed_by`` is whoever's claim contains it
(event_sources.py). ACLED's unit is one event per (type, place, day): cues that fall together
merge, an air strike outranking shelling; a lead that summarises the body adds nothing.
Casualty figures (casualties.py) join the event they describe, keeping every claimant's number.
"""
from .find import find_events

__all__ = ["find_events"]
