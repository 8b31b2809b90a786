"""Session 17 claims round: cues, speakers and stances the open checks missed or over-read (texts written here)."""
from rasid.extract.claims import find_claims
from rasid.model import DocMeta
from rasid.text.prepare import prepare


def claims(text):
    doc = prepare(text, DocMeta(id="t"))
    return [(c.speaker.name, c.speaker.org, c.speaker.org_ar, c.stance) for c in find_claims(doc)]


# --- أعرب عن: a hope or a wish states nothing, wherever its عن stands --------------------------

def test_expressed_hope_or_wish_is_no_claim():
    assert claims("وأعربت الحكومة الإسبانية عن أملها في استئناف الحوار قريباً.") == []
    assert claims("وأعربت تركيا عن رغبتها في المشاركة في المحادثات المقبلة.") == []


def test_expressed_hope_after_an_aside_is_no_claim():
    assert claims("وأعرب الرئيس الإيطالي لضيفه، خلال اللقاء، عن أمله في توسيع التعاون.") == []


def test_expressed_concern_still_states():
    got = claims("وأعربت روسيا عن قلقها إزاء تكرار الغارات على المطار.")
    assert [(org_ar, stance) for _, _, org_ar, stance in got] == [("روسيا", "assert")], got


# --- a denial's target: a country named as a place (في سوريا، الحدود السورية) is no claimant ----

def _targets(text):
    doc = prepare(text, DocMeta(id="t"))
    return [[t.org for t in c.targets] for c in find_claims(doc) if c.stance == "deny"]


def test_a_country_named_as_a_place_is_no_denial_target():
    assert _targets("ونفى حزب الله وجود أي عناصر له في سوريا.") == [[]]
    assert _targets("ونفت حركة حماس وجود أي مقاتلين لها داخل لبنان.") == [[]]
    assert _targets("ونفى حزب الله أي علاقة له بما جرى قرب الحدود السورية.") == [[]]


def test_a_country_after_a_claim_word_stays_the_target():
    got = _targets("ونفت وزارة الخارجية الإيرانية المزاعم الأميركية بشأن وجود مقرات لها في سوريا.")
    assert got == [["Government of the United States"]], got
