"""Round 10 agent utterances for bench/call_labels_set.json. Written by a separate author from
the label definitions in call_labels_set.py's docstring alone, with no sight of the rules, the
model or earlier items.

Emphasis: precision. Roughly half the lines are hard negatives that look like a label without
being it under the definitions: facts about a third party told as status (a courier at the
depot, an engineer's van that broke down), self-blame and ownership that name colleagues,
"it's not your fault" / "nobody's blaming you" (calm, not blame), questions that are offers
(create_options, not clarify), "anything else wrong with it?" (clarify, not close),
instructions to the customer and "let me be honest" (not signpost), routine next steps and
transfers (not ownership), boilerplate apologies and "your call is important to us" (not
empathy), "calm down" / "relax" / "no need to shout" (not calm), acknowledgements withdrawn by
a refusal, and system facts read out as information rather than read back for the customer to
check (not confirmation). The other half are positives phrased away from the obvious keywords:
empathy with no "sorry" or "understand", ownership without "I'll", closes without "anything
else", signposts without "let me", confirmation by paraphrase, and blame that is only implied
(sarcasm, "to be fair...", "if you'd...", "they never..."). Sectors: broadband and mobile
support, subscription cancellation and retention, debt collection and payment plans, US health
insurance and pharmacy, travel rebooking, utility outages, online marketplace seller and buyer
support, car rental, student loans and university admissions, charity donor lines. Agents from
the US, India, the Philippines, South Africa, Ireland, Scotland and Australia, written the way a
speech recogniser renders speech, with fillers, false starts, run-ons and one-word turns.

Codes: e empathy, k calm, f confirmation, q clarify, s signpost, b blame, o create_options,
w ownership, x close; "" for none. Every e line also has k; every f line also has q.
"""

