"""Session 16 claims round: cues, speakers and stances the open checks missed (texts written here)."""
from rasid.extract.claims import find_claims
from rasid.model import DocMeta
from rasid.text.prepare import prepare


def claims(text):
    doc = prepare(text, DocMeta(id="t"))
    return [(c.speaker.name, c.speaker.org, c.speaker.org_ar, c.stance) for c in find_claims(doc)]


# --- plural present forms of cues the table had only in the singular -------------------------

def test_a_plural_subject_admits_with_the_plural_present_verb():
    got = claims("جنود إسرائيليون يؤكدون تضرر الموقع ويقرون بعجزهم عن حمايته.")
    assert ("جنود إسرائيليون", "admit") in [(org_ar, stance) for _, _, org_ar, stance in got], got


def test_plural_present_denial_of_doubt():
    got = claims("ناشطون يشككون في رواية الجيش عن الغارة.")
    assert [stance for *_, stance in got] == ["deny"], got
