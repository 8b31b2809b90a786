"""Events on seed-like (opposition-outlet) reports: interceptions, road blocks, takeovers after
battles, history told with a past month. Texts are written for the tests."""
from test_events import run


def test_interception_of_a_strike_that_still_hit_is_the_strike_alone():
    found, _ = run("استهدفت غارات إسرائيلية مواقع قرب السيدة زينب فجر أمس، وقالت وكالة سانا إن الدفاعات "
                   "الجوية تصدت للصواريخ وأسقطت بعضها.")
    assert [(t, s, p) for t, s, p, d in found] == [("Explosions/Remote violence", "Air/drone strike", "السيدة زينب")], found
