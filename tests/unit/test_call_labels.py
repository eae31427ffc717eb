"""Call labels as bench/call_labels_set.py defines them: indirect and negated blame, scripted
empathy, read-backs, ownership without "I'll", closings, and the learned half's explanations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from voiceprep.analysis.call_labels import LABELS, label_call_utterance
from voiceprep.analysis.linear_labels import LinearLabel, LinearLabelModel

SET = Path(__file__).resolve().parents[2] / "bench" / "call_labels_set.json"


def names(text: str, **kw) -> dict[str, str]:
    return {lb.name: lb.evidence for lb in label_call_utterance(text, **kw)}


@pytest.mark.parametrize("text", [
    "That was the system, not me.",
    "They never told us the price was going up.",
    "I'm not blaming anyone, but the warehouse sent the wrong size.",
    "You should have read the email we sent.",
    "The courier forgot to scan it.",
    "Honestly, if the shop had packed it properly this wouldn't have happened.",
])
def test_indirect_blame_is_blame(text):
    assert "blame" in names(text)


@pytest.mark.parametrize("text,expected", [
    ("It's not your fault, these things happen.", {"calm"}),
    ("I'm not blaming you for being upset, I would be too.", {"empathy", "calm"}),
    ("You should have received an email by now, has it come through?", {"clarify"}),
    ("We got that wrong, and I am sorry.", {"empathy", "calm", "ownership"}),
])
def test_negated_blame_and_look_alikes_are_not_blame(text, expected):
    assert set(names(text)) == expected


def test_ownership_without_i_will_quotes_its_words():
    assert names("Leave it with me.")["ownership"] == "leave it with me"
    assert names("Consider it done.")["ownership"] == "consider it done"
    assert "ownership" not in names("Personally, I think the new tariff is too expensive.")


def test_scripted_or_withdrawn_empathy_is_not_empathy():
    for text in ("I understand your frustration, however the terms are clear.", "We apologise for any inconvenience caused.",
                 "I'm sorry you feel that way.", "Please calm down."):
        assert not {"empathy", "calm"} & set(names(text)), text
    assert {"empathy", "calm"} <= set(names("That must be so frustrating, three weeks without a phone."))


def test_reading_details_back_is_confirmation_and_clarify():
    got = names("So that's 22 Kings Road, Bristol, BS1 4DJ, have I got that right?")
    assert {"confirmation", "clarify"} <= set(got)
    assert "confirmation" not in names("I can confirm the refund was processed this morning.")


@pytest.mark.parametrize("text", ["Thanks for calling, take care.", "Is there anything else I can do for you today?",
                                  "You're all set. Have a lovely weekend.", "Your reference is CX-4471; quote that if you need us again."])
def test_closings_of_many_kinds(text):
    assert "close" in names(text)


def test_a_clarifying_question_is_not_a_close():
    assert set(names("Is there anything else wrong with the order?")) == {"clarify"}


def test_a_learned_label_quotes_the_words_that_weighed_most():
    model = LinearLabelModel({"blame": LinearLabel(-2.0, 0.5, {"w:lads": 20.0, "w:botched": 20.0, "w:the": 0.5})}, "test", "call")
    text = "Honestly the lads in dispatch botched it again."
    assert "blame" not in names(text, method="rules")
    got = label_call_utterance(text, method="combined", model=model)
    assert [(lb.name, lb.source) for lb in got] == [("blame", "learned")]
    assert got[0].evidence == "lads botched"


def test_every_learned_explanation_is_words_of_the_utterance():
    items = json.loads(SET.read_text())
    learned = 0
    for it in items:
        for lb in label_call_utterance(it["text"], method="combined"):
            assert lb.name in LABELS
            if lb.source == "learned":
                learned += 1
                words = it["text"].lower().replace("’", "'")
                assert all(w.lower() in words for w in lb.evidence.split()), (it["id"], lb)
    assert learned > 0  # the shipped model does add labels somewhere in the set


def test_unknown_method_is_refused():
    with pytest.raises(ValueError):
        label_call_utterance("Okay.", method="magic")


@pytest.mark.parametrize("text,label", [
    ("I'm, uh, truly sorry, Mrs Patel.", "empathy"),  # a filler inside the cue phrase
    ("just to, um, confirm, the meter was read twice", "confirmation"),
])
def test_a_transcripts_fillers_do_not_hide_a_label(text, label):
    assert label in names(text)


def test_a_read_back_with_a_detail_is_confirmation_and_a_greeting_is_no_close():
    assert {"confirmation", "clarify"} <= set(names("And the card ends 4471, that's the one you paid with?"))
    assert "close" not in names("Good morning, thanks for calling Harbour Energy, how can I help?")
    assert "close" in names("Thanks again for calling, and take care.")


def test_a_transcript_without_question_marks_still_asks_for_a_detail_and_small_talk_asks_for_none():
    assert "clarify" in names("okay and um what's the postcode on the account")
    assert "clarify" not in names("How's your week been so far?")
    assert {"create_options"} == set(names("Fancy a credit on your bill instead?"))


@pytest.mark.parametrize("text", [
    "Our policy says you have to wait five working days. There's nothing I can do.",
    "You should have chosen a different delivery option.",
])
def test_a_refusal_or_a_choice_the_customer_should_have_made_offers_no_option(text):
    assert "create_options" not in names(text)  # the shipped method, learned half included


@pytest.mark.parametrize("text", [
    "Thank you for calling Brightwater Energy, my name is Sunil, can I take your postcode please?",
    "thanks for calling the library helpdesk this is Marta",
    "Good morning, thank you for contacting Parcelwise, may I have your tracking number?",
])
def test_a_greeting_that_thanks_for_calling_is_no_close(text):
    names = {lb.name for lb in label_call_utterance(text)}  # rules and the shipped model alike
    assert "close" not in names, names


@pytest.mark.parametrize("text", [
    "The fault's on our side, so there's no charge for the engineer.",
    "Honestly that was our mess-up, not yours.",
    "We sent him the wrong address, so the delay's down to us.",
    "You've got my word the supply stays on while we look into it.",
])
def test_ownership_of_an_error_on_our_side(text):
    assert "ownership" in {lb.name for lb in label_call_utterance(text, method="rules")}


@pytest.mark.parametrize("text", [
    "sir were you hurt at all",
    "chest pain okay how long have you had that",
    "before we go any further can you tell me your postcode",
    "may i have your booking reference please",
    "have you got the confirmation email there with you",
])
def test_a_question_written_without_its_question_mark_asks_for_a_detail(text):
    assert "clarify" in {lb.name for lb in label_call_utterance(text, method="rules")}


@pytest.mark.parametrize("text", ["is there anything else i can help with today", "do you want me to send it again"])
def test_an_unmarked_close_or_offer_is_still_no_clarifying_question(text):
    assert "clarify" not in {lb.name for lb in label_call_utterance(text, method="rules")}


@pytest.mark.parametrize("text", [
    "so your registered mobile is nine eight four five zero double one two three correct sir",
    "so that's the fourteenth to the sixteenth of june room two one four yeah",
    "thank you so i've got that as three hundred and eighty two pounds on the twenty eighth",
    "So let me make sure: you were quoted £29 a month, but the bill says £34?",
])
def test_a_read_back_handed_over_for_checking_is_confirmation(text):
    assert "confirmation" in {lb.name for lb in label_call_utterance(text, method="rules")}


@pytest.mark.parametrize("text", ["okay so the new bill is two hundred and six pounds forty",
                                  "okay so it looks like it's an estimated bill"])
def test_okay_so_and_a_fact_informs_and_confirms_nothing(text):
    assert "confirmation" not in {lb.name for lb in label_call_utterance(text, method="rules")}


@pytest.mark.parametrize("text, blame", [
    ("the engineer didn't show up, that's on us, and I'm sorry you took the morning off", False),
    ("It's not the driver's fault either, we gave him the wrong postcode.", False),
    ("I'm not saying it's our fault, but the warehouse never sent it.", True),
    ("The courier lost it, not us, but I'll send another one today.", True),
])
def test_admitting_our_own_fault_is_no_blame_whoever_else_is_named(text, blame):
    for method in ("rules", "combined"):
        assert ("blame" in {lb.name for lb in label_call_utterance(text, method=method)}) is blame, method


@pytest.mark.parametrize("text", [
    "I'm booking an engineer now, and you won't spend another night without heating.",
    "sorry sir just one minute i am opening the claim form",
    "so i'm gonna book that in now um while you're on the phone",
    "okay the line test's running now just give it a minute or two",
])
def test_saying_what_the_agent_is_doing_now_is_a_signpost(text):
    assert "signpost" in {lb.name for lb in label_call_utterance(text, method="rules")}


@pytest.mark.parametrize("text", ["I'm going to be your contact for this from now on.", "Sorry for the wait, I'm back with you now."])
def test_now_without_a_step_in_the_call_is_no_signpost(text):
    assert "signpost" not in {lb.name for lb in label_call_utterance(text, method="rules")}


@pytest.mark.parametrize("text", [
    "Your bill went up because of the price cap change, not because of anything you've done.",
    "no stress i'll send you the options tonight",
    "dinnae worry you'll no have to pay that today",
    "your pension is not stopping it's absolutely fine nothing's changing",
])
def test_reassurance_in_many_englishes_is_calm(text):
    assert "calm" in {lb.name for lb in label_call_utterance(text, method="rules")}


@pytest.mark.parametrize("text", ["I'll pass it on to the relevant department.",
                                  "Hang on, that's not on me, I only picked this case up this morning.",
                                  "I know it's late, so I'll keep this quick."])
def test_passing_it_on_disowning_it_or_keeping_it_short_is_no_ownership(text):
    assert "ownership" not in {lb.name for lb in label_call_utterance(text)}  # rules and the shipped model
