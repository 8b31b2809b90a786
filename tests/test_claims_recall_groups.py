"""Claims recall: groups the tables lack that speak before their verb, statement nouns tied to
a speaker, and refusals with their content (texts written here)."""
from rasid.extract.claims import find_claims
from rasid.model import DocMeta
from rasid.text.prepare import prepare


def claims(text):
    doc = prepare(text, DocMeta(id="t"))
    return [(c.speaker.name, c.speaker.org, c.speaker.org_ar, c.stance) for c in find_claims(doc)]


# --- a body the tables lack, and where it sits, before a present-tense verb ------------------

def test_plural_parties_the_tables_lack_speak_before_their_verb():
    got = claims("أحزاب المعارضة في كيان الاحتلال تعلن التوصل إلى اتفاق لإسقاط الحكومة.")
    assert [(org_ar, stance) for _, _, org_ar, stance in got] == [("أحزاب المعارضة", "assert")], got


def test_a_party_and_the_country_it_sits_in_speaks_before_its_verb():
    got = claims("حزب الخضر الاشتراكي في الولايات المتحدة يؤكد رفضه إرسال السلاح إلى المنطقة.")
    assert [(org_ar, stance) for _, _, org_ar, stance in got] == [("حزب الخضر الاشتراكي", "assert")], got


def test_plural_organisations_after_the_verb_speak():
    got = claims("وأكدت منظمات حقوقية أنّ المعتقلين تعرضوا لسوء المعاملة.")
    assert [(org_ar, stance) for _, _, org_ar, stance in got] == [("منظمات حقوقية", "assert")], got
