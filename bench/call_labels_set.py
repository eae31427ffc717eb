"""Writes bench/call_labels_set.json: agent utterances from contact-centre role-plays, labelled.

Labels: empathy, confirmation, signpost, blame, calm, clarify, create_options, ownership, close.
"calm" = de-escalating words (acknowledging, reassuring), "clarify" = asking for or checking
details, "create_options" = offering choices or a concrete way forward. Items marked holdout are
scored separately. Run to regenerate the JSON.
"""

import json
from pathlib import Path

ITEMS = [
    ("I'm really sorry this has happened, I can hear how frustrating it's been.", ["empathy", "calm"], "dev"),
    ("I completely understand why you're upset, and I'm going to sort this out for you.", ["empathy", "calm", "ownership"], "dev"),
    ("So if I understand correctly, the parcel was due on Monday and it still hasn't arrived?", ["confirmation", "clarify"], "dev"),
    ("Let me just check that for you, it'll take about thirty seconds.", ["signpost"], "dev"),
    ("Bear with me a moment while I pull up your account.", ["signpost"], "dev"),
    ("That's not our fault, the courier lost it.", ["blame"], "dev"),
    ("You should have read the terms before you ordered.", ["blame"], "dev"),
    ("Could you give me your order number, please?", ["clarify"], "dev"),
    ("When did you first notice the extra charge on your statement?", ["clarify"], "dev"),
    ("I can offer you a full refund, or I can send a replacement by express delivery today. Which would you prefer?", ["create_options"], "dev"),
    ("I'll take care of this personally and call you back by five o'clock.", ["ownership", "close"], "dev"),
    ("Is there anything else I can help you with today?", ["close"], "dev"),
    ("Just to confirm, you'd like the refund to go back to the card ending 4471?", ["confirmation", "clarify"], "dev"),
    ("I know this has been a really stressful week for you.", ["empathy", "calm"], "dev"),
    ("Our policy clearly states that refunds are only available within thirty days.", [], "dev"),
    ("There's nothing I can do about that.", [], "dev"),
    ("Okay.", [], "dev"),
    ("The system is showing the order as delivered.", [], "dev"),
    ("Let me make sure I've got this right: you were billed twice after the switch to the new account?", ["confirmation", "clarify"], "dev"),
    ("One option is a credit on your next bill; another is that I cancel the add-on and backdate it.", ["create_options"], "dev"),
    ("I'm going to escalate this to our billing team myself and stay on it until it's fixed.", ["ownership"], "dev"),
    ("Thank you for your patience, I'll email you the confirmation now and you'll see the credit within three days.", ["close", "calm"], "dev"),
    ("That's the warehouse's mistake, not mine.", ["blame"], "dev"),
    ("Please calm down.", [], "dev"),
    ("I hear you, and you're right to expect better from us.", ["empathy", "calm"], "dev"),
    ("Can you tell me which items were missing from the order?", ["clarify"], "dev"),
    ("Give me one moment, I'm just reading through the notes on your account.", ["signpost"], "dev"),
    ("What I can do is arrange a supervisor callback within the hour, or I can try to resolve it with you right now.", ["create_options"], "dev"),
    ("I apologise for the confusion with your bill.", ["empathy"], "dev"),
    ("So what you're saying is that the payment left your account but the order shows as cancelled?", ["confirmation", "clarify"], "dev"),
    ("I'll make sure this doesn't happen again.", ["ownership"], "dev"),
    ("Your new tracking number is on its way by text, and I've noted everything on your account. Have a good evening.", ["close"], "dev"),
    ("I'm not able to help with that, you'll need to call another department.", [], "dev"),
    ("Would you like me to add the premium plan? It includes the faster broadband you mentioned.", ["create_options"], "dev"),
    ("Let me see what I can do.", ["signpost"], "dev"),
    ("I understand English isn't your first language, so I'll speak slowly and we can go step by step.", ["empathy", "calm"], "dev"),
    ("Did you receive an email confirmation when you placed the order?", ["clarify"], "dev"),
    ("It's company policy, I don't make the rules.", ["blame"], "dev"),
    ("Right, I've found the problem, it was our error when your account was migrated.", ["ownership"], "dev"),
    ("I'll stay on the line with you while we fix this together.", ["ownership", "calm"], "dev"),
    # held out
    ("I'm so sorry you've had to call three times about this.", ["empathy", "calm"], "holdout"),
    ("If I've understood you, the refund was promised last week but never arrived, is that right?", ["confirmation", "clarify"], "holdout"),
    ("Hold on one second while I check with the warehouse.", ["signpost"], "holdout"),
    ("Well, you must have entered the wrong address.", ["blame"], "holdout"),
    ("Which email address did you use for the account?", ["clarify"], "holdout"),
    ("I could refund the delivery fee now, or upgrade you to next-day delivery at no cost.", ["create_options"], "holdout"),
    ("I'm going to personally make sure your engineer is booked for tomorrow morning.", ["ownership"], "holdout"),
    ("Is there anything else you need from me today?", ["close"], "holdout"),
    ("That must have been really upsetting.", ["empathy", "calm"], "holdout"),
    ("Those are the rules.", [], "holdout"),
    ("Can I just double-check the postcode with you?", ["clarify", "confirmation"], "holdout"),
    ("Let me look into that for you.", ["signpost"], "holdout"),
    ("That was the courier's fault, there's nothing we can do.", ["blame"], "holdout"),
    ("You have two choices: we wait for the parcel until Friday, or I send a new one today.", ["create_options"], "holdout"),
    ("I've logged it, you'll get an email within the hour, and if it doesn't arrive call me back on this reference.", ["close", "ownership"], "holdout"),
    ("The order is showing as dispatched.", [], "holdout"),
    ("I understand, and I want to get this right for you.", ["empathy", "calm", "ownership"], "holdout"),
    ("Just to be clear, you want to keep the phone but cancel the insurance?", ["confirmation", "clarify"], "holdout"),
    ("Thanks for bearing with me, I can see exactly what happened now.", ["calm"], "holdout"),
    ("I'll put you through to a supervisor now and brief them so you won't need to repeat yourself.", ["ownership", "create_options"], "holdout"),
]


def main() -> None:
    out = [{"id": f"c{i:02d}", "text": t, "labels": sorted(labels), "split": split} for i, (t, labels, split) in enumerate(ITEMS, 1)]
    path = Path(__file__).with_name("call_labels_set.json")
    path.write_text(json.dumps(out, indent=1) + "\n")
    print(f"wrote {len(out)} utterances to {path}")


if __name__ == "__main__":
    main()
