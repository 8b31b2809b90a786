"""Session 18 claims round: speakers the open checks misread (texts written here)."""
from rasid.extract.claims import find_claims
from rasid.model import DocMeta
from rasid.text.prepare import prepare


def claims(text):
    doc = prepare(text, DocMeta(id="t"))
    return [(c.speaker.name, c.speaker.org, c.cue.text, c.stance) for c in find_claims(doc)]


# --- a warned or accused noun the verb's gender cannot take for subject is its object ----------

def test_feminine_warning_verb_before_a_masculine_body_keeps_the_ministry():
    got = claims("وقالت وزارة الخارجية اليمنية، في بيان، إن الهجوم عدوان سافر. "
                 "وحذرت الاحتلال من تجاوز الخطوط الحمراء، مؤكدةً حق لبنان في الرد.")
    assert {org for _, org, _, _ in got} == {"Yemeni Ministry of Foreign Affairs"}, got


def test_feminine_accusing_verb_before_a_masculine_person_keeps_the_accuser():
    got = claims("وقد شككت المعارضة التركية في هذه الأرقام، واتهمت الرئيس بتضليل الناخبين.")
    assert ("Turkish opposition", "واتهمت") in {(org, cue) for _, org, cue, _ in got}, got


def test_agreeing_subject_after_a_warning_verb_still_speaks():
    got = claims("وحذرت الخارجية الروسية من تصعيد خطير في المنطقة.")
    assert [org for _, org, _, _ in got] == ["Russian Ministry of Foreign Affairs"], got
