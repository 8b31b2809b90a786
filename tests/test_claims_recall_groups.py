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


# --- a cue that said no words still gives the participle after it its subject ------------------

def test_residents_who_reject_a_plan_assert_what_the_participle_says():
    got = claims("ورفض أهالي الجولان مخططات الاستيطان في أرضهم، مؤكدين تمسكهم بكل شبر منها.")
    assert [(org, org_ar, stance) for _, org, org_ar, stance in got] == [
        ("Unnamed sources", "أهالي الجولان", "assert")], got


def test_a_source_that_comments_on_an_attack_asserts_what_the_participle_says():
    got = claims("وعلّق مصدر مسؤول في الحكومة على الاعتداء، مؤكداً أنّ المواقع المستهدفة مدنية.")
    assert [(org, stance) for _, org, _, stance in got] == [("Unnamed sources", "assert")], got


def test_a_refusal_inside_a_clause_of_reason_gives_the_participle_no_subject():
    got = claims("وقالت الصحيفة إنّ الجنود باتوا صيادين. وذلك لأن واشنطن ترفض ردع الفصائل، "
                 "لافتةً إلى أنّ الضربات لم تردع أحداً.")
    assert all(org != "Government of the United States" for _, org, _, _ in got), got


def test_the_saying_commented_on_is_no_speakers_name():
    got = claims("وعلّق على قول قادة الاحتلال إنّ المشكلة في المقاومة، مؤكّداً أنّ المشكلة في الاحتلال.")
    assert all(name != "قول" for name, _, _, _ in got), got


# --- residents named by whose they are, before their verb -----------------------------------

def test_residents_of_a_town_speak_before_their_present_verb():
    got = claims("أهالي مجدل شمس يؤكدون أنّ الاحتلال يتحمل مسؤولية المجزرة.")
    assert [(org, org_ar, stance) for _, org, org_ar, stance in got] == [
        ("Unnamed sources", "أهالي مجدل شمس", "assert")], got


def test_residents_who_refuse_a_visit_assert_with_the_verb_joined_after():
    got = claims("أهالي مجدل شمس يرفضون استقبال رئيس الحكومة، ويؤكدون رفضهم استغلال دماء أبنائهم.")
    assert [(org_ar, stance) for _, _, org_ar, stance in got] == [("أهالي مجدل شمس", "assert")], got


def test_residents_as_a_mass_stay_no_claimant_before_their_verb():
    assert claims("الأهالي يؤكدون أنّ الاحتلال يتحمل مسؤولية المجزرة.") == []


# --- an outlet the tables lack, its quoted name whole, before its verb ------------------------

def test_a_site_with_a_quoted_name_the_tables_lack_speaks_before_its_verb():
    got = claims('موقع "ميدل إيست آي" يشير إلى أنّ الإدارة الأميركية تراجعت عن خطتها.')
    assert [(org_ar, stance) for _, _, org_ar, stance in got] == [("موقع ميدل إيست آي", "assert")], got
