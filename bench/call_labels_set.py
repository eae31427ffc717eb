"""Writes bench/call_labels_set.json: agent utterances from contact-centre role-plays, labelled.

Labels (voiceprep.analysis.call_labels.LABELS), as defined for issue 12 before the new items
were written. An utterance can carry several labels, or none.

- empathy: acknowledges this customer's feelings or what the problem has cost them, or
  apologises for what happened to them. Not empathy: boilerplate ("we apologise for any
  inconvenience", "your call is important to us"), an acknowledgement withdrawn in the same
  breath by a refusal ("I understand, but rules are rules"), "I'm sorry you feel that way", and
  apologies for a conversational move ("sorry, could you repeat that?").
- calm: de-escalating words: every empathy line, plus reassurance ("your money is safe", "it's
  not your fault", "we'll get this sorted"), thanks for patience, slowing the pace ("no rush",
  "step by step"). Not calm: "please calm down", "relax", "no need to get upset".
- confirmation: checks the agent's understanding by restating or reading back what the customer
  said or the details held (address, amounts, dates, spelling), so the customer can correct it.
  Not: stating system facts, "I can confirm the refund was processed" (informing).
- clarify: asks the customer for a detail or checks one (every confirmation is also clarify).
  Not: offers ("would you like me to...?"), close questions ("anything else?"), rhetorical or
  small-talk questions.
- signpost: says what the agent is doing right now or is about to do in the call, so a pause or
  hold is explained ("let me check", "bear with me while...", "I'm pulling up..."). Not: "let me
  be clear", instructions to the customer.
- blame: puts the fault on the customer, a colleague, another team, a third party or the system,
  directly or indirectly ("the system did that, not me", "they never told us", "I'm not blaming
  anyone, but the warehouse..."); a disclaimer followed by a fault is blame, even if the agent
  then fixes it. Not: "it's not your fault", "I don't blame you", facts about a third party
  ("the courier has it at the depot"), owning the fault ("that was our mistake").
- create_options: offers a choice or proposes a concrete way forward the customer can accept.
  Not: "there's no option to...", describing what was already done.
- ownership: takes personal responsibility for the outcome or admits the agent's or company's
  error, with or without "I'll" ("leave it with me", "consider it done", "that's on us", "I'm
  not letting this drop"). Not: routine next steps ("you'll get an email"), sending the customer
  elsewhere, "personally, I think...".
- close: wraps up: asks whether there is anything else, sums up what happens next with a time or
  reference, thanks for calling, says goodbye. Not: greetings, "is there anything else wrong
  with the order?" (clarify).

Split: bench/splits.py (legacy items keep theirs, new ones by a hash of the id). "round": 0 for
items from before issue 12, 1 for the first batch, 2 for a second batch written after the first
held-out figures had been seen as totals (never item by item), 3 for a third batch
(call_labels_round3.py) written by a separate author from these definitions alone, without sight
of the rules, the model or the earlier items; its held-out part is read only as totals, at the
end; 4 a fourth batch (another separate author, call_labels_round4.py) in other
registers, first scored whole with the code as it stood; 5 a fifth batch
(a third separate author, call_labels_round5.py) weighted to the semantic labels, scored the same way;
6 (call_labels_round6.py, a fourth author, weighted to indirect blame and its look-alikes) and 7
(call_labels_round7.py, a fifth author, whole calls from agents good and bad), both scored whole
with the code as it stood before anything was changed for them; from round 6 on, a line an earlier
item already holds word for word is left out; 8 (call_labels_round8.py, a sixth author: text as Whisper
writes natural speech, many Englishes, look-alikes), scored whole with the code of 2026-11-24 01:35
and with the code before that day; 9 (call_labels_round9.py, a seventh author: sectors not covered
before, curt and defensive agents as well as good ones), scored whole with the code of 2026-11-24
04:00 and with the code of the session before; 10 (call_labels_round10.py, an eighth author: about half hard negatives and positives
without the usual cue words), scored whole with the code of 2026-11-24 07:30
before anything was changed for it. Run to regenerate the JSON.
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from call_labels_round3 import NEW3  # noqa: E402
from call_labels_round4 import NEW4  # noqa: E402
from call_labels_round5 import NEW5  # noqa: E402
from call_labels_round6 import NEW6  # noqa: E402
from call_labels_round7 import NEW7  # noqa: E402
from call_labels_round8 import NEW8  # noqa: E402
from call_labels_round9 import NEW9  # noqa: E402
from call_labels_round10 import NEW10  # noqa: E402
from splits import split_of  # noqa: E402

CODES = {"e": "empathy", "k": "calm", "f": "confirmation", "q": "clarify", "s": "signpost", "b": "blame",
         "o": "create_options", "w": "ownership", "x": "close"}

# Items written before issue 12: (text, labels, committed split).
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
    ("I apologise for the confusion with your bill.", ["empathy", "calm"], "dev"),  # calm added in issue 12: every empathy line is calm
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

# --- issue 12: written from the definitions above; split by bench/splits.py (hash of the id) ---
# Codes: e empathy, k calm, f confirmation, q clarify, s signpost, b blame, o create_options,
# w ownership, x close; "" = none of them (hard negatives and neutral lines).
NEW = [
    # blame, direct and indirect
    ("The system did that, not me.", "b"),
    ("They never told us about the price change either, so there's no point shouting at me.", "b"),
    ("I'm not blaming anyone, but the warehouse clearly packed the wrong size.", "b"),
    ("Honestly, the engineers keep missing these appointments, it's nothing to do with our team.", "b"),
    ("If you'd read the confirmation email you'd have seen the date.", "b"),
    ("That's on the courier, I'm afraid, they're the ones who marked it as delivered.", "b"),
    ("Billing set that up wrong, we just take the calls.", "b"),
    ("The previous agent should never have promised you that.", "b"),
    ("Well, you did tick the box for paper statements.", "b"),
    ("It's your bank holding it up, not us.", "b"),
    ("Someone in the other team must have cancelled it by mistake.", "b"),
    ("I'm not saying it's your fault, but the card details you gave us were out of date.", "b"),
    ("That's how the computer works it out, I can't change what it decided.", "b"),
    ("Our supplier let us down on this one, so there's not much we can do.", "b"),
    ("Whoever took your call last time didn't log a single thing.", "b"),
    ("To be fair, you didn't tell us you'd moved house.", "b"),
    ("The app update caused all of this, we've had hundreds of calls about it.", "b"),
    ("It's the manufacturer's problem really, not the shop's.", "b"),
    ("My colleague put the wrong date in, so that one's on him.", "b"),
    ("You'd have avoided the fee if you'd paid on time.", "b"),
    ("Management changed the rules last month and nobody asked us.", "b"),
    ("The postman probably left it somewhere, that happens a lot round your way.", "b"),
    ("Nobody in IT bothered to tell the front line about the outage.", "b"),
    ("I only work here, the people upstairs made that decision.", "b"),
    ("You should've called us sooner, to be honest.", "b"),
    ("Not to point fingers, but dispatch sent it to the wrong depot.", "b"),
    ("The fault lies with the installer you booked, not with us.", "b"),
    ("The website went down, so of course your order failed; that's IT's mess, not mine.", "b"),
    ("They never passed your complaint on to us, so how were we meant to know?", "b"),
    ("Any delay is down to customs, we can't be held responsible for that.", "b"),
    ("You must have clicked the wrong plan when you signed up.", "b"),
    ("The night shift left it like this, I've only just come on.", "b"),
    ("It was the automatic renewal that charged you, nobody here did.", "b"),
    ("That's the airline's call, not ours, so you'll have to take it up with them.", "b"),
    ("The form was filled in wrong on your side.", "b"),
    ("I didn't make the mistake, the agent before me did.", "b"),
    ("Look, I'm not the one who sent the wrong bill, the billing team did.", "b"),
    ("With respect, it says clearly on the website that sale items can't be returned, so you should have checked.", "b"),
    # blame hard negatives
    ("It's not your fault at all, these things shouldn't happen.", "k"),
    ("You haven't done anything wrong, I promise.", "k"),
    ("That was our mistake, and I'm sorry.", "wek"),
    ("The courier has the parcel at their depot now.", ""),
    ("The system shows the payment went through on the third.", ""),
    ("Was it the courier or the shop who told you that?", "q"),
    ("I'm not blaming you for being angry, I would be too.", "ek"),
    ("Nobody's blaming you, let's just get it fixed.", "k"),
    ("The fault was on the line outside your house, and it's been repaired.", ""),
    ("Our warehouse sent the wrong size, and that's our responsibility to fix.", "w"),
    ("The system has a record of your call from Monday.", ""),
    ("You should have received a text with the code by now; has it arrived?", "q"),
    ("You must have been worried sick when the money disappeared.", "ek"),
    ("Did someone from our team give you that date?", "q"),
    ("I don't blame you for being fed up, honestly.", "ek"),
    ("The engineer's report says the fault was in the exchange, not in your home.", ""),
    ("The warehouse is open until eight tonight.", ""),
    # empathy that is real
    ("I'm sorry you've been left without heating in this weather, that's awful with a baby at home.", "ek"),
    ("Three weeks without a working phone line would drive anyone up the wall.", "ek"),
    ("I can tell this has really knocked your confidence in us.", "ek"),
    ("That sounds exhausting, chasing this on top of everything else you've got going on.", "ek"),
    ("I'd be just as annoyed if my wedding order went missing.", "ek"),
    ("Losing the photos from your mum's birthday must be heartbreaking.", "ek"),
    ("I'm so sorry, nobody should be cut off while they're in hospital.", "ek"),
    ("Oh no, and it was meant to be a birthday present. I'm really sorry.", "ek"),
    ("It makes sense that you're worried, it's your rent money.", "ek"),
    ("I get it, being passed from department to department is maddening.", "ek"),
    ("That's a horrible thing to come home to, I'm sorry.", "ek"),
    ("I really feel for you, being charged twice right before Christmas.", "ek"),
    ("My apologies, you should never have had to wait this long for an answer.", "ek"),
    ("You've clearly had a rough few days with this, and I'm sorry we added to it.", "ek"),
    ("Honestly, I'd be furious too if I'd been promised a callback three times.", "ek"),
    ("That must have been frightening, finding the account emptied like that.", "ek"),
    ("I'm sorry for the trouble this has caused you and your family.", "ek"),
    ("It's completely understandable that you're upset after all those calls.", "ek"),
    ("I can only imagine how stressful it's been with your exams this week.", "ek"),
    ("I know how much you were counting on it arriving before the trip.", "ek"),
    ("Please accept my apologies, we let you down on this one.", "ekw"),
    # empathy that is scripted, or withdrawn in the same breath
    ("We apologise for any inconvenience caused.", ""),
    ("Your call is important to us.", ""),
    ("I understand your frustration, however our terms and conditions are very clear.", ""),
    ("I hear what you're saying, but there's nothing more I can do.", ""),
    ("Sorry about that. Anyway, what's the account number?", "q"),
    ("Sorry, could you say that again? The line's breaking up.", "q"),
    ("Sorry to interrupt, can I take your date of birth?", "q"),
    ("I'm sorry you feel that way.", ""),
    ("I appreciate that this may be frustrating, but the policy is the policy.", ""),
    ("Unfortunately that's just how it is, sorry.", ""),
    ("We're sorry to hear you're unhappy with our service. Please see our website for the complaints procedure.", ""),
    ("I understand, but rules are rules.", ""),
    ("Sorry, but I can't do anything about a sale item.", ""),
    ("I do understand, but you'll still need to pay the fee.", ""),
    ("We regret any distress this may have caused.", ""),
    # calm without empathy, and what only sounds calm
    ("Don't worry, your money is safe and nothing's been lost.", "k"),
    ("There's no rush, take your time finding the letter.", "k"),
    ("You're in the right place, we'll get this sorted together.", "k"),
    ("Okay, let's take this one step at a time.", "k"),
    ("Thanks for holding, I know it's been a while.", "ek"),
    ("Nothing is going to be cut off while we look into this.", "k"),
    ("Thank you so much for bearing with me.", "k"),
    ("Sorry for the wait, I'm back with you now.", "k"),
    ("I appreciate your patience while we work through this.", "k"),
    ("We'll get to the bottom of it, I promise.", "kw"),
    ("You've done exactly the right thing by calling us.", "k"),
    ("It's okay, we can go through it slowly.", "k"),
    ("Please calm down, sir.", ""),
    ("Relax, it's only a few pounds.", ""),
    ("Calm down and listen to me.", ""),
    ("Stop shouting and I'll help you.", ""),
    ("There's no need to get upset about it.", ""),
    # confirmation, often by reading details back
    ("So that's 14 Mill Lane, Leeds, LS6 2AB, have I got that right?", "fq"),
    ("Let me read that back: two adults, one child, flying out on the ninth.", "fq"),
    ("That's J for Juliet, O, N, E, S, Jones, correct?", "fq"),
    ("You said the charge was forty-two pounds fifty on the twelfth, yes?", "fq"),
    ("Okay, so the router's lights are all green except the one marked internet.", "fq"),
    ("Can I repeat that back to make sure I've got it? Card ending 9912, expiring in March.", "fq"),
    ("So the problem started after last Tuesday's update, and only on your laptop, not your phone?", "fq"),
    ("Right, three missing items: the lamp, the rug and one cushion cover.", "fq"),
    ("Just so I'm clear, you were charged but the tickets never arrived by email?", "fq"),
    ("If I'm following you, the meter reading we used is about a thousand units too high?", "fq"),
    ("Making sure I've heard you right, you want the contract moved into your husband's name?", "fq"),
    ("Correct me if I'm wrong, but you've already restarted the router twice today?", "fq"),
    ("The account number I have is 5501 2287, does that match yours?", "fq"),
    ("So to sum up what you've told me, the boiler cuts out every night at about ten?", "fq"),
    ("Okay, that's an order for the blue kettle, delivered to your work address, paid by PayPal. All correct?", "fq"),
    ("So it's the second payment, the one for sixty pounds, that you don't recognise?", "fq"),
    ("Let me check I've got the dates right: you're away from the first to the fifteenth.", "fq"),
    ("Your email is sam dot reed at outlook dot com, with two e's in reed?", "fq"),
    ("From what you're telling me, the bill went up the month after the new meter was fitted.", "fq"),
    ("What I'm hearing is that you were never sent the new contract, is that fair?", "fq"),
    # confirmation hard negatives
    ("I can confirm the refund was processed this morning.", ""),
    ("Okay, got it.", ""),
    ("Right.", ""),
    ("Confirmation emails sometimes go into the spam folder.", ""),
    ("So, the weather's been awful this week.", ""),
    ("The address on your account is the one you gave us in May.", ""),
    # ownership without "I'll"
    ("Leave it with me.", "w"),
    ("Leave this one with me, I'm going to chase the depot myself.", "w"),
    ("This is my case now and I'm not closing it until your money's back.", "w"),
    ("Consider it done.", "w"),
    ("That's on us, not you, and we're going to put it right.", "wk"),
    ("You won't need to call again; I'm keeping this ticket under my name.", "wk"),
    ("I've got this, you don't need to chase anyone.", "wk"),
    ("The mistake was ours: we billed the wrong meter.", "w"),
    ("We got this wrong, and I'm sorry.", "wek"),
    ("I'm taking responsibility for sorting this out today.", "w"),
    ("My name's Priya and this stays with me until it's fixed.", "w"),
    ("Let me own this one: I'm raising it as a priority and following it through.", "w"),
    ("It's my job to fix this and I'm going to.", "w"),
    ("I'm setting a reminder to chase the engineer myself at two.", "w"),
    ("I'll chase it myself and update you every day until it's sorted.", "w"),
    ("Rather than pass you around, I'm going to handle this one from start to finish.", "w"),
    ("You have my word that I'll see this through.", "w"),
    ("I'm not letting this drop until the engineer has been out.", "w"),
    ("That's a failure on our part, plain and simple.", "w"),
    ("I'm going to stay with this until the refund lands, you have my direct line.", "w"),
    ("We dropped the ball here, and fixing it is down to me.", "w"),
    # ownership hard negatives
    ("That's not something my team handles; you'll need to ring billing yourself.", ""),
    ("I'll be honest, I don't know.", ""),
    ("I'll need your postcode first.", "q"),
    ("Personally, I think the new tariff is too expensive.", ""),
    ("I can't make any promises.", ""),
    ("Someone will look at it eventually.", ""),
    ("It's not my department, sorry.", ""),
    # closings of many kinds
    ("Thanks for calling Northwind Energy, take care now.", "x"),
    ("Anything more I can do for you while I've got you?", "x"),
    ("Your reference is CX-4471; quote that if you need us again.", "x"),
    ("Right, that's all sorted, you'll see the new bill on the first of the month. Bye for now.", "x"),
    ("Is that everything for today?", "x"),
    ("Great, enjoy the rest of your afternoon.", "x"),
    ("To recap, the engineer comes Thursday morning, the credit lands Friday, and I'll ring you Monday to check it's all working.", "xw"),
    ("Before you go, is there anything else on your mind?", "x"),
    ("You're all set. Have a lovely weekend.", "x"),
    ("Okay, that's the refund on its way; it should show in three to five working days.", "x"),
    ("Cheers for your patience today, speak soon.", "xk"),
    ("If anything else comes up, just reply to the email I'm sending now.", "x"),
    ("Glad we got there in the end, have a good one.", "x"),
    ("That's everything done on my side; you'll get a text when the engineer is on the way.", "x"),
    ("I'll let you get on with your evening then. Goodbye.", "x"),
    ("Was there anything else you wanted to go over before I let you go?", "x"),
    ("Lovely, you'll have the replacement by Wednesday at the latest. Thanks for your time.", "x"),
    ("All done, the case number is on the text I've just sent you.", "x"),
    ("Take care, and sorry again for all the hassle.", "xe k".replace(" ", "")),
    ("Thank you for calling, and enjoy the new phone.", "x"),
    ("So, new card in the post within five days, and the old one is cancelled as of now. Is there anything else I can help with?", "x"),
    # close hard negatives
    ("Good morning, you're through to Alex in accounts.", ""),
    ("Is there anything else wrong with the order?", "q"),
    ("Anything else you noticed about the noise?", "q"),
    ("Are you still there?", ""),
    ("Hello, thanks for holding, who am I speaking to?", "kq"),
    ("The engineer will call you before they arrive.", ""),
    # signposting
    ("I'm just opening your account now, it can take a few seconds to load.", "s"),
    ("Give me two ticks while I look at the delivery notes.", "s"),
    ("You'll hear me typing, I'm writing all of this onto your case.", "s"),
    ("I'm going to pop you on hold for about a minute while I speak to the warehouse, is that okay?", "s"),
    ("Bear with me, the system's a little slow this morning.", "s"),
    ("First I'll check the payment, then we'll look at the delivery.", "s"),
    ("One second, I'm pulling up the meter readings.", "s"),
    ("Let me have a quick look at what's been logged so far.", "s"),
    ("I'm checking with my team leader now; I'll be back on the line in a moment.", "s"),
    ("Hang on, I'm reading the engineer's notes from yesterday.", "s"),
    ("I'm still here, just waiting for the page to refresh.", "s"),
    ("Next I'm going to ask a few security questions.", "s"),
    ("While that loads, can you tell me when you last topped up?", "sq"),
    ("Let me dig into this for you.", "s"),
    ("I'm just going to go through your last three bills with you.", "s"),
    ("Just a moment while I bring up the order history.", "s"),
    ("Right, I'm going to run a line test now, it takes about two minutes.", "s"),
    ("Okay, so what I'm doing now is checking whether the payment actually left your bank.", "s"),
    # signpost hard negatives
    ("Let me be clear: we don't refund used items.", ""),
    ("Let me tell you, this happens all the time.", ""),
    ("Check your spam folder for the email.", ""),
    ("Wait, what did you say the amount was?", "q"),
    ("Let me know if the light turns green.", ""),
    ("Hold the reset button down for ten seconds.", ""),
    # create options
    ("I could either credit the difference now or move you to the cheaper plan from next month.", "o"),
    ("There are a couple of ways we can go: a technician visit on Friday, or a new router in the post tomorrow.", "o"),
    ("Would it help if I arranged a collection from your work address instead?", "o"),
    ("If you'd rather not wait, I can cancel and refund you today.", "o"),
    ("What I'd suggest is a temporary hotspot until the line's fixed.", "o"),
    ("I can set up a payment plan over three months if that's easier.", "o"),
    ("Do you want me to book the earliest slot, or pick a day that suits you?", "o"),
    ("How about I refund the delivery charge and send the item again at no cost?", "o"),
    ("Another route is a formal complaint, which I can raise for you right now.", "o"),
    ("There's a voucher I can apply, or I can refund the full amount, it's your call.", "o"),
    ("I can speak to my manager about an exception, or book you a callback from the specialist team.", "o"),
    ("You could keep the phone with twenty pounds off, or send it back for a full refund.", "o"),
    ("Shall I switch the direct debit date to after your payday?", "o"),
    ("The best option might be to swap it in store tomorrow, or I can post a new one out.", "o"),
    ("If it's easier, I can email you a returns label instead of you printing one.", "o"),
    ("I'm able to offer a goodwill credit of thirty pounds for the missed appointment.", "o"),
    ("We could try resetting it together now, and if that fails I'll book an engineer.", "o"),
    ("My suggestion would be to pause the account rather than close it, so you keep your number.", "o"),
    # options hard negatives
    ("There's no option to refund after ninety days.", ""),
    ("All the options are explained on our website.", ""),
    ("Either way, the policy doesn't change.", ""),
    ("I'm afraid there's nothing else on offer.", ""),
    ("You chose the standard plan when you signed up.", ""),
    # clarify
    ("What's the postcode on the account?", "q"),
    ("Roughly what time did the outage start?", "q"),
    ("Has anyone else in the house tried logging in?", "q"),
    ("Which card did you pay with, the debit or the credit card?", "q"),
    ("Tell me a bit more about the noise it's making.", "q"),
    ("I need the last four digits of the card, please.", "q"),
    ("Can you read me the number on the back of the meter?", "q"),
    ("And was that before or after you moved the router?", "q"),
    ("Talk me through what happened when you tried to pay.", "q"),
    ("Were you at home when the engineer was due?", "q"),
    ("How many items were in the box when it arrived?", "q"),
    ("What did the error message say, word for word?", "q"),
    ("Could you spell your surname for me?", "q"),
    ("Is it happening on every channel or just some?", "q"),
    ("Do you still have the original receipt?", "q"),
    ("What would a good outcome look like for you today?", "q"),
    ("Walk me through the steps you took before the screen went blank.", "q"),
    # clarify hard negatives
    ("What do you want me to do about it?", ""),
    ("Who knows, these things happen.", ""),
    ("Can you believe the weather today?", ""),
    ("How does anyone expect us to keep up with all these changes?", "b"),
    # realistic whole turns mixing several moves
    ("I'm really sorry about this. Could you give me the order number so I can see what went wrong?", "ekq"),
    ("I hear you, and that's not okay. Let me pull up the account and find out what happened.", "eks"),
    ("That must be so frustrating. Just to check, the payment left your account on the fifth?", "ekfq"),
    ("Thanks for waiting. I've found it: it was our error, we applied the wrong tariff, and I'm correcting it now.", "kw"),
    ("I can refund the difference today, or move you to the right tariff and backdate it. Which suits you better?", "o"),
    ("So that's everything: the credit is applied, you'll get a letter confirming it, and my reference is on the email. Anything else?", "x"),
    ("I understand how worrying this is. Leave it with me, I'll call you back before five with an answer.", "ekwx"),
    ("Okay, so you've been without broadband since Saturday and you work from home, is that right? I'm sorry, that's a real problem.", "fqek"),
    ("Bear with me while I check the engineer's availability; then I'll give you a couple of slots to choose from.", "so"),
    ("The courier messed this up, not us, and you'll have to wait for their investigation.", "b"),
    ("I'm not going to blame the courier; it's our job to get your parcel to you, so I'm sending another today.", "wo"),
    ("Honestly, it doesn't matter whose fault it was, I'm going to fix it for you now.", "wk"),
    ("I'm sorry, the system did charge you twice, and that's on us to put right.", "ekw"),
    ("It looks like the system applied the fee automatically; I've reversed it and added a note so it doesn't happen again.", "w"),
    ("They should have told you about the cancellation fee at the time, and I'm sorry they didn't; I'm waiving it now.", "ekwb"),
    ("Okay, I'm just reading your notes. Right, I can see you called on Monday and Wednesday, I'm so sorry you've had to chase.", "sek"),
    ("Let me make sure I've got this: you want to keep the landline but cancel the TV package from the end of the month?", "fq"),
    ("You'll see a text from us in the next ten minutes with the engineer's name. Is there anything else I can help you with?", "x"),
    ("The warehouse sent two of the same item, which is our mistake; would you like me to arrange a collection or keep it with a refund?", "wo"),
    ("Okay, first things first: are you safe, and is the gas turned off at the meter?", "q"),
    ("I know you've explained this before, so I won't make you repeat it; I've read the notes.", "ek"),
    ("Honestly, the last agent should have logged it, but that's not your problem, and I'm logging it now.", "bkw"),
    ("Sorry, that's just what the computer says.", "b"),
    ("I wish I could help, but my hands are tied by head office.", "b"),
    ("You should be able to see the refund on your statement by Friday.", "x"),
    ("Would you like me to stay on the line while you try the new password?", "ok"),
    ("Okay. Date of birth?", "q"),
    ("Mm-hm.", ""),
    ("Sure, no problem.", ""),
    ("I can hear you're upset, and I want to help. Can you tell me what happened from the start?", "ekq"),
    # more closings, options, signposts, read-backs and ownership
    ("Right then, you're sorted. Thanks for your patience and have a good night.", "xk"),
    ("I've sent the summary to your email; if you don't see it within the hour, ring us and quote 88213.", "x"),
    ("Does that cover everything you called about today?", "x"),
    ("That's us done. Thank you for being so understanding.", "xk"),
    ("Brilliant. You'll get a satisfaction survey by text after this call, and I hope the rest of your day is better.", "x"),
    ("Is there anything further I can look at for you before we finish?", "x"),
    ("Okay, bye now, and good luck with the move.", "x"),
    ("So by Friday you'll have the new router, and by Monday the credit. Anything else at all?", "x"),
    ("I'm closing the call now, but the case stays open until you tell us the heating is working.", "xw"),
    ("Okay, that's the booking made for the 14th at ten. Enjoy your stay.", "x"),
    ("You have a few options here: replace it, repair it under warranty, or take a refund.", "o"),
    ("If you prefer, we can move the appointment to a Saturday.", "o"),
    ("I could put a hold on the bill while this is investigated, would that help?", "o"),
    ("What works better for you, a callback this afternoon or an email tomorrow morning?", "o"),
    ("One thing we can do is split the balance across your next two bills.", "o"),
    ("I'm happy to send a replacement today, or you can wait for the original and keep a voucher.", "o"),
    ("I can upgrade you to next-day delivery free of charge, if you'd like.", "o"),
    ("Let me see if there's an earlier slot. Yes, there's one tomorrow at eight, shall I book it?", "so"),
    ("Okay, I'm switching to the billing screen now, so there'll be a short pause.", "s"),
    ("Give me a minute to read through the complaint history.", "s"),
    ("I'm just sending that over to the warehouse now, you'll hear me typing.", "s"),
    ("Hold on while I transfer the notes across, it won't take long.", "s"),
    ("I'm now going to check whether there's an outage in your area.", "s"),
    ("Just so I've got it right, you ordered on the second and paid twice, once by card and once by PayPal?", "fq"),
    ("Right, reading that back, the serial number is K as in kilo, 7, 7, 2, 0, B.", "fq"),
    ("So your new address from the first of June is Flat 3, 22 Park Road?", "fq"),
    ("You mentioned the bill was higher in March and April, but May was normal, have I understood that?", "fq"),
    ("So the only thing you want changed is the delivery date, nothing else?", "fq"),
    ("I'm going to make it my priority to get this fixed before the weekend.", "w"),
    ("I'm the one who'll follow this up, so you won't be starting again with someone new.", "w"),
    ("Our engineer should have turned up, and he didn't, that's on us; I'm booking you the first slot tomorrow.", "wo"),
    ("I take full responsibility for the mix-up with your address.", "w"),
    ("The courier van has broken down, so deliveries in your area are running about two hours late.", ""),
    ("Our offices are closed on bank holidays.", ""),
    ("The system updates overnight, so the balance will look different tomorrow.", ""),
    ("I'm sorry, I didn't catch your name.", "q"),
    ("Be honest with me, did you drop it?", "bq"),
]


NEW2 = [
    # round 2 (written after the first held-out figures were seen as totals, never item by item)
    # blame in more forms
    ("The restaurant cancelled it on their side, so that's really one for them, not for us.", "b"),
    ("Honestly, if the gym had updated its systems this wouldn't have happened.", "b"),
    ("That charge came from the council, we just pass it on.", "b"),
    ("I think you'll find you agreed to the auto-renew when you signed up.", "b"),
    ("Our partners handle the roaming charges, so any mistake there is theirs.", "b"),
    ("You were told at the desk that the car had to be back by ten.", "b"),
    ("The driver says he knocked and nobody answered, so it's been sent back.", "b"),
    ("The old team set your account up wrong years ago, before my time.", "b"),
    ("No offence, but it sounds like the hotel overbooked, not the booking site.", "b"),
    ("Your vet didn't send the claim form, that's why it's stuck.", "b"),
    ("To be honest, we warned everyone about the price rise by email, so it shouldn't be a surprise.", "b"),
    ("I can see the pharmacy got the prescription wrong, that's not something we did.", "b"),
    ("It's head office's rule, not mine, I'm just telling you what they decided.", "b"),
    ("The parking attendant issued the fine, we only process the appeals.", "b"),
    ("The engineer from the other company must have cut through the cable.", "b"),
    ("Well, the payment failed because your card had expired.", "b"),
    ("Look, the tech team keeps pushing updates that break things, there's nothing I can do.", "b"),
    ("I'm not pointing the finger, but whoever packed this clearly didn't check it.", "b"),
    # blame look-alikes
    ("The restaurant has confirmed your order and it's on its way.", "x"),
    ("Don't worry, you're not to blame for any of this.", "k"),
    ("The gym's systems are updated every night.", ""),
    ("Your card has expired, so can I take the new expiry date?", "q"),
    ("I'm not going to pass the buck; it was our error and I'm refunding it now.", "w"),
    ("The driver will knock when he arrives, so keep your phone nearby.", ""),
    ("The hotel team are lovely, they'll look after you.", ""),
    ("The council sets the rate each April.", ""),
    # empathy, real
    ("Oh, that's rotten luck, and on your first day back at work too.", "ek"),
    ("I'm really sorry your holiday started like this.", "ek"),
    ("That sounds like a horrible evening, being stuck at the airport with the kids.", "ek"),
    ("I completely get why you're fed up, you've paid for something you can't use.", "ek"),
    ("Honestly, I'd be upset too if my dog's treatment wasn't covered after all those payments.", "ek"),
    ("It must be really worrying not knowing whether the water's safe to drink.", "ek"),
    ("I'm sorry, I know you've been waiting on this refund since March.", "ek"),
    ("You sound exhausted, and I'm sorry you've had to deal with this on top of everything.", "ek"),
    ("That's a lot to cope with, I'm sorry.", "ek"),
    ("Please accept our apologies for how this has been handled so far.", "ekw"),
    # empathy, scripted or withdrawn
    ("Sorry for any inconvenience this may have caused you.", ""),
    ("I do hear you, however I can only follow the process.", ""),
    ("I'm sorry but that's our policy.", ""),
    ("We value your feedback.", ""),
    ("I understand that, but you'll still have to pay the cancellation fee.", ""),
    ("Sorry, what was that?", "q"),
    ("Sorry, you cut out for a second there, could you repeat the postcode?", "q"),
    # calm
    ("There's no need to apologise, you're doing everything right.", "k"),
    ("Take a breath, there's plenty of time and I'm not going anywhere.", "k"),
    ("We'll work through it together, one thing at a time.", "k"),
    ("I promise your booking is still there, nothing has been cancelled.", "k"),
    ("Thanks for being so patient with me while I sorted that.", "k"),
    ("You did the right thing by ringing us straight away.", "k"),
    ("Just calm down, okay?", ""),
    ("You need to stop raising your voice.", ""),
    # confirmation by reading back
    ("So that's a table for four on Saturday at seven thirty, under Mrs Ahmed?", "fq"),
    ("Okay, the registration is R for Romeo, K, sixty-four, X for X-ray, Y, Z, is that correct?", "fq"),
    ("Let me repeat that: you were charged fourteen ninety-nine twice, on the first and the second.", "fq"),
    ("Right, so you've tried turning it off and on, and you've tried a different cable, yes?", "fq"),
    ("Just so I understand, the tap water turned brown this morning and it's only the kitchen tap?", "fq"),
    ("If I've heard you right, the pharmacy gave you ten tablets instead of thirty?", "fq"),
    ("That's the flat above the shop, number 12a, not 12?", "fq"),
    ("So the car was returned at nine fifty, before the ten o'clock deadline, have I got that?", "fq"),
    ("I'm reading your note back to you: keys in the safe box, code 4412.", "fq"),
    ("To make sure we're on the same page, you want the annual plan, paid monthly?", "fq"),
    # confirmation look-alikes
    ("Your booking confirmation is in your inbox.", ""),
    ("We'll confirm the appointment by text the day before.", ""),
    ("I've confirmed the change with the hotel.", ""),
    # ownership
    ("Let me take this off your hands.", "w"),
    ("I'll personally keep an eye on the claim until it's paid.", "w"),
    ("This one's on me to sort, and I will.", "w"),
    ("We made a mess of this, and I'm going to make it right.", "w"),
    ("I'm not handing this over to anyone else; you've got me until it's done.", "w"),
    ("That was a mistake on our end, plain and simple.", "w"),
    ("I'll be the one to call you back, not a random colleague.", "w"),
    ("You won't have to explain it again, I'm owning this case.", "w"),
    ("I'll chase the vet's office for the form myself.", "w"),
    ("That's a failure on our side and we'll cover the cost.", "w"),
    # ownership look-alikes
    ("You'll need to take that up with the council directly.", ""),
    ("I'll pass your details on to the team and they'll be in touch.", ""),
    ("Someone from claims might ring you next week.", ""),
    # close
    ("That's all done for you, enjoy your meal.", "x"),
    ("Right, you're good to go. Safe travels!", "x"),
    ("Is there anything else at all I can help with before you go?", "x"),
    ("You'll receive the refund in three to five days; your reference is in the email.", "x"),
    ("Thanks so much for your call today, goodbye.", "x"),
    ("Anything else on your list today?", "x"),
    ("Okay, I'll leave you to it then. Have a good evening.", "x"),
    ("If you need anything else, just call us back and quote reference 7781.", "x"),
    ("So you're all sorted: new date is the 3rd, and you'll get a text the day before. Bye now.", "x"),
    ("Lovely, that's everything on my end. Thanks for your patience today.", "xk"),
    # close look-alikes
    ("Hi, thanks for calling, my name's Jo, how can I help today?", ""),
    ("Was there anything else missing from the box?", "q"),
    # signpost
    ("I'm just putting you on a short hold while I check with the pharmacist.", "s"),
    ("Okay, I'm looking at your claim history now.", "s"),
    ("Give me a second, the page is loading.", "s"),
    ("I'm going to read through the notes from your last call first.", "s"),
    ("Bear with me, I'm just adding a note to your booking.", "s"),
    ("Right, I'm now checking whether there's any damage reported in your area.", "s"),
    ("Just a minute while I pull up the rental agreement.", "s"),
    ("I'll just have a quick look at the delivery tracking for you.", "s"),
    ("Let me bring up the water quality report for your postcode.", "s"),
    # signpost look-alikes
    ("Let me put it this way, it's not going to be quick.", ""),
    ("Hold your card up to the camera.", ""),
    ("Just a heads up, prices change in April.", ""),
    # options
    ("I can either rebook you for tomorrow or refund the full fare, whichever you'd prefer.", "o"),
    ("We could cover a taxi to the hotel, or put you on the first flight in the morning.", "o"),
    ("Would you prefer a credit note or the money back on your card?", "o"),
    ("There's the option of pausing your membership for up to three months.", "o"),
    ("If it helps, I can send bottled water to your address today.", "o"),
    ("I'd recommend switching to the pay-as-you-go plan while you're abroad.", "o"),
    ("We can waive the late fee this once if you set up a direct debit.", "o"),
    ("What suits you better, a technician on Thursday or a replacement unit by post?", "o"),
    ("I could arrange for the pharmacy to deliver the rest of the tablets today.", "o"),
    # options look-alikes
    ("You chose the basic cover when you took out the policy.", ""),
    ("Unfortunately there aren't any other choices.", ""),
    # clarify
    ("When did you first notice the water was discoloured?", "q"),
    ("Which flight number was it?", "q"),
    ("Can you tell me the name on the booking?", "q"),
    ("And how long has the dog been on this medication?", "q"),
    ("Could you check the back of the card and tell me the last four digits?", "q"),
    ("What time did the driver say he came?", "q"),
    ("Do you remember who you spoke to last time?", "q"),
    ("Describe what the error message says on the screen.", "q"),
    ("I'll need the claim number from the letter, please.", "q"),
    # clarify look-alikes
    ("Why would I lie to you?", ""),
    ("Who would have thought it, eh?", ""),
    # mixed turns
    ("I'm so sorry about this. Let me check the flight status, and then I'll give you a couple of options.", "eks"),
    ("That's on us, and I'm sorry. Would you like a refund or a replacement?", "wkeo"),
    ("I hear how stressful this is. Just to confirm, the leak is under the kitchen sink?", "ekfq"),
    ("The courier lost it, not us, but I'll send another one out today anyway.", "bo"),
    ("Thanks for holding. I've found the problem, and it was our mistake, so I've cancelled the fee.", "kw"),
    ("It's not your fault the app crashed; let me reset your password now.", "ks"),
]

def main() -> None:
    out = [{"id": f"c{i:02d}", "text": t, "labels": sorted(labels), "split": split_of(f"c{i:02d}", split), "round": 0}
           for i, (t, labels, split) in enumerate(ITEMS, 1)]
    rounds = [rnd for rnd, batch in enumerate((NEW, NEW2, NEW3, NEW4, NEW5, NEW6, NEW7, NEW8, NEW9, NEW10), 1) for _ in batch]
    batches = [(t, codes, rnd) for (t, codes), rnd in zip(NEW + NEW2 + NEW3 + NEW4 + NEW5 + NEW6 + NEW7 + NEW8 + NEW9 + NEW10, rounds)]
    # From round 6 on, a line an earlier item already holds word for word (a new author can write the
    # definitions' own examples: "I'm sorry you feel that way.") is left out; ids stay consecutive.
    have = {o["text"] for o in out} | {t for t, _, rnd in batches if rnd < 6}
    batches = [(t, c, rnd) for t, c, rnd in batches if rnd < 6 or not (t in have or have.add(t))]
    for n, (t, codes, rnd) in enumerate(batches, len(ITEMS) + 1):
        out.append({"id": f"c{n:03d}", "text": t, "labels": sorted({CODES[c] for c in codes}), "split": split_of(f"c{n:03d}"),
                    "round": rnd})
    assert len({o["text"] for o in out}) == len(out), "duplicate utterance"
    path = Path(__file__).with_name("call_labels_set.json")
    path.write_text(json.dumps(out, indent=1) + "\n")
    print(f"wrote {len(out)} utterances to {path}")


if __name__ == "__main__":
    main()