NEW10 = [
    # --- telecom: broadband dropping every evening (Indian agent) ---
    ("Okay ma'am, so what I'm understanding is the internet is working fine in the morning only and it is dropping every evening around seven, correct?", "fq"),
    ("Kindly switch off the router from the main socket and wait for thirty seconds, then switch it on.", ""),
    ("Right now I am running one line test from my side, it will take two minutes, please stay connected.", "s"),
    ("Three weeks of this while you are working from home, honestly, anyone would be pulling their hair out.", "ek"),
    ("I can see there were four disconnections yesterday between 7 and 9 PM.", ""),
    ("Is it dropping on all the devices or, uh, only on the laptop?", "q"),
    ("See, the line is testing clean, so, uh, most probably it is the Wi-Fi inside the house.", ""),
    ("The last technician who came, he did not even open the junction box, that is why it is still happening.", "b"),
    ("I am not closing this ticket till you have one full clean week, that is on me.", "w"),
    ("I can send an engineer on Thursday morning or I can courier you a new router by tomorrow, whichever suits you.", "o"),
    ("Would a replacement hub be okay, or you prefer the engineer visit?", "o"),
    ("Anything else acting up, like the landline or the TV box?", "q"),
    ("Okay, so engineer is booked for Thursday between eight and one, your reference is BB 7 7 4 1 0, and thank you for calling.", "x"),
    ("Sorry, the line broke there, what were the last four digits of the account?", "q"),
    ("The exchange in your area had a card failure on Sunday and that was replaced on Monday.", ""),

    # --- telecom: roaming bill shock (Filipino agent) ---
    ("Hello po, thank you for calling Vista Mobile, this is Jen, how may I help you today?", ""),
    ("Oh my gosh, eight hundred dollars for one week in Cancun, I can only imagine how your stomach dropped when you opened that.", "ek"),
    ("Just for me to be sure, ma'am, you were in Mexico from the 2nd to the 9th, and you turned on the travel pass before you left?", "fq"),
    ("I'm just going into the usage breakdown now, ma'am, give me a few seconds.", "s"),
    ("It shows here the data roaming was on and the travel pass was not activated.", ""),
    ("Well, the travel pass has to be activated by the customer, ma'am, it's in the terms, so.", "b"),
    ("It's not like you did anything wrong, a lot of people get caught by this.", "k"),
    ("What I can do is backdate the travel pass so it's ten dollars a day instead, that brings it down to seventy.", "o"),
    ("That charge shouldn't have gone through without a warning text, and that's on our side.", "w"),
    ("Would you like me to turn on the spending cap also so this never happens again?", "o"),
    ("Thank you so much for waiting, ma'am.", "k"),
    ("Okay, so that's the seventy dollars instead of eight hundred and three, on the bill that closes on the 21st, yes?", "fq"),

    # --- telecom: TV box lost signal mid-match (Scottish agent) ---
    ("Right, so is it every channel or just the sports ones that've gone?", "q"),
    ("Aye, that's a pain, right in the middle of the Old Firm as well.", "ek"),
    ("Can ye unplug the wee box at the back, count to ten, and plug it back in for me?", ""),
    ("I'm sending a reset signal down to the box the now, it'll flash green in a minute.", "s"),
    ("There's a mast outage out Paisley way, the team's on site already.", ""),
    ("Och, no bother, take your time finding it.", "k"),
    ("So, ah, just tell me what the light on the front's doing.", "q"),
    ("If it's still no working by tonight I'm phoning you myself first thing, and we'll get someone out.", "w"),
    ("Cheers for calling, enjoy the rest of the game.", "x"),
    ("Two ticks, the screen's frozen on me.", "s"),

    # --- telecom: slow speeds, agent under pressure (US agent) ---
    ("Sir, I need you to calm down so I can help you.", ""),
    ("Relax, okay? Just relax.", ""),
    ("There's no need to raise your voice, sir.", ""),
    ("We apologize for any inconvenience this may have caused.", ""),
    ("I understand, but you signed a twenty-four month contract, so the speed tier is what it is.", ""),
    ("I'm sorry you feel that way, sir.", ""),
    ("Let me be real with you, the plan says up to a hundred, not a guaranteed hundred.", ""),
    ("Nobody's saying you broke it, these modems just get old.", "k"),
    ("Speed test from your end, what's it showing right now?", "q"),
    ("So you're getting, like, twelve down when you're paying for three hundred, that's what the app said?", "fq"),
    ("The node that serves your street is showing heavy congestion between seven and eleven at night.", ""),
    ("Honestly the install crew probably reused the old coax, they do that all the time.", "b"),
    ("Okay, and relax, we'll figure it out together, step by step.", "k"),

    # --- telecom: fibre install missed (Irish agent) ---
    ("The engineer's van broke down on the N7 this morning, so he's been moved to Thursday.", ""),
    ("Ah, and you took the whole day off work for it as well, that's a day's pay gone.", "ek"),
    ("Thursday between eight and one, or I've Saturday morning if that's handier for you?", "o"),
    ("I've put a priority flag on it.", ""),
    ("And I'll ring the dispatcher myself Wednesday evening to make sure he's definitely coming out.", "w"),
    ("Um, so, the, the, uh, sorry, the Eircode there, is it D-twelve something?", "q"),
    ("Lovely, that's you booked, so. Mind yourself.", "x"),

    # --- subscription: streaming cancellation (US agent) ---
    ("Sure, I can help with that cancellation today.", ""),
    ("Before I do that, can I ask what's prompting you to cancel?", "q"),
    ("Would you be interested in three months at half price instead?", "o"),
    ("Totally get it, forty bucks a month for shows you don't have time to watch, that adds up.", "ek"),
    ("So just to check, you want it cancelled at the end of this billing period, the 14th, not today.", "fq"),
    ("Okay, I'm processing the cancellation now, this'll take a sec.", "s"),
    ("Done, you'll keep access until the 14th and you won't be charged again, confirmation number is C as in Charlie 4 4 0 9 2.", "x"),
    ("You'll receive an email confirmation.", ""),
    ("Is it more the price, or the content, or something else?", "q"),
    ("Would you like to pause instead of cancel? You can pause for up to three months.", "o"),
    ("There's no option to pause on the annual plan, unfortunately.", ""),
    ("Okay, no pressure at all, I'm not going to try and talk you out of it.", "k"),
    ("Is there anything else I can do for you before you go?", "x"),

    # --- subscription: gym cancellation after a move (Australian agent) ---
    ("No worries, mate, I'll get that sorted for ya.", "kw"),
    ("So you've moved up to Townsville and there's no club up there, yeah?", "fq"),
    ("Look, honestly, the contract does say thirty days' notice, but with a relocation we can waive that.", "o"),
    ("Just need a copy of a lease or a bill with the new address, what's the best email to send the link to?", "q"),
    ("Ah, that's a bit rough, paying for two months you couldn't even use.", "ek"),
    ("The front desk should've told you that when you signed up, that's on them, not you.", "kb"),
    ("That's our mistake, we should've flagged it.", "w"),
    ("I can refund the last month back onto your card, if that works?", "o"),
    ("Righto, pulling up the direct debit now.", "s"),
    ("Your last payment'll be the 28th and then that's it, all done. Cheers, have a good one.", "x"),

    # --- subscription: meal-kit box already shipped (Indian agent) ---
    ("Sir, kindly note that as per policy the cancellation must be done five days before delivery.", ""),
    ("Actually the cut-off was Tuesday itself, sir, you have missed it, that is why the box was sent.", "b"),
    ("I am not blaming you, sir, but the reminder mail was sent on Monday only.", "b"),
    ("Sir, one second, I am checking with my supervisor if we can stop this box.", "s"),
    ("Sir, I can give full credit for this box, or I can donate it to the food bank on your behalf, what would you prefer?", "o"),
    ("Your feedback is valuable to us.", ""),
    ("Sir, you want the full cancellation or you want to skip for two weeks?", "o"),
    ("Sir, I have gone ahead and added the credit already.", ""),

    # --- subscription: software auto-renewal (South African agent) ---
    ("Eish, R2,400 going off on the first when you weren't expecting it, shame, that's hectic.", "ek"),
    ("So the one that went off was the annual business licence, R2,399, on the 1st of March, is that the one?", "fq"),
    ("Auto-renew is set to on for this licence, that's the default.", ""),
    ("Ja, I'm staying on this with you until the money's back, don't stress.", "kw"),
    ("I'm just putting the refund request in now, it takes a minute to go through.", "s"),
    ("The refund goes back in seven to ten working days, reference ZA 8 8 1 2 0, anything else I can help with?", "x"),
    ("I'll be honest with you, the refund window is normally fourteen days and you're on day sixteen.", ""),
    ("But since nobody sent you a renewal reminder, that one's on us, so I'm pushing it through.", "w"),
    ("Okay, lekker, thanks for bearing with me.", "k"),

    # --- subscription: newspaper delivery, elderly subscriber (US agent) ---
    ("Mrs. Feldman, there's absolutely no hurry, I've got all the time you need.", "k"),
    ("Is it the print edition that's giving you trouble, or the website?", "q"),
    ("Reaching into a hedge every morning for your paper, at eighty-four, that's just not right.", "ek"),
    ("The carrier route changed last month, there's a new carrier on your street.", ""),
    ("The new carrier just chucks it wherever, he's been told twice already.", "b"),
    ("I'm calling the distribution manager today and it will be on your porch tomorrow, and if it isn't, you call me directly.", "w"),
    ("Would a two-week credit for the trouble be alright?", "o"),
    ("My direct line is 555 0148, extension 22, and I'll check in with you Friday. You have a good day now.", "wx"),

    # --- subscription: kid's in-app purchases (Australian agent) ---
    ("Oh, the young fella's bought four hundred dollars of game coins, that's a nasty one to find.", "ek"),
    ("Those in-app purchases go through the app store, not through us, so the refund's their call.", ""),
    ("To be fair, purchases aren't locked unless a parent sets a PIN.", "b"),
    ("I can walk you through the refund request right now while we're on the phone, takes two minutes.", "o"),
    ("Which email's the account under, yours or his?", "q"),
    ("Mate, it happens to heaps of families, you're not the first and you won't be the last.", "k"),

    # --- debt: credit card arrears after job loss (Irish agent) ---
    ("Thanks for taking the call, I know these ones aren't easy.", "ek"),
    ("First I just need to check I'm speaking to Siobhan Kelly, date of birth the 3rd of June 1988?", "fq"),
    ("The balance on the account is 1,240 euro and the last payment was in September.", ""),
    ("Has anything changed for you recently, with work or anything like that?", "q"),
    ("Ah, losing the job right before Christmas, that's a desperate time, so it is.", "ek"),
    ("Nobody's going to chase you for the full amount today, that's not what this call's about.", "k"),
    ("We could do fifty a month for six months and review it then, or I could put a thirty-day hold on while you get sorted.", "o"),
    ("So that's fifty euro on the 15th of every month starting January, from the account ending 4471, is that right?", "fq"),
    ("I'm setting that up on the system now, just give me a second.", "s"),
    ("You'll get a letter confirming the plan within five working days, your reference is DC 3391, and thanks a million for ringing us back.", "x"),
    ("Right, you need to clear the arrears or it goes to a solicitor.", ""),

    # --- debt: third-party collector, curt (US agent) ---
    ("Ma'am, this debt is valid, it's been verified by the original creditor.", ""),
    ("Look, you stopped paying in March, that's why it's in collections.", "b"),
    ("The original creditor sold the account to us in June.", ""),
    ("I can accept a settlement of sixty percent if it's paid by the end of the month.", "o"),
    ("You're going to need to pick one, ma'am.", ""),
    ("Can I get the last four of your social?", "q"),
    ("Can you hold? I gotta check with my manager on that.", "s"),
    ("That's not something I can do.", ""),
    ("Honestly, your bank's the one that bounced the payment, not us.", "b"),
    ("Would you prefer to pay by debit card or set up an ACH?", "o"),
    ("I hear you, but the balance is still due.", ""),

    # --- debt: energy arrears, hardship (Scottish agent) ---
    ("Oh, that's an awful lot to be juggling on your own with three weans.", "ek"),
    ("There's no rush at all, we'll go through it bit by bit.", "k"),
    ("Can I ask roughly what's coming in each month, after the rent?", "q"),
    ("Okay, so that's your Universal Credit at eight hundred and ninety and the child benefit on top, have I got that right?", "fq"),
    ("I'm gonnae put a hardship marker on the account now so nobody phones you about this again.", "s"),
    ("There's a hardship fund, I can put an application in for you today if you want.", "o"),
    ("That last letter should never have gone out with the red heading, that was us.", "w"),
    ("Right, so you're paying twelve pound a fortnight from the 3rd, and the fund form's in the post by Friday. Take care of yourself.", "x"),

    # --- debt: vehicle finance debit order (South African agent) ---
    ("Sir, the arrangement you made with my colleague was never loaded, that's why the debit order went off in full.", "b"),
    ("I'm sorry, that's a mistake on our side and I'm fixing it now while you're on the line.", "eksw"),
    ("Ja, no, you're right to be cross about that.", "ek"),
    ("Would it help if we moved the debit order to the 26th, after payday?", "o"),
    ("So payday is the 25th, and you want it going off on the 26th from now on, correct?", "fq"),
    ("Please hold the line.", ""),
    ("Thank you for your patience, sir, I'm back.", "k"),

    # --- debt: student overdraft (Indian agent, UK bank) ---
    ("Sir, your overdraft limit is 1,500 pounds and you are currently at 1,820.", ""),
    ("That extra 320 is because of the fees, sir, each returned payment is fifteen pounds.", ""),
    ("Sir, if you had stayed within the limit, these fees would not have come at all.", "b"),
    ("I can hear this has been giving you a lot of sleepless nights, sir, you sound very worried.", "ek"),
    ("What I can do is refund the last three months of fees, that is 135 pounds, and freeze new fees for ninety days.", "o"),
    ("Sir, do you have any student loan instalment coming in January?", "q"),
    ("Sir, we will sort this out together, please don't feel embarrassed.", "k"),
    ("So the 135 refund will show in two working days and the fee freeze runs till 30th April. Thank you for calling, sir, take care.", "x"),

    # --- health insurance: surprise anesthesia bill (US agent) ---
    ("I'm looking at the EOB now, and it looks like that claim denied as out of network.", "s"),
    ("Getting a four thousand dollar bill while you're still recovering from surgery is the last thing you need.", "ek"),
    ("So the surgery was at St. Mary's on August 12th with Dr. Patel, and the anesthesiologist billed separately, is that the bill in front of you?", "fq"),
    ("The anesthesiology group isn't contracted with your plan.", ""),
    ("Honestly, the anesthesia groups pull this all the time, they just refuse to join networks.", "b"),
    ("Under the No Surprises Act you shouldn't owe more than your in-network cost, so we can send it back for reprocessing.", "ko"),
    ("I'll send this back for reprocessing myself, and I've put a follow-up on my calendar for ten days out.", "w"),
    ("Don't pay that bill yet, okay? Hold off.", ""),
    ("Do you have the claim number from the bill? It usually starts with two letters.", "q"),
    ("Your reprocessing reference is RP 20 5531, you should see a new EOB in about two weeks, anything else I can help you with today?", "x"),
    ("Thank you for calling Blue Harbor Health, have a good afternoon.", "x"),

    # --- pharmacy: prior authorization stuck (Filipino agent, US pharmacy line) ---
    ("Okay, so the prescription is Ozempic, 0.5 milligrams, from Dr. Alvarez, and the pharmacy said it needs a prior auth, correct po?", "fq"),
    ("The prior authorization hasn't come in from the doctor's office yet.", ""),
    ("Your doctor's office hasn't bothered sending the form, that's why it's stuck.", "b"),
    ("I know it's stressful being without your medication, ma'am, especially one you take every week.", "ek"),
    ("I'm going to call the doctor's office right now on the other line, so I'll put you on a short hold, okay?", "s"),
    ("Thank you for holding, ma'am, I reached them and they're faxing it over now.", "k"),
    ("In the meantime, I can do a one-time seven-day supply so you're not without it, would that help?", "o"),
    ("You'll need to contact your prescriber for that one.", ""),
    ("Is this the CVS on Main and 5th you usually use?", "q"),

    # --- health insurance: lapsed coverage (Indian agent, US insurer) ---
    ("May I please have the member ID printed on the front of the card?", "q"),
    ("Thank you. So I have the member as Robert J. Hayes, date of birth eleven fourteen nineteen fifty-two, is that correct?", "fq"),
    ("The coverage terminated on 9/30 due to non-payment of premium.", ""),
    ("Sir, you did not pay the September premium, that is why your coverage was terminated, it is not our error.", "b"),
    ("Please do not worry, sir, there is a grace period, we can still get this reinstated.", "k"),
    ("Kindly bear with me while I check the reinstatement options.", "s"),
    ("Sir, I am seeing two ways: pay September and October today and coverage continues without gap, or enroll through the marketplace special enrollment.", "o"),
    ("I will personally submit the reinstatement request and call you back by Thursday with the status.", "w"),
    ("Sorry, sorry, could you say the member ID again, the line cut out?", "q"),

    # --- pharmacy: wrong medication dispensed (US agent) ---
    ("Oh my God, okay, first, have you taken any of the tablets?", "q"),
    ("That must have been really frightening, realizing you'd been handed someone else's prescription.", "ek"),
    ("This is a serious error on our part and I'm reporting it to the pharmacist-in-charge right now.", "sw"),
    ("Whoever was on the counter clearly didn't check the label, which is unacceptable.", "b"),
    ("We can have the correct medication couriered to you within two hours at no cost, or you can pick it up from any of our stores tonight.", "o"),
    ("Your safety is the priority here, and we're going to make this right.", "kw"),
    ("The incident number is PX 4471 and the pharmacist will call you within the hour.", "x"),

    # --- health insurance: defensive member services (US agent) ---
    ("Ma'am, I didn't deny your claim, I just work here.", "b"),
    ("Not my department, I'm afraid.", ""),
    ("Medical necessity decisions are made by the clinical review team.", ""),
    ("Ma'am, I'm going to have to ask you to stop swearing.", ""),
    ("If you'd sent the referral in first like the letter said, this would've been covered.", "b"),
    ("I can start the appeal for you right now, or mail you the form, your choice.", "o"),
    ("The appeal form is on the website under Member Resources.", ""),
    ("Is there anything else on the EOB that doesn't look right to you?", "q"),

    # --- travel: cancelled flight, family stranded (Irish agent) ---
    ("God, stuck in Frankfurt with two small kids at midnight, that's the last thing you need.", "ek"),
    ("So it's the four of you, two adults and two children, and you were meant to be on the LH 978 into Dublin tonight, yeah?", "fq"),
    ("The airline cancelled it due to a technical fault with the aircraft.", ""),
    ("Typical of them, honestly, they cancel and leave us to pick up the pieces.", "b"),
    ("I'm searching the other carriers now, it'll be a couple of minutes, so stay with me.", "s"),
    ("There's an Aer Lingus at 7:05 tomorrow with four seats together, or a KLM through Amsterdam at 6 that gets in earlier, which would you rather?", "o"),
    ("Have you got somewhere to stay tonight, or are you still at the airport?", "q"),
    ("You're not on your own with this, the hotel's my job as well.", "kw"),
    ("Leave the hotel with me.", "w"),
    ("Right, so you're on the EI 651 at 7:05, the hotel is the Hilton at the airport, booking ref K7R2P, and I'm texting you all of it now. Safe home.", "x"),

    # --- travel: missed connection on a self-booked itinerary (Australian agent) ---
    ("Yeah look, the connection was only fifty minutes and you booked that yourself online, so.", "b"),
    ("Fifty minutes at Changi is the minimum connection time the system allows.", ""),
    ("It's not on you, mate, those tight connections catch heaps of people.", "k"),
    ("Righto, so you landed at 2:10 and the Brisbane flight pushed back at 2:35, that sound right?", "fq"),
    ("Hang on, just jumping on the airline's portal now.", "s"),
    ("I can get you on the 9:40 tonight for an eighty dollar change fee, or the 6 a.m. tomorrow for nothing.", "o"),
    ("Reckon the morning one might be easier with the kids, want me to grab that?", "o"),
    ("No dramas, take a sec to talk it over.", "k"),
    ("You'll need to collect your bag from the transfer desk first.", ""),

    # --- travel: honeymoon room booked wrong (US agent) ---
    ("I booked you into a twin room when you asked for a king, that was my mistake, plain and simple.", "w"),
    ("On your honeymoon of all things, I'd be gutted too.", "ek"),
    ("I've already got the resort moving you to an ocean-view king tonight.", ""),
    ("Just so you know, the front desk manager is Luis and he's expecting you at four.", ""),
    ("Is there anything else about the trip that hasn't been right so far?", "q"),
    ("Enjoy the rest of your honeymoon, and congratulations again.", "x"),

    # --- travel: visa refused, package cancelled (Indian agent) ---
    ("Madam, the embassy has refused the visa, so the booking cannot be used.", ""),
    ("Madam, as per our terms the visa is the responsibility of the traveller itself.", "b"),
    ("Madam, what reason have they mentioned in the refusal letter?", "q"),
    ("I can move the entire package to Dubai where you get visa on arrival, or I can file the cancellation insurance claim on your behalf.", "o"),
    ("Madam, I have noted everything, please give me five minutes, I am speaking with our insurance desk.", "s"),
    ("So the refund will come in fourteen working days to the same card, and your request number is TRV 55129. Thank you for calling, madam.", "x"),
    ("Madam, it's okay, these things happen, it is nobody's fault.", "k"),

    # --- travel: cruise cancelled by a hurricane (Filipino agent) ---
    ("The cruise line cancelled the sailing because of the hurricane's track.", ""),
    ("Honestly, I'd be devastated too, you've been planning this for your fortieth for a whole year.", "ek"),
    ("You have two choices here, ma'am: a full refund to your card, or a 125 percent future cruise credit.", "o"),
    ("The port hotel I'm not able to refund, though, that was booked separately.", ""),
    ("I can call the hotel for you myself and ask, sometimes they waive it for a hurricane.", "ow"),
    ("Just give me a moment, ma'am, I'm requesting the refund form from the cruise line.", "s"),
    ("So, ma'am, you'd like the refund rather than the credit, to the Visa ending 3318?", "fq"),

    # --- utilities: power outage, medical equipment (US agent) ---
    ("Is anyone in the home on oxygen or any medical equipment that needs power?", "q"),
    ("Okay, with your dad on the concentrator, I can hear how scary this is.", "ek"),
    ("I'm flagging your address as a medical priority right now.", "s"),
    ("The crew's on site at the substation on Elm, estimated restoration is 6 p.m.", ""),
    ("The crew gives an ETA once they've assessed the damage, usually within the first hour.", ""),
    ("If the tank runs low before then, call 911, don't wait on us.", ""),
    ("Your appliances are safe to use once it comes back, you don't need to reset anything.", "k"),
    ("Just so I have it right, that's 418 Cedar Court, apartment 2B?", "fq"),
    ("Your outage number is 77 4021 and we'll text updates to the number ending 6630. Stay safe tonight.", "x"),

    # --- utilities: gas leak report (Scottish agent) ---
    ("Right, are you out of the house just now?", "q"),
    ("Good, you've done exactly the right thing.", "k"),
    ("Don't touch any light switches and don't go back in.", ""),
    ("I'm logging this as an emergency now, the engineer'll be with you within the hour.", "s"),
    ("Is it a strong smell, or just a faint whiff near the meter?", "q"),
    ("Honestly, you're safe where you are, it's all in hand.", "k"),
    ("So that's 12 Brae Road, Dunfermline, and your name's Morag, M O R A G?", "fq"),

    # --- utilities: municipal water cut (South African agent) ---
    ("Sir, the municipality is doing maintenance on the main line in your area.", ""),
    ("That's the municipality, not us, we just bill for it.", "b"),
    ("Ag, three days with no water, shame, with small kids in the house that's terrible.", "ek"),
    ("Please calm down, sir, shouting at me won't bring the water back.", ""),
    ("Sir, what time did it go off on Monday, morning or evening?", "q"),
    ("There's no option to get a water tanker from us, I'm afraid.", ""),
    ("What I can do is log a formal complaint with the municipality for you today and give you the reference, or send you their emergency tanker number.", "o"),
    ("Let me be straight with you, I can't make the water come back faster.", ""),
    ("I'll keep following up with them myself and phone you every evening till it's back on.", "w"),

    # --- utilities: estimated bill far too high (Irish agent) ---
    ("So the bill says 612 euro but you'd usually be around 180, yeah?", "fq"),
    ("That bill was done on an estimated reading, there's been no actual read since May.", ""),
    ("Have you a photo of the meter, or could you pop out and read it for me?", "q"),
    ("Grand, I'm putting that reading in now and re-running the bill.", "s"),
    ("Okay, that brings it down to 201, and the new bill will be with you in three days. Anything else I can do for you?", "x"),
    ("The meter reader's supposed to call every quarter, and clearly he hasn't, which is just lazy.", "b"),
    ("That's a fright to open, I'd say you nearly fell over.", "ek"),

    # --- utilities: old smart meter, estimated again (Australian agent) ---
    ("Your smart meter's stopped talking to us, so the last bill was estimated.", ""),
    ("Look, it's not us, it's these old 3G meters, they drop off all the time.", "b"),
    ("We'll swap the meter for free, I can book a tech for next Tuesday or Wednesday.", "o"),
    ("And I'm fixing the bill today so you're only paying for what you actually used.", "w"),
    ("Thanks heaps for hanging in there with me.", "k"),
    ("Good morning, you're through to Harbour Energy, it's Sinead speaking.", ""),

    # --- marketplace: seller payouts on hold (US agent, seller support) ---
    ("I can see your payouts have been on hold since the 2nd.", ""),
    ("So just to recap, you've got about thirty-eight hundred in held funds, everything's shipped, and you haven't had a payout in eighteen days, right?", "fq"),
    ("When your whole business runs on that cash flow, eighteen days is a really long time.", "ek"),
    ("The hold was triggered automatically by a spike in sales volume.", ""),
    ("The risk team's algorithm does this constantly, it flags anybody who has a good week, it's ridiculous.", "b"),
    ("I'm opening an escalation with the risk team now, bear with me.", "s"),
    ("I'm not handing you back to the queue, this one stays with me till the funds are released.", "w"),
    ("Upload tracking for the last twelve orders in the case, that usually speeds up the review.", ""),
    ("Your case ID is 0 99381 and I'll email you by Friday noon with an update either way.", "wx"),

    # --- marketplace: buyer says item never arrived (Filipino agent) ---
    ("Ma'am, the tracking shows it was delivered on the 4th at 2:13 PM to the front porch.", ""),
    ("Can you check with your neighbors or maybe the mailroom of the building, ma'am?", ""),
    ("Was anyone else at home that afternoon who might have taken it in?", "q"),
    ("Oh no, ma'am, it was a birthday gift pa naman, that's so disappointing.", "ek"),
    ("Ma'am, the courier has it marked as delivered, so on our side the order shows complete.", ""),
    ("The seller is the one who chose the cheapest shipping without signature, so that's really on them.", "b"),
    ("I can open an A-to-z claim for you now, ma'am, or we can wait forty-eight hours in case it turns up.", "o"),
    ("Thank you for your patience, ma'am, I really appreciate it.", "k"),
    ("So I'm confirming it's the pink Kindle Paperwhite, order ending 8812, going to 22 Rizal Street, apartment 4?", "fq"),

    # --- marketplace: seller account suspended (Indian agent) ---
    ("Your account has been suspended for policy violation, sir.", ""),
    ("Sir, you uploaded a brand listing without authorisation, that is why it is suspended.", "b"),
    ("Sir, this is your main income and it happened in the Diwali sale itself, that is very painful, I can feel it.", "ek"),
    ("Sir, which ASIN was flagged, can you read it from the notification?", "q"),
    ("I am opening the performance notification on my screen, one minute.", "s"),
    ("You can submit a plan of action through Seller Central.", ""),
    ("Sir, we will draft the plan of action together on this call itself, I won't leave you to do it alone.", "ow"),
    ("Kindly do the needful and upload the invoice.", ""),

    # --- marketplace: handmade seller double-charged (Australian agent) ---
    ("So you've been charged the listing fee twice on the same earrings, both on the 9th.", "fq"),
    ("Yeah, that's a glitch in the renewal tool, it's been double-charging people all week.", "b"),
    ("We've had a bug, and that's on us, not you.", "kw"),
    ("Popping both fees back on your account now, shouldn't take a tick.", "s"),
    ("Do you want the credit on your shop balance, or back on the card?", "o"),
    ("Was it just the earrings, or other listings too?", "q"),
    ("Ta for that. All sorted, credit's on there, have a good arvo.", "x"),

    # --- marketplace: damaged parcel, owning it while naming others (US agent) ---
    ("The warehouse picks the orders, sure, but I signed off on it, so I'm taking this one.", "w"),
    ("Whoever's fault it was, it's our name on the box, so we'll fix it.", "w"),
    ("My colleague did mention the restocking fee, but I should've made it clearer, so that part's on me.", "w"),
    ("Was there anything else damaged in the parcel?", "q"),
    ("The courier has it at the depot in Reno and it's due back to us Wednesday.", ""),
    ("Would you like a replacement sent today, or would you rather have the refund?", "o"),

    # --- car rental: damage charge dispute (US agent) ---
    ("So the charge is 640 dollars for a scratch on the rear bumper, and you're saying it was already there when you picked up at LAX on the 3rd?", "fq"),
    ("Did you take any photos at pickup, by any chance?", "q"),
    ("The check-in agent noted the damage at return.", ""),
    ("Those lot guys barely look at the cars at pickup, stuff gets missed constantly.", "b"),
    ("I'm pulling the pickup inspection photos now, give me one minute.", "s"),
    ("Okay, yeah, the scratch is right there in the pickup photo, that never should have been billed to you, and I'm reversing it.", "w"),
    ("That's a horrible surprise to find on your card after a vacation.", "ek"),
    ("You'll see the 640 back in three to five business days, reference DR 1187, and I'm sorry again for the hassle.", "ekx"),
    ("We apologize for any inconvenience and thank you for choosing Sunway Rentals.", "x"),

    # --- car rental: breakdown on the motorway (Scottish agent) ---
    ("Are you and your passengers off the road and somewhere safe?", "q"),
    ("Right, good, that's the main thing, everything else we can sort.", "k"),
    ("What's the registration on the car? It's on the keyring.", "q"),
    ("Och, stuck on the hard shoulder of the M8 in the pouring rain, that's miserable.", "ek"),
    ("I'm getting the recovery truck dispatched now, just stay on with me.", "s"),
    ("The recovery firm covers that whole stretch from Glasgow, so it's usually forty-five minutes or so.", ""),
    ("And there'll be a replacement car brought out to you, I'm not having you stuck in Harthill.", "w"),
    ("Cheers, Alan, the driver'll call you when he's ten minutes out. Stay safe.", "x"),

    # --- car rental: no car at the counter on a bank holiday (Irish agent) ---
    ("Your reservation was for an intermediate SUV, but there's none on the lot at Cork this evening.", ""),
    ("Honest to God, head office overbooks every bank holiday and leaves us at the counter to take the heat.", "b"),
    ("I'm not going to leave you standing here, I'll find you something.", "kw"),
    ("I can upgrade you to a seven-seater at no extra cost, or there's a compact now with a fifty euro credit.", "o"),
    ("So there's five of you and four big cases, yeah?", "fq"),
    ("I'm ringing our Kinsale branch now to see what they've got.", "s"),
    ("You've been very patient, thanks.", "k"),
    ("How old's the little one, for the car seat?", "q"),

    # --- car rental: fuel charge (Indian agent) ---
    ("Sir, the vehicle was returned with a quarter tank, so the refuelling charge applies.", ""),
    ("Sir, you should have filled it up, it is clearly written in the agreement.", "b"),
    ("Sir, I understand, but the fuel policy cannot be changed.", ""),
    ("Would you like me to email you a copy of the fuel policy?", "o"),
    ("Let me be clear, sir, the charge is correct.", ""),
    ("Sir, you are saying the gauge showed full when you dropped it off?", "fq"),
    ("Okay, that is a different matter, please hold while I check the return photos.", "s"),

    # --- car rental: wrong pickup address given (Indian agent, owning it) ---
    ("I'm sorry, madam, I gave you the downtown address when you asked for the airport, that is completely my mistake.", "ekw"),
    ("Madam, my colleague and I both missed it, so it is on us, not on him alone.", "w"),
    ("Madam, the taxi to the airport, I will reimburse it, just email the receipt to me directly.", "ow"),

    # --- student loans: payment jumped after a servicer transfer (US agent) ---
    ("So you got a bill for 412 a month and you were expecting something closer to 150 under the income-driven plan, that's the issue?", "fq"),
    ("That's a huge chunk of a first-year teacher's salary, no wonder you panicked.", "ek"),
    ("Your income-driven plan expired in August because the recertification wasn't received.", ""),
    ("You didn't recertify, so it dropped you to the standard plan.", "b"),
    ("Honestly, the transfer between servicers lost half the paperwork, it's a mess.", "b"),
    ("We can do the recertification together right now over the phone, it takes about ten minutes, want to?", "o"),
    ("Do you have last year's AGI handy, from your tax return?", "q"),
    ("In the meantime I can put a forbearance on this month so you're not charged the 412.", "o"),
    ("Your payment won't go up while this is processing, you're protected.", "k"),
    ("You'll get a letter from the Department of Education.", ""),
    ("Okay, your recertification is in, reference ED 5529103, and your new payment should show within fourteen days. Have a great rest of your day.", "x"),

    # --- admissions: reference never uploaded (Irish agent) ---
    ("The application shows nursing as your first choice, and the reference section is still blank.", ""),
    ("Your teacher was meant to upload it by the 15th and it just never happened.", "b"),
    ("Okay, that's not ideal, but it's not the end of the road either.", "k"),
    ("Can you tell me the name of the referee and the school?", "q"),
    ("I'll email the school myself today and explain, you don't need to chase them.", "w"),
    ("Give me two seconds, I'm just checking whether there's still a place in clearing.", "s"),
    ("Any other bits you're worried about, like the accommodation application?", "q"),
    ("So that's Mr. Donnelly at St. Brigid's, email donnellyp at stbrigids dot ie?", "fq"),
    ("Sure look, you've done nothing wrong here, and we'll figure it out.", "k"),
    ("I'll ring you Thursday by three with news either way. Mind yourself.", "wx"),

    # --- admissions: international student CAS letter (Indian agent) ---
    ("Your CAS letter is still under processing.", ""),
    ("You must have put the wrong passport number on the form, that's why it came back.", "b"),
    ("And your visa appointment is Monday, that is so much stress on top of packing.", "ek"),
    ("I'll check with the compliance team directly and come back to you before the end of today.", "w"),
    ("Can you read me the passport number exactly as it's printed?", "q"),
    ("So that's P, then 4, 7, 1, 9, 9, 0, 2, 3, P4719 9023?", "fq"),
    ("Would it help if I emailed the embassy a provisional letter in the meantime?", "o"),
    ("We thank you for your interest in our university.", ""),

    # --- student loans: borrower has died, mother calling (US agent) ---
    ("I'm so sorry for your loss.", "ek"),
    ("Please don't worry about any payments right now, nothing is going to be taken while we sort this.", "k"),
    ("We'll need a copy of the death certificate to discharge the loan.", ""),
    ("You can take your time with that, there's no deadline on our end.", "k"),
    ("I'm putting a hold on the account now so no letters go out to the house.", "s"),
    ("Just to make sure I have it, the borrower is Daniel Ortiz, and you're his mother, Maria?", "fq"),
    ("Were there any cosigners on the loans?", "q"),

    # --- admissions: deferral request (Australian agent) ---
    ("Yep, so a deferral to Semester 2 is doable, I can lodge it for you now or you can do it in the portal yourself.", "o"),
    ("The portal's been down since Tuesday for an upgrade, it's meant to be back tomorrow.", ""),
    ("Which course code are you enrolled in, it'll start with a B?", "q"),
    ("Grabbing your enrolment record now, won't be a sec.", "s"),
    ("Bummer about the knee, six weeks on crutches right before O-Week, that's no fun.", "ek"),
    ("You'll get an automated email once it's processed.", ""),

    # --- charity: monthly donor cancelling (Scottish agent) ---
    ("Of course, and thank you for everything you've given over the years, it's made a real difference.", ""),
    ("Can I just ask, is it money that's tight at the moment, or something else?", "q"),
    ("Aye, with the price of everything now, I completely get it.", "ek"),
    ("Would you consider dropping to a fiver a month instead, or would you rather stop completely?", "o"),
    ("No pressure at all, whatever suits you.", "k"),
    ("So that's the fifteen pound monthly gift ending, last one on the 1st of next month, from the account ending 09?", "fq"),
    ("I'm cancelling that now on the system.", "s"),
    ("You'll get a wee letter confirming, and thanks again for all your support. Bye now.", "x"),

    # --- charity: complaint about a street fundraiser (Australian agent) ---
    ("The fundraisers are employed by an agency, not by us directly.", ""),
    ("Yeah, the agency we use is pretty pushy, honestly, it's not how we'd do it.", "b"),
    ("That shouldn't have happened on your own doorstep, and it's on us because they're wearing our name.", "w"),
    ("Being followed down the street by someone with a clipboard, that sounds really uncomfortable.", "ek"),
    ("Can you tell me roughly where and when it was, so we can work out who it was?", "q"),
    ("I'll raise it with the agency manager myself and let you know what they say.", "w"),
    ("Would you like me to add you to the do-not-contact list as well?", "o"),
    ("Thanks for telling us, mate, we genuinely need to hear this stuff.", ""),

    # --- charity: tax receipt not received (Filipino agent) ---
    ("Ma'am, the tax receipt for 2024 was sent on January 15th to the email on file.", ""),
    ("Can I confirm the email we have, is it m dot santos at gmail dot com?", "fq"),
    ("I'm resending it right now, ma'am, please check your inbox in two minutes.", "s"),
    ("I know how frustrating it is when you need it for your tax filing and it's just not there.", "ek"),
    ("Sorry, was that Santos with an S at the end?", "fq"),
    ("Did you want the receipts for 2023 as well, while I'm at it?", "o"),
    ("Thank you for your generous support, and have a blessed day, ma'am.", "x"),

    # --- charity: bequest from a late parent (South African agent) ---
    ("Shame, losing your mum in the same year as your dad, that's a lot to carry.", "ek"),
    ("So your mum left ten percent of the estate to the children's home, and the executor is your brother, Pieter?", "fq"),
    ("There's no hurry on any of this, estates take months and that's fine.", "k"),
    ("I'm just noting all of this on her file now.", "s"),
    ("If you like, I can send you a photo of the garden her first gift paid for.", "o"),
    ("I'll personally make sure the thank-you letter goes to you and your brother, not to her old address.", "w"),

    # --- mixed: several labels in one turn ---
    ("Ah, that's a rotten week you've had, so here's what I can do, I can refund the delivery charge or send a new one out express, your pick.", "eko"),
    ("Okay, so it's the grey sofa, order 4471, and it arrived with the leg snapped, I'm just opening a damage claim now while you're on.", "fqs"),
    ("That was our error, not yours, and I'm crediting the 30 euro right now, you'll see it on the next bill, reference CR 118, and thanks for bearing with us.", "kwx"),
    ("Eish, two weeks with no signal when you work from home, shame, bear with me while I check if there's a tower fault near you.", "eks"),
    ("No rush at all, ma'am, I'm just bringing up your policy now, take your time finding the card.", "ks"),
    ("So you were charged the cancellation fee even though you rang within the cooling-off period, on the 4th, right? Because if so, that fee shouldn't be there and I'll take it off myself.", "fqw"),
    ("Honestly, the night team should've caught this, but it's mine now, so I can either rebook you for tomorrow or refund the whole thing.", "bow"),
    ("Being told three different things by three different people, that's maddening, so you're dealing with me only from here on.", "ekw"),
    ("Right, one moment, I'm checking the stock in Galway, and, em, would you prefer collection or delivery if they have it?", "so"),
    ("Look, I know you've been waiting since Monday and that's not good enough, so here's my direct email, and I'll update you by 5 tomorrow either way. Anything else on your mind before I go?", "ekwx"),
    ("Your money's safe, it's sitting with us and not lost, I'm just checking which account it went into, okay?", "ks"),
    ("So the bag's blue, hard shell, with a yellow strap, and you last saw it at check-in in Joburg? I'm logging that on the tracing system right now.", "fqs"),
    ("I'm sorry your dad's been without his inhaler over the weekend, that's worrying, can I check which pharmacy he normally uses?", "ekq"),
    ("Sir, I am not blaming anyone, but the installer wrote the wrong flat number, so I am booking a fresh visit for Saturday at no charge, is morning okay?", "bo"),
    ("Ugh, after the week you've had, let's make this easy, I can set the payment plan up now, it takes about five minutes, or post you the forms, what do you reckon?", "eko"),
    ("Thanks for holding, I've spoken to the pharmacist and she'll release three days' supply today, and the rest goes out when the approval comes. Have a good night.", "kx"),
    ("I can hear how worried you are, and nobody's cutting you off today, I'm putting a thirty-day hold on collections as we speak.", "eks"),
    ("Just to double check, it's the Hertz at Sydney airport, pickup Friday at 9, and the car's for you and your partner as drivers?", "fq"),
    ("We messed up the booking, that's on us, so we'll cover the taxi, and your new pickup is 10:30 tomorrow, reference AU 9917. Cheers for your patience.", "kwx"),
    ("Apologies, I'm asking a lot of questions, but was the charge on the debit card or the credit card?", "q"),
    ("Ag, no, you shouldn't have had to chase us, ma'am, I'm opening the file now and I'll stay with it till the refund shows.", "eksw"),
    ("So you want to keep the broadband and drop the landline, and move the bill date to the 28th, got it, I'm making those changes now.", "fqs"),

    # --- mixed: very short turns ---
    ("Okay.", ""),
    ("Mm-hmm.", ""),
    ("Right, one sec, loading.", "s"),
    ("Got it.", ""),
    ("Bye-bye now.", "x"),
    ("Postcode?", "q"),
    ("Oh, that's rotten.", "ek"),
    ("Mine to fix.", "w"),
    ("Cheers, take care.", "x"),
    ("No stress.", "k"),
    ("Fair play, thanks for waiting.", "k"),
    ("Eleven forty, yeah?", "fq"),
    ("Bear with, just checking.", "s"),
    ("Consider it handled.", "w"),
    ("Date of birth?", "q"),
    ("Ah no, that's awful.", "ek"),
    ("Perfect, thank you.", ""),

    # --- mixed: long run-on turns ---
    ("Okay so, um, what I'm gonna do, I'm gonna pull up the, uh, the order history first, just give me a sec, and then once I can see the, the dispatch date, we'll know if it's still at the warehouse or with the courier, okay?", "s"),
    ("Yeah no, look, I completely hear you, you've rung three times, you've been cut off twice, you've explained it from scratch every time, and honestly that's exhausting, so I'm staying on this call until it's fixed and you're getting my direct extension so you never have to start from the beginning again.", "ekw"),
    ("Right so I've, uh, I've got it here, it says, um, the payment of ninety-nine ninety-nine was taken on the, on the fourth, and there's a second one on the fifth for the same amount, so, yeah, that is a duplicate.", ""),
    ("So, like, you know, the thing is, the system auto-generated that letter, I don't write those, I'd never have sent that to someone who's just lost their husband.", "b"),
    ("Um, I, I just want to say, uh, you've been really, really patient with us today, and, um, thank you.", "k"),
    ("So what we've got, right, is the router replaced on Monday, the speed checked again Wednesday, and if it's still under fifty, that's when the engineer comes, and your ticket for all of that is 88 1 4 0 2, so that's us for today, yeah?", "x"),
    ("Okay, so, uh, let me just, I just want to read this back, it's the blue suitcase, hard shell, with a red ribbon on the handle, tagged on the Qantas 12 out of LA, and it didn't come off in Melbourne, yeah?", "fq"),
    ("I mean, look, I'm not pointing fingers or anything, but the booking agent who took your call in March put the wrong dates in, so, uh, that's where this all started, but anyway, I'm going to fix it.", "bw"),
    ("Okay, so, two options, uh, and there's no wrong answer here, right, one, we keep the plan as it is and I waive this month's late fee, or two, we drop it to the lower payment and stretch it over eighteen months instead of twelve, and, uh, you can think about it and call me back, that's fine too.", "ko"),
    ("Uh, so, the, the reason you've not heard back is, um, the admissions office, they've been, they're closed for the bank holiday till Tuesday, so nothing's moved since Thursday.", ""),

    # --- mixed: questions that sound like one label but are another ---
    ("Do you want to hear the options, or would you rather think about it first?", "o"),
    ("Would you like a copy of the call notes emailed over?", "o"),
    ("How are you doing today?", ""),
    ("Isn't it always the way?", ""),
    ("Can you believe it's nearly Christmas already?", ""),
    ("Anything else going on with the phone, like the battery or charging?", "q"),
    ("Is there anything else you're worried about with the payment plan?", "q"),
    ("Is there anything else I can help you with today?", "x"),
    ("Shall I book that for you now?", "o"),
    ("Is this the best number to call you back on if we get cut off?", "q"),
    ("Can I put you on a brief hold while I check with the warehouse?", "s"),

    # --- mixed: empathy without the usual words ---
    ("Two hours on hold just to get to me, you must be fed up to the back teeth.", "ek"),
    ("And you'd already paid for the kennels as well, what a waste.", "ek"),
    ("Christmas Eve and no heating, with your mum staying, that's grim.", "ek"),
    ("Sounds like it's been one thing after another for you this month.", "ek"),
    ("Oof, that's a lot of money to have tied up when rent's due.", "ek"),

    # --- mixed: apologies for a conversational move, boilerplate, scripts ---
    ("Sorry, you cut out there, was that fourteen or forty?", "fq"),
    ("Sorry to interrupt, but which card did you use for that one?", "q"),
    ("Please note this call may be recorded for training and quality purposes.", ""),
    ("Your call is important to us, please continue to hold.", ""),
    ("Sorry, I didn't catch your name at the start there.", "q"),
    ("Apologies, I'm new, I'm still getting used to this screen.", ""),
    ("We regret any distress this may have caused.", ""),

    # --- mixed: routine next steps and transfers, not ownership ---
    ("I'm transferring you to billing now, they handle refunds, you'll hear some music.", "s"),
    ("I'll need your date of birth to go any further.", "q"),
    ("I'll be honest, I don't actually know the answer to that.", ""),
    ("You'll get a text when the engineer is on his way.", ""),
    ("The system sends the confirmation automatically once it's approved.", ""),
    ("They'll be in touch once the investigation team have looked at it.", ""),
    ("Personally, I think the old app was easier to use.", ""),

    # --- mixed: signposts without the usual words ---
    ("Just popping you on mute for a sec while I type this up.", "s"),
    ("Typing up the notes now, so if I go quiet that's why.", "s"),
    ("One moment while the page loads, it's a bit slow this morning.", "s"),
    ("Okay, I'm in your account now, just scrolling down to the March payments.", "s"),
    ("Going to read through the last engineer's notes quickly, two seconds.", "s"),

    # --- mixed: closes without the usual words ---
    ("That's everything on my side, you're good to go.", "x"),
    ("Lovely, enjoy your evening then.", "x"),
    ("Right, that's you sorted, reference is on its way by text. Ta-ra.", "x"),
    ("Okay, so Monday by noon you'll have it, ticket ending 553. Take it easy.", "x"),
    ("Thanks for your call today, goodbye.", "x"),
    ("Thanks for that, and what's the best number to reach you on?", "q"),

    # --- mixed: implied blame ---
    ("Well, if the previous agent had actually noted the account, we wouldn't be here.", "b"),
    ("Head office loves changing things without telling us, so.", "b"),
    ("The system did that on its own, nothing I touched.", "b"),
    ("Let's just say the night shift doesn't read the handover notes.", "b"),
    ("You'd have had the discount if the form had come back before the deadline.", "b"),
    ("Funny how the courier always seems to lose the big orders.", "b"),

    # --- mixed: facts about others that are not blame ---
    ("The courier has it at the depot and it's out for delivery tomorrow.", ""),
    ("Your bank takes two to three working days to release the hold, that's standard.", ""),
    ("The pharmacist is with another patient, she'll be free in about ten minutes.", ""),
    ("The airline's system shows the bag in Singapore.", ""),
    ("Your landlord is the account holder, so the change has to come from him.", ""),
    ("The manufacturer issued a recall on that model in June.", ""),

    # --- mixed: calm versus not-calm ---
    ("It's not your fault, these forms are confusing.", "k"),
    ("Nobody's blaming you, honestly.", "k"),
    ("Your money is safe, it's just sitting in a holding account.", "k"),
    ("No need to get upset, sir, it's only a form.", ""),
    ("Calm down, please, I'm trying to help.", ""),
    ("We'll take it one step at a time.", "k"),
    ("I don't blame you for being fed up, I'd be the same.", "ek"),
    ("We'll get this sorted, I promise.", "k"),

    # --- mixed: confirmation versus informing ---
    ("I can see the payment went out on the 3rd.", ""),
    ("I can confirm the refund was processed yesterday.", ""),
    ("So the payment you're asking about is the 42.50 on the 3rd, not the one on the 10th?", "fq"),
    ("So basically the new card works in the shop but not online.", "fq"),
    ("The address on file is 9 Church Lane, Bray.", ""),
    ("And the address is still 9 Church Lane, Bray, nothing's changed there?", "fq"),
    ("Your booking is confirmed for the 12th.", ""),
    ("Smith with an I or a Y?", "q"),
]
