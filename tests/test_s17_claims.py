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


# --- condemnation verbs report: the speaker condemns, the document that condemns is no speaker ---

def test_a_ministry_condemning_an_attack_asserts():
    got = claims("ودانت وزارة الخارجية الأردنية القصف الذي طال مخيماً للنازحين قرب الحدود.")
    assert [(org_ar, stance) for _, _, org_ar, stance in got] == [("وزارة الخارجية الأردنية", "assert")], got


def test_a_headline_condemnation_in_the_present():
    got = claims("الخارجية العراقية تندد بالغارة على مقر الحشد وتطالب بتحقيق دولي.")
    assert [(org, stance) for _, org, _, stance in got] == [("Iraqi Ministry of Foreign Affairs", "assert")], got


def test_condemning_false_accusations_denies():
    got = claims("ودان المتحدث باسم وزارة الخارجية الإيرانية الاتهامات الكاذبة التي أطلقها الأمين العام للحلف.")
    assert [stance for *_, stance in got] == ["deny"], got


def test_a_document_that_condemns_lends_its_object_no_voice():
    assert claims("وأصدرت القوى الكردية بياناً يدين المحادثات الثلاثية في موسكو.") == []
    assert claims("وكانت الجمعية العامة قد أصدرت قراراً يدين الاحتلال ونظام الفصل العنصري.") == []


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
