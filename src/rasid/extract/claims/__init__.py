"""Claims: who said what, how it is framed, and whose claim a denial answers (issue 4).

A claim starts at a reporting cue (``data/cues.tsv``: verbs, participles, ``حسب``-type
prepositions, ``بيان صادر عن``; some report only when words follow, the ``needs`` column). Its
speaker is the phrase after the verb (VSO), before it (headlines, ``وكان … قد أعلن``), the last
speaker or the person who opened this or the previous sentence for an implicit subject (``وتابع
بقوله``), or a person named earlier — as a speaker, or only presented by office and name
(``استقبل رئيس الحكومة … فلان``) — and named again (``وأكد مصطفى``, ``المركز``); the outlet's own
reporters stay silent however they are named. Its content runs from ``أنّ / إنّ`` or an opening
quote to the clause or sentence end, across sentences for a long quote. The cue gives the
stance; content that calls another's claim false (``data/claim_denials.tsv``) makes it a denial
whose target is the body whose claim it names, and the writer's distancing (``ما أسماه``) an
allegation.

The package, read top to bottom: ``cues`` (the lexicon) and ``article`` (the per-article state);
``content``; the speaker after a cue (``speaker_after``), before it (``speaker_before``), as a body
(``bodies``) or unstated (``implicit_subject``); ``denials`` (targets); ``layouts`` (interviews,
colon lines); ``records`` (merging and building); ``find`` runs them in order.
"""
from .cues import Cue, cue_lookup, cue_table, denial_automaton, denial_hits, expand_braces, match_cue
from .find import find_claims
from .gender import agrees, cue_gender, speaker_gender

__all__ = ["Cue", "agrees", "cue_gender", "cue_lookup", "cue_table", "denial_automaton", "denial_hits",
           "expand_braces", "find_claims", "match_cue", "speaker_gender"]
