"""Story bank: answers grouped into stories, competencies covered and missing."""

from voiceprep.analysis.stories import COMPETENCIES, AnswerRecord, build_story_bank

BROADBAND = ("Last spring an angry customer shouted because her broadband had been down for three days. "
             "I stayed calm, said sorry, found the fault and explained clearly when the engineer would come.")
BROADBAND_AGAIN = ("The broadband customer I mentioned was furious about three days without service. "
                   "I apologised, found the street cabinet fault and sent her an email update after the engineer came.")
TEAM = ("A colleague on my team kept leaving tickets half finished at handover. We sat together with our supervisor "
        "and built a shared handover template in the CRM so nothing was lost between shifts.")


def test_same_story_told_twice_is_one_story():
    bank = build_story_bank([
        AnswerRecord("s1", 1, "q", BROADBAND),
        AnswerRecord("s2", 3, "q", BROADBAND_AGAIN),
        AnswerRecord("s2", 5, "q", TEAM),
    ])
    assert len(bank.stories) == 2
    assert len(bank.stories[0].answers) == 2
    assert "patience under pressure" in bank.stories[0].competencies
    assert "teamwork" in bank.stories[1].competencies


def test_missing_competencies_are_listed():
    bank = build_story_bank([AnswerRecord("s1", 1, "q", TEAM)])
    assert "patience under pressure" in bank.missing_competencies
    assert "teamwork" not in bank.missing_competencies
    assert set(bank.to_dict()["missing_competencies"]) <= set(COMPETENCIES)


def test_short_answers_tell_no_story():
    assert build_story_bank([AnswerRecord("s1", 1, "q", "Yes, I can work weekends.")]).stories == ()
