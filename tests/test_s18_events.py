"""Session 18, events: which events a text tells, their types and sub-types, and where. Texts are
written for the tests."""
from test_events import run


def _subs(text):
    found, _ = run(text)
    return [(s, p) for t, s, p, d in found]


def test_the_armys_strike_with_russias_forces_is_an_air_strike():
    assert _subs("واستهدفت وحدات من الجيش السوري أمس مقار للمسلحين في ريف إدلب الجنوبي، وذلك بالتعاون مع "
                 "القوات الجوية الروسية.") == [("Air/drone strike", "ريف إدلب")]
    assert _subs("وأعلن الجيش السوري أمس تدمير مقرات للمسلحين في ريف إدلب بالتعاون مع القوات الروسية.") \
        == [("Air/drone strike", "ريف إدلب")]
    assert _subs("تصعيد في الشمال واستهداف سوري روسي لمواقع المسلحين في ريف إدلب.") == [("Air/drone strike", "ريف إدلب")]


def test_a_strike_with_no_partner_or_the_attack_a_reply_answers_stays_shelling():
    assert _subs("واستهدفت وحدات من الجيش السوري أمس مقار للمسلحين في ريف إدلب الجنوبي.") \
        == [("Shelling/artillery/missile attack", "ريف إدلب")]
    found = _subs("وأعلن الجيش السوري أمس تدمير مقرات للمسلحين في ريف إدلب بالتعاون مع القوات الروسية، "
                  "ردّاً على استهدافهم المدنيين في بلدة كفرنبل.")
    assert ("Shelling/artillery/missile attack", "كفرنبل") in found, found


def test_their_alleged_attempt_to_infiltrate_is_no_clash():
    found = _subs("وأطلق جنود الاحتلال أمس النار على شابين قرب بلدة كفرنبل بزعم محاولتهما التسلل عبر الحدود.")
    assert "Armed clash" not in [s for s, p in found], found
    found = _subs("وقتلت القوات أمس ثلاثة شبان قرب بلدة كفرنبل بحجة محاولتهم التسلل.")
    assert "Armed clash" not in [s for s, p in found], found


def test_a_second_cue_naming_its_own_place_leaves_the_first_its_place():
    found = _subs("تصعيد في الشمال: المسلحون يقصفون بلدة سراقب واستهداف سوري روسي لمواقع المسلحين في ريف إدلب.")
    assert ("Air/drone strike", "ريف إدلب") in found, found
    assert ("Air/drone strike", "سراقب") not in found, found
