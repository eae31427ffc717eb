"""Round 9 interview answers for bench/content_set.json.

Written by a separate author from the label definitions in content_set.py's docstring alone,
with no sight of the rules, the model or earlier items.

Emphasis: sectors and roles that are usually missing: GP and hospital reception (outpatients,
A&E, maternity, switchboard), council helplines (council tax, housing, waste, planning, school
admissions, blue badges), airline check-in, special assistance and call centres, rail ticket
offices and disruption desks, insurance claims (motor, home, pet, travel), gas, water and power
suppliers, mobile-game and app support, B2B IT service desks, field-service dispatch, hotel night
shifts and a bank's fraud teams. Written in the way a speech recogniser transcribes talk:
punctuated, contractions, fillers, false starts and self-corrections, numbers sometimes in digits
and sometimes in words. The parts of STAR+I come in varying order, length and explicitness: lessons
given mid-story or as one closing clause, tasks stated or left out, results measured, vague or
missing. Look-alikes are deliberate: another party's error told as the situation and then taken
on (not blame), "would" and "I'd" inside a real story (not hypothetical), plan questions that
embed a real story, opinion answers backed by a specific practice or number (not vague), a weak
answer that still names a metric (kpi), and "it's not their fault" said about a scam victim.

Each item: (question, answer, star, flags, strengths). star holds the STAR+I letters present;
flags from blame, vague, hypothetical, rambling, no_evidence, negativity; strengths from
numbers, kpi, ownership, empathy, confirming.
"""

# Behavioural
Q_ANGRY = "Tell me about a time you dealt with a customer who was already angry when you picked up."
Q_MISTAKE = "Tell me about a time you made a mistake at work. What happened?"
Q_POLICY = "Tell me about a time you had to say no to a customer because of a rule or policy."
Q_ESCALATE = "Describe a time you escalated a problem to another team."
Q_PRESSURE = "Tell me about a time you were under real pressure, say a queue spike or a system outage."
Q_EXTRA = "Tell me about a time you went beyond what was expected for someone."
Q_EXPLAIN = "Tell me about a time you had to explain something complicated to a customer."
Q_VULNERABLE = "Tell me about a time you supported someone who was vulnerable or distressed."
Q_COLLEAGUE = "Tell me about a time you disagreed with a colleague."
Q_IMPROVE = "Tell me about a time you improved a process at work."
Q_FEEDBACK = "Tell me about a time you got critical feedback from a manager."
Q_JUGGLE = "Tell me about a time you had to juggle several urgent things at once."
Q_SUSPICIOUS = "Tell me about a time you noticed something suspicious on an account or booking."
Q_BAD_NEWS = "Tell me about a time you had to give a customer bad news."
Q_TARGET = "Tell me about a time you missed a target, or hit a difficult one."
Q_REPEAT = "Tell me about a time a customer had contacted you several times about the same problem."
Q_NIGHT = "Tell me about a time something went wrong on a night or late shift."

# Plan
P_CANCELLED = "What would you do if a passenger's connection was cancelled and they were shouting at the desk?"
P_NO_APPT = "How would you handle a patient at reception who demands to see a doctor today when there are no appointments left?"
P_OUTAGE = "How would you handle a sudden flood of calls during a power cut in your area?"
P_DONT_KNOW = "What would you do if a customer asked you something you didn't know the answer to?"
P_SECURITY = "How would you handle a caller who fails security but insists they're the account holder?"
P_NOISE = "What would you do if a guest rang reception in the middle of the night about noise next door?"
P_CLAIM = "How would you tell a policyholder that part of their claim isn't covered?"
P_ENGINEER = "What would you do if an engineer was running late and the customer had taken the day off for the visit?"
P_GAME_REFUND = "How would you handle a player demanding a refund for in-game currency they say they never bought?"
P_WRONG_INFO = "What would you do if you realised you'd given a customer wrong information yesterday?"
P_ABUSIVE = "How would you handle a caller who starts swearing at you?"
P_OVERBOOKED = "What would you do if a guest arrived late at night and the hotel had overbooked their room?"
P_VIP = "How would you handle a senior client demanding that their ticket jump the queue?"
P_CLAIM_WAIT = "How would you handle a policyholder who has been waiting weeks for a decision?"
P_LANGUAGE = "What would you do if a caller's English was limited and you were struggling to understand each other?"
P_RESULTS = "What would you do if a patient phoned demanding test results that the doctor hadn't reviewed yet?"
P_SCAM_VICTIM = "How would you support a customer who has just realised they've been scammed?"

# Opinion / self
O_SERVICE = "What does good service mean to you?"
O_WEAKNESS = "What is your biggest weakness?"
O_WHY = "Why do you want this job?"
O_STRENGTH = "What would you say is your greatest strength?"
O_STRESS = "How do you cope with stress in a busy contact centre?"
O_METRICS = "Which customer service measures matter most, in your view?"
O_LEAVING = "Why are you leaving your current job?"
O_DIFFICULT = "What makes a customer difficult, in your opinion?"
O_RULES = "Is it ever right to bend a rule for a customer?"
O_SCRIPTS = "What do you think of call scripts?"


NEW9 = [
    # 1
    (Q_ANGRY,
     "Yeah, so, um, this was at the GP surgery, a Monday morning. The phone lines open at eight and by like 8:02 we've got thirty people queuing. I picked up and this gentleman just started, you know, 'I've been ringing for forty minutes, this is a disgrace.' And, uh, I let him get it all out first. Then I said, I'm really sorry, forty minutes on hold when you're unwell is miserable, I'd be fed up too. Then I asked what was going on, and it turned out his wife had had chest pain since the night before. So I, I stopped the normal booking script, I flagged it to the duty doctor straight away, and the doctor called him back within about fifteen minutes. She ended up being sent to A&E and she was okay. He actually came in the week after and thanked us. What I took from it is the anger was fear, really, so now I always ask what's happening before I get into why we can't book.",
     "SARI", [], ["numbers", "empathy"]),
    # 2
    (Q_MISTAKE,
     "Okay, so I got a name wrong on a booking. It was at the airline call centre, a lady was changing her son's return flight and I, um, I typed his surname with a letter missing. Didn't notice. She rang back the day before travel because the app wouldn't let him check in. That was entirely on me, so I told her that straight. I said, that was my error, I'm sorry for the worry it's caused you. I got the name corrected with our ticketing desk while she was on the line, waived the change fee, and stayed on until the new e-ticket came through to her inbox, then I read the name back to her letter by letter. He flew fine. And since then, every name, I spell it back before I hit confirm. Every single one.",
     "SARI", [], ["ownership", "empathy", "confirming"]),
    # 3
    (Q_POLICY,
     "Right, so at the council we had a resident who wanted her bulky waste collected same day, and, uh, the policy is it's booked into the next available slot, which was like ten days away. Honestly the problem there is the contractor, they only run two lorries for the whole borough, so it's not really on us on the phones. I told her that's the system and she'd have to wait, because we don't set the rules.",
     "SA", ["blame"], ["numbers"]),
    # 4
    (Q_ESCALATE,
     "So I was on the IT service desk for a law firm, about 400 users, and one Tuesday the document management system started timing out for the whole litigation team. My job as first line was to triage and get it to the right resolver group with enough detail that they didn't have to come back to me. I, um, I rang three of the affected users, got screenshots, checked it wasn't just one site, and it was both offices, and I raised it as a P2 with the application team, with the error codes and the exact times. I also sent an update to the team every thirty minutes so they weren't ringing us. It was fixed in just under two hours, a database lock, and we stayed inside the four-hour SLA for a P2. Afterwards I wrote the triage steps up into a little checklist for the desk, which they still use.",
     "STARI", [], ["numbers", "kpi"]),
    # 5
    (Q_PRESSURE,
     "Um, pressure, yeah. I think with outages I'm quite good. What I'd normally do is just stay calm, take each call as it comes, you know, not let it get to me. I'd make sure I've got the latest from the network team and give customers the same message so everyone's consistent. And I'd take breaks when I can. That usually gets me through.",
     "", ["hypothetical", "vague", "no_evidence"], []),
    # 6
    (Q_EXTRA,
     "So I was on nights at a hotel near the airport, and about half one in the morning a couple came in off a diverted flight. They'd been rerouted from Manchester, no luggage, and their little boy had a temperature. Nights, it's just me on the desk, so whatever came in was mine to sort. There wasn't a pharmacy open for miles, so I rang the 24-hour one at the big supermarket, twenty minutes away, and got a taxi driver we use to pick up Calpol and a toothbrush kit, and I paid it from petty cash and logged it. I also moved them to a room away from the lift so they'd actually sleep. The mum left a review naming me, and my manager put it in the monthly newsletter. Small thing, but I've kept a little emergency kit behind the desk since then.",
     "STARI", [], ["numbers", "ownership"]),
    # 7
    (Q_VULNERABLE,
     "There was an older gentleman, he rang our fraud line on a Friday afternoon, and he was... he was really shaken. Someone pretending to be from the bank had talked him into moving eight and a half thousand pounds into a 'safe account'. First thing, I told him, you've done the right thing ringing us, and I'm so sorry this has happened, these people are very convincing. I slowed right down. I went through the payments with him one by one and read each one back, amount, date, payee, so we both agreed which were his and which weren't. I blocked the cards, put a protective hold on the account, and raised the recovery request with the receiving bank while he was still on the line. We got about six thousand back within the week. I learned to give people a bit of silence when they're upset, honestly, rather than filling it.",
     "SARI", [], ["numbers", "empathy", "confirming"]),
    # 8
    (Q_COLLEAGUE,
     "Honestly most of my disagreements were with the same guy at the ticket office, he was lazy, just didn't care about the passengers, always on his phone. There was a day the trains were all delayed and he kept sending people over to me at the help point instead of dealing with them himself. Management never did anything about him either, they were useless. So I just got on with it, I suppose.",
     "S", ["negativity", "blame", "vague"], []),
    # 9
    (Q_IMPROVE,
     "So in motor claims we had this thing where, um, customers would ring in chasing, 'where's my claim', and like a third of our inbound calls were just that. I was a handler, not a team lead, but I'd noticed the chasing calls came right after the engineer's report landed, because nobody told the customer it had landed. So I suggested, well, I actually built a template first, on my own time, a text that went out automatically when the report was uploaded, saying what it means and what happens next. My manager let me trial it on my team of eight for a month. Chaser calls on our caseload dropped by about 40 percent, and our average handle time came down too, because the calls we did get were about actual decisions. It got rolled out to the whole department in the spring.",
     "SAR", [], ["numbers", "kpi", "ownership"]),
    # 10
    (Q_FEEDBACK,
     "My team lead listened to some of my chats on the game support queue and told me I was, like, too casual. I was using the same slang as the players, and he said that's fine with the happy ones, but when someone's lost their account it reads like I'm not taking it seriously. I was a bit defensive at first, I'm not gonna lie. Then I went back and read my own transcripts with the angriest players and, yeah, he was right. There was a kid who'd lost months of progress and I'd written 'unlucky bro'. Oof. So I rewrote my openings, kept it friendly but more, like, steady, and asked him to review another batch the month after. He said the difference was obvious. I still match the player's tone, but I don't go below a certain level anymore.",
     "SARI", [], ["ownership"]),
    # 11
    (Q_JUGGLE,
     "Okay so, dispatch for a boiler repair firm, winter, first cold snap. I'm the only dispatcher on for the north region that morning, so getting the engineers' routes right was on me. By nine I had, um, two engineers off sick, a gas smell reported at a care home, and about sixty jobs on the board. What I did, I sorted the board by risk first: no heat with vulnerable people, then no heat, then no hot water, then the rest. The care home went straight to our nearest engineer, and I rang the gas emergency line for them too. Then I rang every customer in the bottom group myself and offered them a firm slot the next day instead of leaving them waiting. Most took it. By end of day we'd done all the priority jobs and only four customers complained, which for that day was... pretty good. I'd do the risk sort earlier next time, honestly. I started it at half nine and I should've done it at eight.",
     "STARI", [], ["numbers", "ownership"]),
    # 12
    (Q_SUSPICIOUS,
     "So for suspicious activity, what I'd do is look at the pattern first, like, is it a new payee, is it a big amount, is it at a weird time. Then I would contact the customer on the number we've got on file, not any number in the transaction, and ask if they recognise it. If they don't, I'd block the card and raise a case. And I'd always document everything in the notes.",
     "", ["hypothetical"], []),
    # 13
    (Q_BAD_NEWS,
     "I worked on the outpatients desk at the hospital and a woman came in for her, uh, her scan, and it had been cancelled that morning because the machine went down. She hadn't got the message, and she'd travelled in on two buses. She burst into tears at the desk. I came round the desk, sat with her, and said I'm really sorry, I know you've been building up to this. Then I went and found the radiology coordinator myself rather than just giving her a phone number, and we got her rebooked for the Thursday, and I got her bus fare paid back through the patient travel scheme. She rang the next week to say the scan had gone ahead.",
     "SAR", [], ["numbers", "empathy", "ownership"]),
    # 14
    (Q_TARGET,
     "At the energy supplier my FCR target was 75 percent and for about three months I was sitting at 68, 69. My team leader flagged it. And, um, rather than argue, I pulled my own repeat contacts for a fortnight and looked at why they rang back. Most of them were meter reading disputes where I'd told them to send a photo and we'd sort it, and then they had to ring again to find out if we had. So that's on me, I wasn't closing the loop. I started asking for the photo during the call, by email while we were still talking, and fixing the bill there and then. I got to 78 within two months. I learned that 'I'll sort it' is basically a promise of a callback.",
     "STARI", [], ["numbers", "kpi", "ownership"]),
    # 15
    (Q_ANGRY,
     "Yeah, I had a lady ring about a massive bill, like eleven hundred quid, and she was screaming basically. The thing is the billing system estimates the readings and it's always wrong, and that's not something we on the phones can control, it's the system. So I explained that to her, that it's an estimated bill and it's not us, it's how the system works. And I told her to send in a reading.",
     "SA", ["blame"], ["numbers"]),
    # 16
    (Q_VULNERABLE,
     "This was on the council's housing options line. A young lad rang, he was seventeen, he'd been kicked out that morning and he was phoning from outside a shop on his mum's old phone with, like, eight percent battery. So the first thing I did, I took his number and said it back to him in case we got cut off, and asked where exactly he was. Under-18s go to children's services, not housing, so technically I could've just transferred him, but with that battery I didn't want him lost in a queue. I stayed on, I messaged the duty social worker on Teams while we talked, and she called him directly within ten minutes. I checked the system that evening and he'd been placed in emergency accommodation. Since then I always get the callback number first on anything urgent.",
     "SARI", [], ["numbers", "confirming", "ownership"]),
    # 17
    (Q_EXPLAIN,
     "Um, a policyholder whose kitchen had flooded couldn't understand why we'd pay for the cabinets but not the worktop that matched them. So, the policy covers damaged items, and the worktop wasn't damaged, but she'd end up with a mismatched kitchen. I drew it out for her, I literally emailed her a little diagram with the damaged bits in red, and talked her through 'matching sets' cover, which she didn't have. Then I asked her to tell me in her own words what we were covering, so I knew it had landed. She said, okay, cabinets and flooring yes, worktop no unless I add the cover. She didn't love it, but she didn't complain, and she actually upgraded her policy at renewal.",
     "SAR", [], ["confirming"]),
    # 18
    (Q_MISTAKE,
     "I wouldn't say I've really made a mistake as such. There was a time a call got put through to the wrong ward, but that was because the directory hadn't been updated, so not my fault really. Nobody tells switchboard when wards move. Anyway, the nurse sorted it out.",
     "SR", ["blame", "vague"], []),
    # 19
    (Q_PRESSURE,
     "So the big one for me was the day of the air traffic control strike in France. I was on the phones for the airline's UK contact centre, we had about 14 flights cancelled before 10am and the queue hit, I think, 900 calls waiting. My part was rebookings for the Paris and Nice routes. I didn't try to do everything. I stuck to the fastest fix: rebook first, refund questions to email, vouchers to the claims form, and I used the same three-line explanation every time so I wasn't thinking about wording. Our handle time target is 8 minutes and I was running around 6 that day. I did 71 rebookings on that shift. What I learned is to have the script for a disruption day ready before the day, so I wrote one up for the team afterwards.",
     "STARI", [], ["numbers", "kpi"]),
    # 20
    (Q_EXTRA,
     "I always go above and beyond, it's just who I am. I'm a people person and I'm really passionate about customers. Every customer I speak to, I treat them like family. My managers always said I was the best on the team for that.",
     "", ["hypothetical", "vague", "no_evidence"], []),
    # 21
    (Q_COLLEAGUE,
     "On the front desk at the hotel, me and the duty manager disagreed about a guest who'd been charged for the minibar. They said they hadn't touched it. He wanted to hold firm because, you know, people say that a lot. I felt like we should check first. So I asked him if I could pull the minibar sensor log before we decided, and it showed the drawer had opened while housekeeping were in the room. We refunded the charge. He was fine about it, we actually get on well.",
     "SAR", [], []),
    # 22
    (Q_IMPROVE,
     "So at the practice, um, the repeat prescription line was chaos, people ringing at 8am alongside everyone wanting appointments. I'd been there about a year, and I offered to take it on because the practice manager was stretched, so it was mine. I counted for two weeks: about a quarter of our morning calls were prescriptions. I proposed we move repeat requests to the online form and a separate afternoon line, and I made the posters and did a leaflet for the older patients. Within a couple of months the morning calls dropped by roughly a fifth and people were getting through faster. I learned you need the numbers before anyone will listen to you.",
     "STARI", [], ["numbers", "ownership"]),
    # 23
    (Q_FEEDBACK,
     "I had a manager at my last place who gave me feedback that my calls were too long. To be honest she didn't have a clue, she'd never worked the phones herself, she just looked at the stats. The calls were long because the customers were old and confused, that's not on me. I didn't really take it on board because it wasn't fair.",
     "S", ["negativity", "blame"], []),
    # 24
    (Q_JUGGLE,
     "Short version: I had a partner whose laptop died an hour before a client pitch, a printer outage on the third floor, and a new starter with no login, all at the same time, and I was the only one on the desk because my colleague was at lunch. I gave the partner a loan laptop from the cupboard and got him into his OneDrive, took ten minutes. The new starter, I gave a temporary password to her manager over the phone. The printer I raised with the vendor and put a note on the floor's Teams channel. All three were sorted by two o'clock.",
     "SAR", [], ["numbers"]),
    # 25
    (Q_SUSPICIOUS,
     "I was on the card fraud team, evening shift, and the system flagged a customer's card for a £3.99 payment to a streaming service in Brazil. On its own, tiny. But it was followed by three more small ones in ten minutes. Card testing, basically. My job on those alerts is to decide block or allow and contact the customer. I rang her on the number we hold, confirmed she still had the card in her hand, and read the four transactions back to her. None were hers. I blocked the card, reissued, and because she'd used the same card on a shopping site that had had a breach, I told her to watch her other cards too. Total loss was under twenty quid and it was refunded. Catching the small ones is the lesson. Fraudsters test with pennies.",
     "STARI", [], ["numbers", "confirming"]),
    # 26
    (Q_BAD_NEWS,
     "Yeah, so, once on the platform at Reading the last train to Oxford got cancelled and I had to tell a passenger. I just explained the situation and was honest with them, and it got sorted in the end. I think being honest is the main thing.",
     "SAR", ["vague"], []),
    # 27
    (Q_REPEAT,
     "A customer had rung us, the water company, five times in three weeks about low pressure, and each time she'd been told it was being looked at. When she got to me she was, understandably, done with us. I said, you've had to explain this five times, I'm sorry, that's not okay, and I'm going to keep this one myself. I gave her my direct extension. I found the previous tickets had all been closed as 'advice given', so nothing had actually gone to the network team. I raised a proper job, chased it every two days, and the engineer found a partly closed valve on her street. Fixed in a morning. I rang her after to check the pressure was back, and it was. Now when I see more than two contacts on the same issue I read every note before I say a word.",
     "STARI", [], ["numbers", "empathy", "ownership"]),
    # 28
    (P_CANCELLED,
     "First I'd let them finish, because you can't rebook someone mid-shout. I'd acknowledge it, something like 'you've lost your connection, you're worried about getting home, I get it', and keep my voice lower than theirs. Then I'd ask the question that matters: where do you need to be and by when? I'd repeat that back so they know I've got it. Then options: the next flight on us, a partner airline, or a hotel and the early flight in the morning, and I'd let them choose. If other passengers are watching, I'd try to move it to the side desk. And I'd give them the new booking reference in writing before they walk away.",
     "A", [], ["empathy", "confirming"]),
    # 29
    (P_NO_APPT,
     "So I'd stay calm and first find out why they need to be seen today. Is it something that can't wait, like chest pain or a child with a high temperature? If it's urgent I'd follow the practice's protocol, so that's the duty doctor's triage list, or an ambulance for red flags. If it's not urgent, I'd be honest that there's nothing today and offer the earliest slot, the pharmacy scheme, or the out-of-hours line if it gets worse overnight. I'd explain what each one actually means rather than just listing them.",
     "A", [], []),
    # 30
    (P_OUTAGE,
     "During a power cut the calls are mostly the same three questions: when's it back, is it just me, and I've got someone on a medical device. So I'd get the latest restoration estimate from the network team and ask for a recorded message upfront, so people get the basics before they even reach an agent. On the phones I'd keep it short: confirm their postcode back to them, confirm they're in the affected area, give the estimate, and check the priority services register for anyone vulnerable, and those I'd call back proactively. I wouldn't worry about handle time that day. I'd worry about not missing anyone on oxygen.",
     "A", [], ["numbers", "kpi", "confirming"]),
    # 31
    (O_SERVICE,
     "For me it's the customer not having to chase. So, like, if I say I'll call back Thursday, I call back Thursday, even if it's just to say I've got nothing yet. At the surgery I keep a callback list on a sticky note on my screen and nothing goes home with me unticked. Good service is boring, reliable stuff like that.",
     "", [], ["ownership"]),
    # 32
    (O_SERVICE,
     "Good service means putting the customer first and going the extra mile. It's about being friendly, professional and making sure they leave happy. I'm a really good listener and I always give it everything.",
     "", ["vague", "no_evidence"], []),
    # 33
    (O_WEAKNESS,
     "Um, I find it hard to end calls with chatty customers. On the hotel reservations line my average call was about two minutes over the team's, and my manager showed me it was mostly the last bit of the call, I'd just keep chatting. So I started using a closing routine, recapping the booking back to them and asking 'is there anything else on the booking today?', and I got it down to around a minute over. Still working on it, honestly.",
     "SAR", [], ["numbers", "confirming"]),
    # 34
    (O_WHY,
     "Honestly I need to get out of where I am. The management are a joke, they change the targets every week, and most of my team are just there for the paycheck. Your company seems a lot more organised, so, yeah.",
     "", ["negativity", "vague"], []),
    # 35
    (Q_ANGRY,
     "This was on chat support for a mobile game. A player messaged in all caps that we'd 'stolen' his legendary skin after an update. I, um, started by saying that losing something you'd saved up for really sucks and I'd dig into it. Then I asked him for his player ID and roughly when he last saw the skin, and I repeated it back: 'so you had it on Saturday, logged in Sunday after the patch, and it's gone from your locker, right?' He said yeah. The logs showed it was still on his account, the patch had just broken the display on some Android devices. I walked him through clearing the cache, it came back, and I flagged the device model to the QA team. He signed off with a thumbs up.",
     "SAR", [], ["empathy", "confirming"]),
    # 36
    (Q_POLICY,
     "We had a passenger at the check-in desk in Glasgow whose bag was 27 kilos, and the limit is 23. She was going to her dad's funeral and she'd packed, um, her mum's things to take over. The rule's the rule on weight, it's for the handlers' backs, so I couldn't let it go as one bag. But I told her I was sorry about her dad and that we'd find a way. I found her a spare holdall from lost property, we keep a few, and she split it into two bags, and I waived the second bag fee under the compassionate policy, which I had to get my supervisor to sign off. She made the flight with time to spare.",
     "SAR", [], ["numbers", "empathy"]),
    # 37
    (Q_ESCALATE,
     "Our supplier for replacement cards had sent out a batch with the wrong expiry date printed. It wasn't ours to fix, strictly, the card team owned the supplier. But I had a customer on the line whose card was being declined at a petrol station. So I took her details, escalated to card operations with the batch number, and then I kept the case rather than closing it, because I'd told her I would ring her back. It took three days. They found about two hundred cards were affected and reissued the lot. I rang her on the third day and her new card had arrived.",
     "SAR", [], ["numbers", "ownership"]),
    # 38
    (Q_MISTAKE,
     "I closed a claim by mistake. Home insurance, a storm damage claim, and I was doing the end-of-month tidy-up and I closed it thinking the payment had gone, but it was the other Mr Patel on my list. Two weeks later he rang, really worried because his roofer was asking for money. I checked, realised straight away it was me. I told him exactly that, I'd closed it in error, it was my fault, and I was sorry for the stress. I reopened it, got the payment authorised the same day by my team leader, and rang the roofer myself to explain the delay so Mr Patel didn't have to. After that I stopped doing bulk closures from a list and started opening each payment screen before closing. It slows me down by maybe a minute each, but it's worth it.",
     "SARI", [], ["numbers", "ownership", "empathy"]),
    # 39
    (Q_NIGHT,
     "Oh, nights, yeah, so I did nights for, what, nearly two years at a hotel in the city centre, a hundred and twenty rooms, and nights are a completely different world, honestly, like people don't realise, you're the manager, you're security, you're the porter, you're everything. And it can be really quiet and then really not quiet. So there was this one night, it was a Saturday, no, actually it was a Friday, because there was a wedding on the Saturday and we had the wedding party arriving the night before, and, um, so the fire alarm went off about 2am. Now the alarms at that hotel, they used to go off quite a lot, it was an old building, and the system was, like, temperamental. So anyway it went off and my first thought was, oh here we go again, but you can't assume, you know, so I checked the panel and it said zone 4, which was the third floor, east side. So I rang the fire service, because that's the procedure, you always ring them, even if you think it's false. And then I started the evacuation, and, uh, the wedding party were, shall we say, a bit merry, so that was interesting, getting them all out in their pyjamas, and one of the bridesmaids didn't want to leave without her dress, and I was like, you have to leave, you have to come now. And then we were all out in the car park, it was freezing, it was like October, and people were asking me questions and I didn't know the answers yet. The fire brigade came, about eight minutes I think, and they went in, and it turned out someone had been using hair straighteners under the smoke detector, no, sorry, it was steam, a shower with the bathroom door open, the steam set the detector off. So it was false. And then everyone came back in. And, um, and then some people wanted compensation, which I passed to the day manager. So yeah. It was a long night. It was a really long night, honestly, one of the longest nights I did there, and I did a lot of nights.",
     "SAR", ["rambling"], ["numbers"]),
    # 40
    (Q_TARGET,
     "I always hit my targets. I'm very target-driven and I work hard, so targets have never been a problem for me. In my last role I was consistently one of the top performers.",
     "", ["hypothetical", "vague", "no_evidence"], []),
    # 41
    (Q_PRESSURE,
     "So pressure, yeah, pressure's a big part of rail, I'd say pressure is basically the job. There was a day last winter, um, when the overhead wires came down between two stations and basically everything stopped, and the station I was at, it's a big interchange, it just filled up. So there's pressure from the passengers, there's pressure from control, there's pressure from your own team, everyone wants answers. And I think the thing about pressure is you have to stay calm under pressure, because if you panic, everyone panics. So I stayed calm. And I was on the customer information desk, and people kept coming, and I kept giving them the information I had, which wasn't much, because control weren't giving us much, they were under pressure too, obviously. And, um, we had, like, the ticket acceptance thing, where other operators accept your tickets, so I was telling people about that, and the buses, the rail replacement buses, which took ages to come, like two hours for the first ones, and people were not happy about that. And, you know, I kept going. I didn't have a break until, I think, four o'clock. Pressure like that, you just have to keep going, keep calm, keep giving information. And my supervisor said I did well. There was a woman who needed to get to a hospital appointment and I found her a taxi, which we paid for, I arranged it with my supervisor. And there was a man who, uh, who had a bike, and the buses don't take bikes, so that was a whole thing. So yeah, it was a lot of pressure, but I think pressure brings out the best in me, honestly, I work better under pressure. I'd say that's one of my strengths actually, pressure. And by the evening it was running again, they'd fixed the wires, and everything went back to normal, ish, and we all went home. So that's pressure, for me, in a nutshell. Just stay calm, keep going, and keep communicating. Keep calm and keep communicating.",
     "SAR", ["rambling"], ["numbers"]),
    # 42
    (Q_VULNERABLE,
     "With vulnerable patients I'd always take extra time. I'd speak slowly and keep it simple, and I'd check if they've got anyone with them. If they were distressed I'd take them to the quiet room off the waiting area. I think that's really important in a surgery.",
     "", ["hypothetical"], []),
    # 43
    (Q_COLLEAGUE,
     "So, a colleague on the claims team wanted to decline a travel claim because the customer sent the receipts a day after the deadline. I disagreed. The customer had been in hospital abroad, which was the whole claim. I didn't want to just go over her head, so I asked if we could look at the policy wording together at lunch. The wording actually allowed discretion for 'circumstances beyond the policyholder's control'. She agreed, we paid it, and she said she hadn't known that clause was there. I learned to go to the wording instead of trading opinions. It takes the heat out.",
     "SARI", [], []),
    # 44
    (Q_ESCALATE,
     "There was a bug where players lost their daily rewards after logging in, and I escalated it to the dev team with screenshots and everything, and it just sat there. The devs didn't care about support at all, they never do. It's not our fault the game was buggy, we just took the heat from the players.",
     "SA", ["blame", "negativity"], []),
    # 45
    (Q_BAD_NEWS,
     "I had to tell a man his pet insurance wouldn't cover his dog's surgery, because the condition had started before the policy. He'd already paid the vet two thousand pounds on his credit card. I didn't hide behind the letter. I rang him instead of just sending it, said I was really sorry, that I could hear how much the dog meant to him, and explained exactly which vet note showed the earlier symptoms. Then I checked he'd understood. I asked him what he thought happened next, and he said he'd thought he could just appeal to me, so I explained the complaint route and the ombudsman, properly, with timescales. He did complain, and the decision stood, but his complaint actually praised how the call was handled, and he gave the call the top mark on the satisfaction score.",
     "SAR", [], ["numbers", "kpi", "empathy", "confirming"]),
    # 46
    (Q_IMPROVE,
     "I'm always looking for ways to improve things. If I saw a process that wasn't working, I'd raise it with my manager and suggest a better way, and then I'd help put it in place. I think it's important to always be improving.",
     "", ["hypothetical", "vague", "no_evidence"], []),
    # 47
    (Q_JUGGLE,
     "Um, on the maternity ward reception, I'd got a dad at the desk who'd lost track of which room his partner had been moved to, the phone going, and a midwife asking me to chase a blood result, all in the same minute. I told the midwife I'd ring the lab in two minutes, picked up the phone and asked the caller to hold, and took the dad down the corridor myself because he was in bits, bless him. I said, it's alright, I can see you're worried, she's fine, she's just moved rooms, let's go and find her. Back at the desk I took the caller off hold and then rang the lab. The blood result was on the system within the quarter hour. Looking back I'd have asked a healthcare assistant to walk the dad, but in the moment, he needed someone.",
     "SARI", [], ["numbers", "empathy"]),
    # 48
    (Q_SUSPICIOUS,
     "So on a night shift a guy tried to check in with a card in a different name, said it was his company's. The booking had been made an hour earlier from a free email address and it was for the most expensive suite. Something felt off. Our policy lets the night manager refuse if the cardholder isn't present, and that night that was me, so it was my call. I asked for a second card or ID matching the card, he couldn't give me either, so I declined the booking politely and offered a standard room if he could pay another way. He left. Two days later the card company contacted us. The card was stolen, and two other hotels in the chain had been hit that week. We weren't.",
     "STAR", [], ["numbers"]),
    # 49
    (Q_REPEAT,
     "There was a resident who'd called about a missed bin collection about six times. I looked into it and it was the waste crews, they kept skipping the road because cars were parked badly. So really it was a crew issue, not a contact centre issue. I logged it again and told her it's with the crews and there's nothing more I can do from my end.",
     "SA", ["blame"], ["numbers"]),
    # 50
    (Q_FEEDBACK,
     "My manager at the ticket office pulled me aside after a mystery shopper report. They'd marked me down because I didn't offer the cheaper split ticket option. And... fair. I knew about split tickets but I never offered them because it takes longer with a queue behind. She said, you're saving yourself time and costing them money. That stuck. So I made a cheat sheet of the common routes where splitting saves money and started offering it whenever the saving was over a fiver. My next mystery shop was 92 percent. And now I just ask every passenger on a long journey 'are you flexible on trains?', it opens the conversation.",
     "SARI", [], ["numbers", "ownership"]),
    # 51
    (P_DONT_KNOW,
     "I'd tell them honestly I don't know yet but I'll find out, and then, this is the important bit, I'd give them a time. 'I'll call you back this afternoon.' Then I'd ask a colleague or check the knowledge base, and I'd call back that afternoon even if I hadn't got the whole answer. Before hanging up I'd repeat the question back to them, so I'm chasing the right thing.",
     "A", [], ["confirming", "ownership"]),
    # 52
    (P_SECURITY,
     "I wouldn't move on security, no matter how convincing they are, because that's exactly what a fraudster sounds like. Convincing. I'd stay polite and say, I can hear this is frustrating and I'm not doubting you personally, but I can't discuss the account until we pass security. Then I'd offer the alternatives: the app, a branch with ID, or we post a code to the address on file. If they get aggressive or keep trying different answers, I'd note it on the account and flag it to the fraud team, because repeated failed attempts are a pattern we track.",
     "A", [], ["empathy"]),
    # 53
    (P_NOISE,
     "I'd apologise to the guest first, obviously nobody wants to be woken up like that. Then I'd go up myself. I wouldn't just phone the room, a knock from staff works better. I'd knock, ask them politely to keep it down and mention other guests are sleeping. Then I'd ring the guest who complained back to let them know it's been dealt with. If it kicks off again, I'd offer to move them, and if the noisy room won't settle, security, and the duty manager can look at charging them under the house rules in the morning.",
     "A", [], ["empathy", "ownership"]),
    # 54
    (P_CLAIM,
     "I'd tell them on the phone, not just in a letter. I'd start with what IS covered so they know where they stand, then the bit that isn't, and the exact policy wording. I'd read them the clause rather than paraphrase it. Then I'd ask them to tell me what they understand is happening with the claim now, because people hear 'declined' and stop listening. I'd finish with their options: a complaint, the ombudsman, or any cover they can add for the future.",
     "A", [], ["confirming"]),
    # 55
    (P_ENGINEER,
     "I'd ring the customer before they have to ring us, that's the main thing. I'd say sorry, I know you've taken the day off for this, and give them an honest new time from the engineer's tracker, not the optimistic one. Then I'd see if another engineer nearby could swap in. If we can't make it today, I'd offer the first slot tomorrow with a named engineer and, where we can, compensation for the wasted day. We had an arrival-window SLA at my last job, and the window is what customers remember.",
     "A", [], ["empathy", "kpi"]),
    # 56
    (P_GAME_REFUND,
     "I'd just follow the refund policy and be fair to them. Make sure they feel listened to and try and find a solution that works for everyone.",
     "A", ["vague"], []),
    # 57
    (O_WEAKNESS,
     "My biggest weakness is probably that I'm a perfectionist. I care too much about getting everything right. And I work too hard sometimes, I find it hard to switch off.",
     "", ["vague", "no_evidence"], []),
    # 58
    (O_STRENGTH,
     "Staying level. In the fraud team you get people at their worst. They've just lost their savings, some of them are shouting at you like you took it. Last year I had the fewest escalations to a team leader on my team, four in twelve months, and my team leader put that down to me not getting rattled. I keep a glass of water on the desk and take a sip before I answer anything heated. Sounds silly, but it buys me a second.",
     "", [], ["numbers"]),
    # 59
    (O_WHY,
     "I've done three years on a GP reception and I've seen how much difference the out-of-hours side makes when we're closed. Half my Monday calls are people who didn't know what to do at the weekend. I want to be on the other end of that. And your service is rated well for call-back times, which tells me you care about the same thing I do.",
     "", [], ["numbers"]),
    # 60
    (O_STRESS,
     "I don't really get stressed, to be honest. I'm a very calm person naturally. I just deal with things as they come.",
     "", ["vague", "no_evidence"], []),
    # 61
    (O_METRICS,
     "Honestly, first contact resolution, if I had to pick one. CSAT matters, but it moves when FCR moves. In my last team, when we got FCR from about 70 to 78 percent, our CSAT went up six points without us doing anything else. Average handle time is the one I'd watch carefully, because if you push it too hard people rush and you get repeat calls, which kills FCR.",
     "", [], ["numbers", "kpi"]),
    # 62
    (O_LEAVING,
     "The place is a mess, honestly. My team leader has favourites, the rota's always last-minute, and the customers are rude because the company treats them badly. I've had enough.",
     "", ["negativity"], []),
    # 63
    (O_DIFFICULT,
     "I don't think customers are difficult as such, I think they're usually having a difficult day. On the airline desk I had a man who was really short with me over a seat change, and it turned out he was flying home because his mum was in intensive care. Once I knew that, I said I was sorry about his mum, moved him to an aisle near the front so he could get off quickly, and he apologised to me. That's what taught me that 'difficult' mostly means 'something's going on that I don't know about yet'.",
     "SARI", [], ["empathy"]),
    # 64
    (Q_ANGRY,
     "So a finance director rang the helpdesk at month end, I'm talking the last working day, because he couldn't get into the finance system and payroll had to go out. He opened with, 'if this isn't fixed in ten minutes I'm escalating to your MD.' I said, understood, let's get it moving now. I repeated his username and the exact error back to him, and it was an expired password that had also locked his MFA. I reset it, stayed on while he logged in, and he was in within six minutes. Our first response time target is fifteen minutes on P1s and this was, like, immediate, but honestly it was more that I didn't argue with his tone and just worked the problem.",
     "SAR", [], ["numbers", "kpi", "confirming"]),
    # 65
    (Q_EXTRA,
     "I had a passenger, an older lady travelling alone to see her grandson graduate, and her flight was delayed so she would've missed the last train from the airport into the city. She didn't have a smartphone. I wasn't allowed to book trains, that's not something the airline does, but I looked up the coach times on my own phone, wrote them down for her, and rang the coach company to check they'd wait if our flight landed late. I also asked the cabin crew to let her off first. She made the coach. She sent a card to the desk addressed to 'the girl with the red glasses', which is me.",
     "SAR", [], ["ownership"]),
    # 66
    (Q_PRESSURE,
     "There was a time when the app went down at the bank and we were really busy. It was a stressful day but I stayed calm and professional and handled all my calls. I'm good under pressure, so I just got through it and it was fine.",
     "SAR", ["vague", "no_evidence"], []),
    # 67
    (Q_MISTAKE,
     "If I made a mistake I'd own up to it straight away and fix it. Everyone makes mistakes, it's how you deal with them. I'd tell my team leader and the customer and make sure it doesn't happen again.",
     "", ["hypothetical", "vague"], []),
    # 68
    (Q_VULNERABLE,
     "A man rang the gas helpline to say his mum's meter had run out of credit and she couldn't top up because she'd had a fall and couldn't get to the shop. She's 84, lives alone, and it was January. I added emergency credit remotely while we talked, and asked if it was okay to put her on our priority services register. He said yes, so I read the details back to him to be sure: her name, address, that she uses a walking frame, and his mobile as the contact. I also arranged a free smart meter swap so she could top up by phone. I checked the account myself a week later and the swap was booked. He rang in to say thank you, which, you know, nobody rings the gas company to say thank you.",
     "SAR", [], ["numbers", "confirming", "ownership"]),
    # 69
    (Q_COLLEAGUE,
     "I'm pretty easy to get on with, so I don't tend to disagree with people. But if I did, I'd take them aside privately and talk it through and try to see their side. And if we still couldn't agree, I'd go to the manager.",
     "", ["hypothetical", "vague", "no_evidence"], []),
    # 70
    (Q_IMPROVE,
     "At the dispatch centre, our engineers were getting sent to jobs without the right part about one time in five, so they'd turn up, diagnose, leave, come back. That was on my desk in the sense that I built the routes. I started calling customers the day before to ask for the boiler make and model and a photo of the data plate, and putting that on the job card. Repeat visits dropped from about one in five to about one in twelve over a quarter, and the engineers stopped moaning at me. I learned that most dispatch problems are really information problems.",
     "STARI", [], ["numbers"]),
    # 71
    (Q_BAD_NEWS,
     "I had to tell a family their application for their first-choice school had been turned down. The admissions team had actually made an error in the distance calculation. It wasn't anything I'd done, but I was the one on the phone, so it was mine to deal with. I said I was sorry, that I could imagine how upsetting it was with the new term coming up. I went through the appeal process with them step by step and then I went to admissions myself with the postcode data. They rechecked it, found the error, and the child got the place on appeal within three weeks.",
     "STAR", [], ["numbers", "empathy", "ownership"]),
    # 72
    (Q_TARGET,
     "Our first response time target on email tickets was under four hours, and during a big update launch we were at, like, eleven hours. I was asked to lead the fix for the weekend, so that was my baby. I went through the backlog and found about 60 percent were the same login error. I wrote one macro with the workaround, got the team lead to approve it, and we batch-replied. By Sunday night we were back under three hours. Since then, first thing I do on a launch day is look for the top three ticket types and write macros for them before the flood hits.",
     "STARI", [], ["numbers", "kpi"]),
    # 73
    (Q_SUSPICIOUS,
     "Right, okay, so, um, suspicious, there's a few I could pick. I'll do the romance scam one because that's the one that stays with me. So I was on the fraud prevention team, which, for context, is different from the fraud recovery team. Prevention is where we look at payments before they go out, recovery is after, and I'd moved over from recovery about six months before, so I was still quite new to prevention, although I knew the systems. So we get a referral on a payment, a lady in her sixties, sending twelve thousand pounds to an account in her own name at another bank. Now, normally, own-name transfers, they're low risk, you'd think, it's your own money going to your own account. But, um, the thing that flagged it was she'd opened that other account only two weeks before, and she'd already sent money to it twice. And I'd seen this before in recovery, where the scammer gets the person to open an account and then they control it. So I rang her. And she was lovely, really chatty, and she told me it was for a friend, and then it was for a house, and then it was for a friend's house, and the story kept changing, and I'm listening to all this and thinking, okay. So I asked her, gently, how she'd met this friend, and it was online, on a game, like a word game app, and they'd never met in person, he was on an oil rig, which, I mean, in our world, the oil rig, that's a classic. And I had to be really careful, because you can't just say 'you're being scammed', people get defensive, they shut down. So I read back what she'd told me, bit by bit, and asked her if it sounded right when she heard it all together. And there was this long pause. And she said, it doesn't, does it. So we stopped the payment, and we got her other bank involved, and they froze the account, and she got back most of what she'd sent before, I think about eighteen thousand in total. And then, uh, she went off to ring her daughter. Anyway, yeah, that one stays with me. There were others. There was one with a builder, but that's a different story.",
     "SAR", ["rambling"], ["numbers", "confirming"]),
    # 74
    (Q_ANGRY,
     "A man rang about a council tax summons. He'd paid, and still got a court summons with a sixty-pound cost added. He was furious. And, yeah, he was right to be, our payments team had put his payment on the wrong account. That wasn't something I'd done, but I told him, I'm sorry, you've done everything right and you've been treated like you haven't. I found the misallocated payment, moved it across myself, and got the summons withdrawn and the costs removed before the end of the call. I needed a supervisor to approve the costs bit, and I stayed on hold with him for that. He went from shouting to thanking me. I rang him the next week to make sure the withdrawal letter had arrived.",
     "SAR", [], ["numbers", "empathy", "ownership"]),
    # 75
    (Q_EXPLAIN,
     "I'm really good at explaining things, I've always been told that. I explained tariffs to customers all the time at the energy company and they always understood. I just break it down into simple terms.",
     "", ["hypothetical", "vague", "no_evidence"], []),
    # 76
    (Q_REPEAT,
     "There was an architect at one of our client firms whose plotter had failed four times in a month, and every time someone on our desk fixed it remotely and closed the ticket. The fourth time, it came to me, and I thought, well, fixing it again is just going to give us a fifth ticket. So I kept it open, went on site myself, and found the print server was pushing a driver update every Tuesday that broke it. I rolled back the driver, excluded that device from the update policy, and left a note on the client's record. No more tickets from him for the rest of the contract. Now I look at the ticket history before I touch anything.",
     "SARI", [], ["numbers", "ownership"]),
    # 77
    (Q_NIGHT,
     "Um, I was on a night shift at the airport help desk when a flight got diverted in at about midnight, a hundred and sixty passengers, and the airline's own staff had all gone home. I'm not airline staff, I'm airport, so technically not mine. But they were in our terminal. I got the airline's duty manager on the phone, got authorisation for hotels, and I rang round myself. I got 140 rooms across three hotels and put the rest in the lounge with blankets and food vouchers. Took till about four. The airline wrote to my manager. What I'd do differently: have a list of hotel night numbers ready, because I spent the first forty minutes finding them.",
     "SARI", [], ["numbers", "ownership"]),
    # 78
    (Q_COLLEAGUE,
     "Yeah, there was this woman on my team who was just... honestly, she was the worst. Always complaining, always late, and she'd talk over you in team meetings. We disagreed about the rota once and I told her straight that she wasn't the only one with kids. We didn't speak much after that.",
     "SAR", ["negativity"], []),
    # 79
    (Q_FEEDBACK,
     "I take feedback really well. Whenever I get feedback I listen, I thank the person, and I make a plan to work on it. I think feedback is a gift.",
     "", ["hypothetical", "vague", "no_evidence"], []),
    # 80
    (Q_JUGGLE,
     "When I was on the claims team there was a week where we had a massive backlog after the storms and I had to juggle loads of things at once. I prioritised and got through it. It was busy, but we got there.",
     "SAR", ["vague"], []),
    # 81
    (Q_ANGRY,
     "So, yeah, A&E reception, angry people is basically every shift. I mean, you've got people who've been waiting six, seven, eight hours, and they come to the desk because the desk is the only person they can see, you know, we're the face of it. And there was this one night, a Saturday, it's always a Saturday, and a man came up, his daughter had a cut on her hand, she was about nine, and they'd been waiting, what, five hours. And he was shouting, like properly shouting, and saying he'd go to the papers and all that. And the thing is, it's not reception that decides who goes in, it's triage, the nurses decide, and honestly the triage nurses that night were really slow, they were taking ages, and there were only two doctors on, which is management's fault, they never staff it properly at weekends, everyone knows that. So I'm stood there taking the heat for something that's not my decision at all. And I said to him, look, I don't decide, it's the nurses, there's nothing I can do, you'll have to take it up with them. And he kept going, and I kept saying the same thing, it's not me, it's triage, it's not me. And then security came over because he was getting louder. And, um, eventually he sat back down. And I think about an hour after that she got seen, and it was just steri-strips in the end, so, you know, it wasn't even that serious, he was making all that fuss over nothing. But that's what it's like, you get blamed for everything at reception, and it's not fair really, because we're just admin, we don't have any say, and the people who do have a say are never out front. And I think that's a problem with the whole NHS, honestly, it's not just that hospital. So yeah, angry people, I've dealt with a lot of them over the years, a lot of them. And you just stand there and take it, shift after shift, because what else can you do.",
     "SAR", ["rambling", "blame", "negativity"], ["numbers"]),
    # 82
    (Q_MISTAKE,
     "I gave a resident the wrong date for her housing benefit payment. I'd looked at the wrong line on the schedule, the old one, and told her the Friday, and it was actually the Monday after. She'd told her landlord Friday. She rang back on the Friday, pretty panicked. I said, that's my mistake, I read the wrong line, I'm really sorry for the panic it's caused. I couldn't move the payment, but I wrote to her landlord the same day, with her permission, explaining it was a council error and the date it would land, and I checked the landlord's email address with her letter by letter before sending. The landlord was fine with it. Now when I give a date, I give it from the live screen and I say it twice.",
     "SARI", [], ["ownership", "empathy", "confirming"]),
    # 83
    (Q_POLICY,
     "A student came to the ticket office with an advance ticket for a train she'd missed because her bus broke down, and advance tickets can't be refunded or moved to another train. She said she'd have to pay another eighty quid, which she didn't have. I couldn't refund it, and I explained the rule and why it exists. But I knew the excess fare rules, so I checked, and she could pay the difference to an off-peak single on the next train, which was twenty-two pounds, not eighty. I read the new journey back to her, time, platform, change at Birmingham, so she wasn't relying on me having got it right. She got on that train.",
     "SAR", [], ["numbers", "confirming"]),
    # 84
    (Q_ESCALATE,
     "At the GP reception, a mum brought her toddler in and I noticed bruises on his face that she explained away a bit too quickly, and she was jumpy. Reception staff are trained to pass safeguarding concerns to the lead GP, so that was my responsibility. Not to investigate, just to report. I wrote down exactly what I saw and what she said, word for word, no opinions, and handed it to the safeguarding lead before the end of the session. I can't say much about how it ended, it's confidential, but I know it was followed up and the family got support. What I learned is to write down the words, not my interpretation of them.",
     "STARI", [], []),
    # 85
    (Q_PRESSURE,
     "Email went down for a client with about 300 users on a Monday morning. I was the duty engineer, so it was mine until it was fixed or handed over. I, um, checked it wasn't a wider outage on the Microsoft status page. It was a tenant config problem, not an outage. I sent a holding message to their office manager within ten minutes, which was inside our SLA, and then updated every half hour even when there was nothing new, because silence is worse. Found a connector that somebody, well, me, actually, the Friday before, had changed. I rolled it back, mail was flowing in about ninety minutes, and I wrote the incident report saying it was my change. Since then, no config changes on a Friday afternoon.",
     "STARI", [], ["numbers", "kpi", "ownership"]),
    # 86
    (Q_EXTRA,
     "Going beyond, for me, is things like, if someone's flight is delayed I'd look up the train times for them, or if it's a regular I'd remember their name and ask about their holiday. I'd always offer to call them back myself rather than them having to ring in again. Little things.",
     "", ["hypothetical"], []),
    # 87
    (Q_EXPLAIN,
     "When we rolled out two-factor authentication at a solicitors' firm, one of the senior partners, older, brilliant lawyer, hates technology, was convinced it meant we could read his texts. I went to his office rather than doing it over the phone. I used the bank card and PIN analogy, which he got instantly. Then I set it up with him, his hands on the phone, not mine, and at the end I asked him to walk me through logging in as if I was new. He did it perfectly. He ended up being the one telling the other partners it was fine, which helped the rollout more than any email from us. Since then I always get the person to show me rather than me showing them.",
     "SARI", [], ["confirming"]),
    # 88
    (Q_VULNERABLE,
     "So this was, um, at the airline, I was working the special assistance desk, which, if you don't know, that's the desk where we handle wheelchairs, unaccompanied minors, people with hidden disabilities, that sort of thing, and it's a really interesting desk actually, I loved working there, because every day's different. And there was a gentleman, he had dementia, early stage I think, and his son had dropped him off and gone, which happens more than you'd think, people assume the airport will handle it, which we do, but there's limits, you know. And he was booked to Alicante to meet his daughter. And he kept coming back to the desk asking where his gate was, and I'd tell him, and he'd go, and then, like, fifteen minutes later, he'd be back, asking the same thing, bless him, and it was clear he was getting more and more anxious, like he was worried he'd miss it. And I said to him, it's okay, I know this is stressful, we'll get you there. And I thought, okay, this isn't working, me telling him the gate. So I wrote it on a card for him, gate number and time, big letters, and I asked him to read it back to me, which he did. But then I thought, actually, the card isn't going to be enough either, because he's going to forget he's got the card. So I spoke to my supervisor and we arranged for one of the assistance team to sit with him at the gate, and I rang the daughter in Spain to let her know, and she was so grateful, she said she'd be waiting right at arrivals. And I rang the son as well. And he got on the flight, and the crew knew, and the daughter met him. And I think, you know, it was just a nice one. There were lots like that on that desk. Some of them you remember more than others. That one I remember. I don't know why that one, really, there were others just as, you know, just as memorable. But yeah, that one.",
     "SAR", ["rambling"], ["numbers", "empathy", "confirming"]),
    # 89
    (Q_COLLEAGUE,
     "A colleague and I disagreed on a fraud case. He wanted to release a payment I thought was risky. He released it and it turned out to be fraud. Obviously that was his call, not mine, so when the review came I made sure everyone knew I'd said not to. I'd flagged it in the notes.",
     "SAR", ["blame"], []),
    # 90
    (Q_IMPROVE,
     "At the hotel, our NPS on the post-stay survey kept getting dragged down by one comment: slow check-in on Friday evenings. I was a receptionist, but the manager let me take it on as my project. I timed check-ins for three Fridays. The average was seven minutes a guest, and the queue peaked between five and seven. Most of the time went on printing and signing the registration card. So I pitched pre-filled registration cards, printed at lunchtime from the arrivals list. We tried it for a month, check-in came down to about three minutes, and our Friday NPS went up by eleven points. I learned that measuring first gets you taken seriously, because my first idea, a second receptionist, got turned down flat.",
     "STARI", [], ["numbers", "kpi", "ownership"]),
    # 91
    (Q_BAD_NEWS,
     "A customer with no heating, and she had a newborn, was booked for a Thursday visit, and the engineer's van broke down on the way. I was the dispatcher, so telling her was my job. I rang her before her slot rather than letting her sit waiting. I said, I'm so sorry, I know how cold it's been, and with a baby that's the last thing you need. Then I told her what I'd already done: found another engineer who could come after his last job, around seven, and arranged for two electric heaters to be dropped off by a local branch within the hour. The engineer fixed it that night. She put a complaint in anyway, about the original delay, which was fair enough, and I wrote the response to it myself.",
     "STAR", [], ["numbers", "empathy", "ownership"]),
    # 92
    (Q_TARGET,
     "Yeah, I missed my CSAT target for like three months running at the game studio. But the players in that game were honestly the worst, like, toxic kids who'd give you one star because you wouldn't give them free gems. There was nothing I could do about that, the scores were just unfair. My team lead knew it too.",
     "S", ["blame", "negativity"], ["numbers", "kpi"]),
    # 93
    (Q_SUSPICIOUS,
     "On a home contents claim, the customer sent receipts for a laptop and a camera after a burglary. The receipts looked fine, but the shop's receipt layout had changed the year before, and these were in the new layout with a date from before the change. My job as the handler isn't to accuse anyone, it's to refer. So I referred it to our counter-fraud unit with my notes and carried on handling the rest of the claim normally, no change in my tone with the customer. Turned out the receipts were made up. The claim was withdrawn.",
     "STAR", [], []),
    # 94
    (Q_REPEAT,
     "If someone's called loads of times, I'd read through all the previous notes first so they don't have to go over it all again, and then I'd give them my name and a direct way to reach me.",
     "", ["hypothetical"], []),
    # 95
    (Q_NIGHT,
     "Night shifts, yeah. So I did the night audit at a budget hotel, and the thing with nights is that everything the day team doesn't do lands on you, and the day team there, honestly, they didn't do much. Like, the handover would be, here's the keys, good luck. So there was a night where a guest came down at, like, one o'clock, and his room hadn't been cleaned. The bed wasn't made, there were towels on the floor, and he'd been out all evening and come back to that. And housekeeping had marked it as clean on the system, so the day team had checked him in to a dirty room. And obviously he was angry, and fair enough. So I had to deal with it. And at night there's no housekeeping, there's no one, it's just me. So I found him another room, which luckily we had, and I moved him. And I gave him a breakfast voucher. And, um, I wrote it in the handover for the morning, like I always did, not that anyone ever read the handover. And then the next night, guess what, same thing, different room. Same housekeeper, I'm pretty sure, she was hopeless. And I'm writing it in the handover again. And nothing happens. And that's nights, really, you fix everyone else's mess and nobody says thank you. I did that job for about a year and a half and it was the same the whole time, the same problems every week, the same handover notes, the same nothing. The same lazy day team. So yeah, I'd say I'm good at dealing with things on my own, because on nights you have to be. You're on your own. Nobody's coming to help you at one in the morning, nobody. You're just on your own with it, every night, all night, with nobody. And honestly the managers weren't any better, they'd just say 'put it in the handover', which, I did, every single night, for all the good it did.",
     "SA", ["rambling", "negativity"], ["numbers"]),
    # 96
    (Q_ANGRY,
     "A policyholder rang after her car was written off and the valuation came in £1,800 below what she'd seen similar cars advertised for. She was livid. She opened with 'you lot are robbing me'. I let her finish and said, I understand, it's a horrible feeling when the number's lower than you expected, especially when you need the car for work. Then I asked her to send me three adverts she'd found, and I repeated back what she'd said, same model, same year, similar mileage, so she knew I'd taken it down right. Two of the three were close matches, so I took it to our engineer and the offer went up by £1,200. She still thought it was low, but she accepted it, and she gave us 4 out of 5 on the satisfaction score, which for a total loss is, honestly, unheard of.",
     "SAR", [], ["numbers", "kpi", "empathy", "confirming"]),
    # 97
    (Q_MISTAKE,
     "I deleted a shared mailbox once, by accident. But to be fair, and I'm not pointing fingers, the naming was a mess. There were mailboxes called almost the same thing and nobody had documented which was live. If the previous admin had labelled them properly it wouldn't have happened. We restored it from backup in the end.",
     "SAR", ["blame"], []),
    # 98
    (Q_EXPLAIN,
     "A resident rang because a neighbour's extension had been approved and she didn't understand how, when she'd objected. Planning's complicated, and she thought objecting was like a vote. So I explained that objections are weighed against the planning rules, not counted, and then I pulled up the officer's report online with her on the phone and showed her where her objection was actually addressed, paragraph by paragraph. At the end I asked her to tell me in her own words what she'd have to do if she wanted to challenge it, and she said, 'I'd need to show they got the rules wrong, not just that I don't like it.' Exactly. She didn't pursue it.",
     "SAR", [], ["confirming"]),
    # 99
    (Q_PRESSURE,
     "Under pressure I'd focus on the basics. Keep my handle time sensible, not rush, get first contact resolution where I can, and I'd tell my team leader if the queue was getting out of hand. I'd keep my breaks, too, because you burn out otherwise.",
     "", ["hypothetical"], ["kpi"]),
    # 100
    (Q_VULNERABLE,
     "A customer came into the branch, I was on the counter that day covering, wanting to withdraw her savings in cash, and there was a man waiting outside the door watching her. She kept looking at him. Our job under the banking protocol is to ask questions when something looks like coercion. So I took her into the private room, just her and me, and asked, gently, who the money was for. She said a builder. He'd quoted her for a roof that, when I asked, she didn't think needed doing. I said, I can see this is a lot, it's your money and your decision, and I'm not going anywhere, take your time. She decided not to withdraw it. We called the police under the protocol and they spoke to the man. She came back a month later to say thank you, with biscuits.",
     "STAR", [], ["empathy"]),
    # 101
    (Q_COLLEAGUE,
     "An engineer and I clashed over a job I'd given him. He said I'd sent him forty miles past another job he could've done first. And he was right, I'd dispatched from the list without looking at the map. I told him so, on the radio, which wasn't fun with everyone listening, and I swapped his afternoon so he didn't have to backtrack. After that I started checking the map view for every engineer's route before lunch, and he's actually the one who taught me a few shortcuts in the system.",
     "SAI", [], ["numbers", "ownership"]),
    # 102
    (Q_IMPROVE,
     "At the airline I came up with an idea to make the check-in process better and my manager liked it. It made a real difference to the customers and the team. I'm a natural problem solver, so I'm always coming up with ideas like that.",
     "AR", ["vague", "no_evidence"], []),
    # 103
    (Q_BAD_NEWS,
     "Okay, um, so bad news, let me think. So at the surgery, we had a patient, a woman in her fifties, who'd been referred to the hospital for, um, for a gastro appointment, and she rang us after about, it must have been ten weeks, maybe eleven, because she hadn't heard anything. And normally we'd say, oh, ring the hospital, that's their side, the referral's gone. But I looked on the system, and actually, the referral hadn't gone. It was sitting there, it had been, like, drafted, but never sent. And I don't know who did it, it could have been a locum, it could have been any of us, honestly, it doesn't really matter who. So I had to tell her that. And that was hard, because she'd been waiting all that time, and she'd been in pain, and she was already worried it was something serious. And I said, I'm so sorry, I've found the problem and it's on our side, and I know you've been waiting and worrying. And she went quiet, and then she got upset, understandably. And I said I'd sort it today, and I went straight to the GP, Dr Okafor, and she was brilliant, she rang the consultant's secretary herself, and they got her in as urgent within, I think it was nine days. And I rang the patient back the same afternoon to tell her. And, um, and she was okay in the end, it wasn't anything serious, which was a relief. And then we did a thing afterwards where we checked all the drafted referrals, and there were, uh, four others, which we sent. And now there's a weekly check, which, I suggested that, actually. So yeah, that was bad news, but it ended, you know, okay. It ended okay. It was a hard call to make though. It was one of the hardest calls I've made. Not the hardest, the hardest was probably a bereavement one, but that's a different thing. But that one was hard. Yeah.",
     "SARI", ["rambling"], ["numbers", "empathy", "ownership"]),
    # 104
    (Q_EXTRA,
     "An elderly customer's direct debit had failed because her bank changed its name after a merger, and she'd got a red reminder letter. I could've told her to sort it with her bank. Instead I stayed on a three-way call with her and the bank, got the new details, set up the direct debit, and cancelled the late fee. She wrote in afterwards. Took twenty-five minutes, and I'd do it again.",
     "SAR", [], ["numbers", "ownership"]),
    # 105
    (Q_JUGGLE,
     "I'm a natural multitasker, so juggling isn't a problem. On nights I'd be doing the audit, answering the phone, checking people in, all at once. I'd just prioritise whatever's most urgent and keep going.",
     "", ["hypothetical", "vague", "no_evidence"], []),
    # 106
    (Q_SUSPICIOUS,
     "A player wrote in asking to change the email on an account that had, like, three years of purchases on it. The request came from a new device in a different country, and the writing style didn't match the previous tickets at all. Old tickets were all lowercase, super casual, this one was very formal. Account recovery was my queue, so I owned the decision. I asked for an original purchase receipt ID, which only the real owner would have. They couldn't give it. I locked the account and emailed the original address. The real owner replied an hour later, his password had leaked on another site. I confirmed the new details back to him and walked him through turning on two-step login. I now check tone against old tickets on every recovery case.",
     "STARI", [], ["numbers", "confirming"]),
    # 107
    (Q_FEEDBACK,
     "My last manager said I was too slow closing tickets. But he'd dump all the hard tickets on me and give the easy password resets to his mate, so of course my numbers looked worse. I told him that. He didn't like it. That place was a joke, honestly.",
     "SAR", ["blame", "negativity"], []),
    # 108
    (Q_ESCALATE,
     "A passenger wanted to speak to a manager, so I escalated it to my manager and she dealt with it. It was resolved in the end.",
     "SAR", ["vague"], []),
    # 109
    (Q_MISTAKE,
     "I sold a family the wrong railcard discount. I applied a Family and Friends card to a journey where the kids were over the age limit, which, I just didn't check. The guard caught it on the train and they were told to pay the difference, about thirty-five pounds. The dad came back to the office the next day, furious. I said, that's my error, not yours, and I'm sorry you were embarrassed in front of the carriage. I paid the difference back from the office float, with my supervisor's okay, and wrote a note for the guards. He left happy enough, shook my hand. Now I ask the ages out loud and repeat them back before I apply any railcard.",
     "SARI", [], ["numbers", "ownership", "empathy", "confirming"]),
    # 110
    (Q_TARGET,
     "When I moved from the complaints team to the general banking line, the AHT target was five minutes and I was averaging nearly nine. Complaints training makes you thorough. My team leader gave me six weeks to get there. I listened back to ten of my own calls and found I was doing full security, then re-verifying again before any change. Twice. That was just my habit, nobody else's. I cut the duplicate, learned the shortcuts for the top five call types, and I got to five and a half by week four, and under five by week six, without my quality marks dropping.",
     "STAR", [], ["numbers", "kpi", "ownership"]),
    # 111
    (P_CANCELLED,
     "I'm really good with angry people, so I'd just calm them down and sort it out. I'd be professional and make sure they leave happy.",
     "A", ["vague", "no_evidence"], []),
    # 112
    (P_NO_APPT,
     "So, um, that's a really common one, at the surgery that happens, honestly, probably every day, sometimes every hour on a Monday. So what I'd do, first of all, I'd stay calm, because if you get wound up they get wound up, and then it's a whole thing. And then I'd listen to them, really listen, because a lot of the time people just want to be heard, you know, they've been trying to get through on the phone, they've been trying the app, the app's a nightmare for older people, and they've come in person because they think in person will work better, which sometimes it does, to be fair. So I'd listen, and then I'd ask them what's wrong, not in detail, because I'm not clinical, but enough to know, is this urgent. Because if it's urgent, that's different, then it goes to the duty doctor. And if it's not urgent, then I'd explain that there's no appointments, which they won't want to hear, obviously, nobody wants to hear that. And I'd explain the options, so the pharmacy, or the online consultation, or booking for another day, or the walk-in centre, which is a bit of a drive from us, about twenty minutes. And I'd try to be understanding. And if they got really angry, I'd get the practice manager, because she's better with that, she's got the authority. And, um, I'd make a note on their record, I think, that they came in. Yeah. And I'd try to be understanding, because it's hard, isn't it, when you're not well and you can't see a doctor, it's really hard. I've been there myself. I think that's the main thing, being understanding. And staying calm. And listening. I think if you do those three things, most people are okay. Not everyone, but most people. There's always some who aren't, but that's the job. So yeah, stay calm, listen, understand, and then options. That's what I'd do. Calm first, though. Always calm first. Because if you're not calm, none of the rest works, honestly, none of it works.",
     "A", ["rambling"], ["numbers", "empathy"]),
    # 113
    (P_OUTAGE,
     "Short answer: same message for everyone, priority customers first, and get callers off the line fast so others can get through. Longer answer, I'd check the outage map, get an IVR message on with the estimated restoration time, and on each call confirm back the postcode so I know they're in the affected area, flag anyone on life support equipment for a proactive callback, and offer the 'it's back' text alert. I'd expect handle times to drop, not rise, if the recorded message is right.",
     "A", [], ["kpi", "confirming"]),
    # 114
    (P_DONT_KNOW,
     "I'd just find out and get back to them.",
     "A", ["vague"], []),
    # 115
    (P_SECURITY,
     "Honestly that happens all the time, because our security questions are terrible. People can't remember a payment from three months ago, nobody can. It's the bank's fault for setting it up like that, not the customer's and not mine. So I'd tell them the system won't let me and they'll have to go into a branch.",
     "A", ["blame", "negativity"], ["numbers"]),
    # 116
    (P_NOISE,
     "I'd take the room number and what they're hearing, music, shouting, a party, and read the room number back, because at 3am people get numbers wrong and you don't want to knock on the wrong door. I'd tell them I'm going up now, and I'd go myself. Knock, ask nicely, remind them about quiet hours. Then ring the guest back within ten minutes to check it's stopped. If it hasn't, a second visit with security, and I'd offer the guest a different room. In the morning, a note for the day manager so the noisy room gets spoken to at checkout.",
     "A", [], ["numbers", "confirming", "ownership"]),
    # 117
    (P_CLAIM,
     "I'd be honest that it's not my decision, it's underwriting's, so they'd need to take it up with them. I'd say the policy wording is what it is, and I don't write it.",
     "A", ["blame"], []),
    # 118
    (P_ENGINEER,
     "Apologise first, properly. They've maybe lost a day's pay. Then facts: I'd look at the engineer's live location and current job, and either give a realistic time or tell them honestly it won't be today. If it won't be today, I'd offer the first slot tomorrow or whichever day suits, and mark it as a rebook so they go to the top of the list. I'd read back the new date and time window to them. And I'd check whether our compensation scheme applies, at a lot of utilities it's automatic for missed appointments, about thirty pounds, and tell them, rather than make them ask.",
     "A", [], ["numbers", "empathy", "confirming"]),
    # 119
    (P_GAME_REFUND,
     "First I'd go through the purchase history with them on the chat, reading each item back, date, amount, device, because a lot of these turn out to be a younger sibling on a shared tablet. If it was a kid, I'd be kind about it, parents are usually mortified, and I'd explain the refund route through the app store, since we can't refund store purchases directly, and how to turn on purchase approval. If it looks like the account's been compromised, that goes to the security team as a priority. I'd aim to close it in my first reply where I can. Our first response time on chat matters less than not making them write back.",
     "A", [], ["kpi", "confirming", "empathy"]),
    # 120
    (P_WRONG_INFO,
     "I'd ring them myself, straight away, not wait for them to find out. I'd say plainly that I gave them the wrong information, what the right information is, and that I'm sorry for the hassle it's caused them. Then I'd work out whether my mistake has cost them anything, a missed deadline, a fee, and put that right or get it approved. I'd note it on their record and tell my team leader, and I'd look at why I got it wrong so I don't repeat it.",
     "A", [], ["ownership", "empathy"]),
    # 121
    (P_ABUSIVE,
     "I'd give a calm warning, something like, I want to help you, but I can't if you keep swearing at me. If it carries on, I'd tell them I'm ending the call and that they're welcome to ring back, and then end it and note the account. I wouldn't take it personally, usually it's the situation they're angry at. If they'd threatened anyone, I'd report it to my team leader straight away.",
     "A", [], []),
    # 122
    (P_ABUSIVE,
     "Honestly, I'd hang up. I had enough of people like that at my last job, some of the customers there were animals. You don't get paid enough to be sworn at.",
     "A", ["negativity"], []),
    # 123
    (P_OVERBOOKED,
     "I'd apologise straight away and not make them stand at the desk while I figure it out. Seat them, offer them a drink. Then I'd ring the nearest comparable hotels, ideally one we've got a walk agreement with, book them in, pay for the first night and the taxi both ways, and get the taxi there within fifteen minutes. I'd confirm the new hotel's address and their reservation number with them, promise them a room with us for the rest of their stay from tomorrow, and I'd ring in the morning myself to arrange bringing them back.",
     "A", [], ["numbers", "empathy", "confirming", "ownership"]),
    # 124
    (P_VIP,
     "I'd be polite, but I wouldn't just jump them over a P1 that's affecting a whole office. I'd check what the impact actually is. If the senior person can't present to a client in an hour, that might genuinely be high priority, and our SLA matrix lets us upgrade based on business impact. If it's low impact, I'd explain where they are in the queue and give a time, and offer a workaround like a loan laptop. And I'd tell my team lead, so if there's pushback, it's not a surprise.",
     "A", [], ["kpi"]),
    # 125
    (P_CLAIM_WAIT,
     "I'd say sorry for the wait first, because weeks with no decision is genuinely stressful. Then I'd find out exactly what it's waiting on, a loss adjuster's report, a document from them, an internal sign-off, and tell them specifically. If it's on our side, I'd chase it while they're on the phone if I can, give them a date I'll call back by, and put it in my own diary. If it's waiting on them, I'd tell them exactly what's missing and how to send it.",
     "A", [], ["empathy", "ownership"]),
    # 126
    (P_LANGUAGE,
     "I'd slow down, use short sentences, and avoid idioms. I'd check understanding in small chunks: repeat the key bit back, like the date or the amount, and ask them to say it back to me. If it's still not working, I'd offer the interpreter line, which most councils and banks have. And I'd follow up in writing, since reading is sometimes easier than listening in a second language.",
     "A", [], ["confirming"]),
    # 127
    (P_DONT_KNOW,
     "What I'd do is what I did last month, actually. A business customer asked me whether his contents cover included stock left in a van overnight, and I had no idea. I told him that, said I'd find out and ring him back that afternoon, and I asked underwriting. The answer was no, unless the van was locked and alarmed, which I put in an email so he had it in writing, and I rang him before the end of the day. He added the extension to his policy that week. So: be honest, give a time, and keep to it.",
     "SAR", [], ["ownership"]),
    # 128
    (P_RESULTS,
     "I'd explain that I can see the results have come in, but a doctor has to look at them before anyone can discuss them, and that's to protect them, not to be awkward. I'd tell them when the doctor usually reviews them, normally within two working days, and offer to put a note on asking the doctor to prioritise them. And I'd check which number they want the call back on, and read it back.",
     "A", [], ["numbers", "confirming"]),
    # 129
    (P_SCAM_VICTIM,
     "Firstly, it's not their fault, and I'd say so, because most people are ashamed. I'd tell them I'm sorry it's happened and that we'll go through it together. Then the practical side: stop any pending payments, block cards, reset online banking, and raise a claim under the reimbursement code. I'd go through each payment with them and repeat the details back so we're sure which ones are fraudulent. And I'd give them a reference number and the name of the team who'll contact them, plus how to report it to Action Fraud.",
     "A", [], ["empathy", "confirming"]),
    # 130
    (P_NO_APPT,
     "I'm very patient and I've got a lot of experience with difficult people, so I'd be fine. I'd just explain there's no appointments left and offer them the next one.",
     "A", ["no_evidence"], []),
    # 131
    (P_ENGINEER,
     "Well, the first thing to say is that engineers running late, that's not really something dispatch can control, because it's traffic, it's the job before taking longer, it's the parts not being on the van, it's all sorts, and, um, honestly a lot of the time it's the engineers themselves, some of them, not all of them, take long lunches, and we're the ones who get the phone call from the customer, not them. So what I'd do is, I'd ring the customer, and I'd explain that, that it's not us, it's the engineer running over, and these things happen, and I'd give them a new time. And if they were annoyed, which they would be, I get that, they've taken the day off, I'd say I understand, it's really frustrating. And I'd try and get the engineer to ring them himself, because it's his lateness really, he should be the one explaining it. And if it's getting really late, like late afternoon, I'd probably look at rebooking, but that's a whole other process, because rebooking means finding a slot, and the slots are usually full, because the diary's always overbooked, which is a management decision, they overbook on purpose to hit their numbers. So you're stuck between the customer and the engineer and the management and the diary, and it's quite a tricky position, honestly. I think the main thing is communication. Communication with the customer, communication with the engineer, communication with the office. If everyone communicated better, most of these problems wouldn't happen. And I'd say that's the main thing I'd do, communicate. Keep everyone informed. And be honest. Honest that it's not our fault, but that we're doing what we can. That's what I'd do. And then obviously log it, because everything has to be logged, and if it's not logged it didn't happen, as my old manager used to say, which is true. Communication, honesty, logging. Those are the things, really, the things I'd do every time, whatever's going on with the engineer, whatever's going on with the diary. So yeah.",
     "A", ["rambling", "blame", "negativity"], ["empathy"]),
    # 132
    (O_SERVICE,
     "Good service, um, good service means a lot of things to me. I think, at its heart, good service is about the customer. It's about making the customer feel valued, making them feel heard, and making them feel like they matter, because they do matter, without customers there's no business. And I think good service is something you feel, you know, when you get good service, you know it, and when you get bad service, you definitely know it. Like, I went to a restaurant last week and the service was terrible, the waiter didn't even look at us, and that's the opposite of good service. So good service is the opposite of that. It's looking at people. It's smiling, even on the phone, because people can hear a smile, that's a proven thing. And good service is consistent, it's not just good on a Monday and bad on a Friday, it's good every time, for every customer, no matter who they are or what their problem is. And I think good service starts with the team, because if the team's happy, the customers are happy, and if the team's not happy, it comes through. So good service is about culture too. And about values. And I think good service means going the extra mile, doing that little bit more than you have to, that's what makes it good and not just okay. Because okay service, anyone can do okay service. Good service is different. Great service is even more different. And I've always believed in good service, since I was young, my mum worked in a shop and she always said the customer's always right, and I know people say that's not true anymore, and maybe it's not, but I think the idea behind it is still right, that you put them first. So that's what good service means to me. Putting the customer first, making them feel valued, being consistent, and going the extra mile. All of those things together. That's good service. That's really it, for me.",
     "", ["rambling", "vague"], []),
    # 133
    (O_WEAKNESS,
     "Asking for help, if I'm honest. On the fraud team I'd sit on a complicated case for too long trying to crack it myself, when someone with more experience could've told me the answer in five minutes. Last year a case went past its review deadline by two days because of that, and that was on me. Since then I've given myself a rule: if I've been stuck for thirty minutes, I ask. And honestly I've learned a lot more from asking than I ever did from struggling on my own.",
     "SI", [], ["numbers", "ownership"]),
    # 134
    (O_WHY,
     "Because I want to work nights, honestly, and I'm good at them. I did eighteen months on the night desk at a hotel in Leeds with no complaints escalated to the day manager. Your reservations team covers international time zones, so the overnight shift here isn't just a quiet desk, it's proper customer work, which is what I want. And the programme you've got for moving into team leading is something I'd like to go for in a couple of years.",
     "", [], ["numbers"]),
    # 135
    (O_STRENGTH,
     "I'd say my communication skills. I'm a great communicator and I get on with everyone. People always say I'm easy to talk to.",
     "", ["vague", "no_evidence"], []),
    # 136
    (O_STRESS,
     "Between calls I do a reset. I stand up, even if it's just for ten seconds, and write the next thing on my list. After a really bad call, I take the two minutes of wrap time properly instead of skipping it to look busy. And outside work I run, three times a week, which is the thing that actually keeps me sane.",
     "", [], ["numbers"]),
    # 137
    (O_METRICS,
     "I think all the metrics are important, really. CSAT, NPS, all of those. I'm very results-driven, so I always hit my numbers.",
     "", ["vague", "no_evidence"], ["kpi"]),
    # 138
    (O_LEAVING,
     "I've been on the GP reception for four years and I've learned loads, but the practice is merging with another one and my role's moving to a site an hour away. I'd rather use the move to step into something with more progression. Your patient services team has a clear path to supervisor, which we don't have in a small practice.",
     "", [], ["numbers"]),
    # 139
    (O_DIFFICULT,
     "Difficult customers are the ones who think they know better than you. At the rail company we had loads of them, entitled commuters who'd shout at you over a five-minute delay like it's the end of the world. Honestly, some people are just horrible.",
     "", ["negativity"], ["numbers"]),
    # 140
    (O_RULES,
     "Rules that protect people, no. Security, safeguarding, data. Rules that are about process, sometimes, with a sign-off. Like at the airline, a passenger missed the online check-in window because the app crashed on him, and the rule is a fee at the desk. I asked my supervisor, showed her the crash screenshot he had, and we waived it. That's bending a rule for the reason it exists, not against it.",
     "SAR", [], []),
    # 141
    (O_SCRIPTS,
     "Scripts, um, yeah, I have quite strong views on scripts actually. So, I think scripts are good and bad. They're good because they make sure everyone says the same thing, which is important, especially for compliance, like in banking or insurance, you have to say certain things, there's no way around it. But they're bad because customers can tell when you're reading from a script, and it sounds robotic, and nobody likes talking to a robot. So I think scripts are good for the compliance bits and bad for the rest. But then again, sometimes the rest needs a script too, because if you're new, you don't know what to say, and the script helps you. So for new people scripts are good, and for experienced people scripts are maybe less good, but still a bit good, for the compliance. And I think the best scripts are the ones that don't sound like scripts, if that makes sense, so they're more like guidelines, like a framework, rather than word for word. And I've worked with both. At my last place the script was very word for word and I didn't like it, and at the place before that it was more of a framework, and I liked that more, but actually the results were about the same, so maybe it doesn't matter that much. I think it depends on the person. Some people like scripts and some people don't. I'm somewhere in the middle, I think. I use the script when I need it and I don't when I don't. And I think that's the best way, personally. So scripts, good and bad, depends on the situation, depends on the person, depends on the company. That's my view on scripts. I don't think there's a right answer. I think it's, yeah, it depends. It really does depend. Like, I've thought about it a lot, scripts, and I always end up in the same place, which is that it depends. Some days I think scripts are great, some days I think they're awful. So, yeah, good and bad.",
     "", ["rambling", "vague"], []),
    # 142
    (O_SERVICE,
     "Good service is the customer hanging up knowing exactly what happens next. So at the end of every call on the claims line I recap, what I've done, what they need to do, when they'll hear from us, and I ask them to stop me if any of it doesn't match what they expected. If I've done a good job, nobody has to ring back to ask 'so what's happening?'",
     "", [], ["confirming"]),
    # 143
    (O_WEAKNESS,
     "I don't think I really have one, to be honest. I'm a hard worker, I'm reliable, I'm friendly. If anything I'm too nice, and at my last job the lazy lot took advantage of that.",
     "", ["vague", "no_evidence", "negativity"], []),
    # 144
    (O_STRENGTH,
     "Finishing things. If a case is mine, it's mine till it's closed. At the council I had a resident whose blue badge renewal had been stuck between two departments for six weeks, and I walked it between them myself, in person, until it was printed. Took three days once I got hold of it. My team leader uses that as an example in inductions now.",
     "SAR", [], ["numbers", "ownership"]),
    # 145
    (O_WHY,
     "I've always wanted to work for a big company like this. I love helping people and I think I'd be a great fit. I'm hard-working and a quick learner.",
     "", ["vague", "no_evidence"], []),
    # 146
    (O_STRESS,
     "Stress, yeah, um, I think everyone gets stressed, don't they, it's normal, it's part of life, and especially in a contact centre, because it's, you know, it's back to back, the calls just keep coming, and you don't get a break in between, well, you do, but it's short. So how I cope, I think, is I try not to let it get to me. I try to leave it at work. Because if you take it home, it builds up, and then you come in the next day already stressed, and then it's worse. So leaving it at work is a big one for me. And talking to people, like my colleagues, because they get it, they're going through the same thing, so you can have a moan at lunch and it helps, it does help. And, um, I listen to music on the way home. That helps. And I try to sleep well, although with nights that's hard. When I was on nights at the hotel I didn't sleep well at all, it was terrible, I was like a zombie, honestly, for about the first three months, and then you get used to it, kind of, but not really. So sleep is a big one. And exercise, I should do more exercise, I know that, everyone says exercise helps with stress, and I'm sure it does, I just don't always have the time. And I think, you know, remembering it's not personal. When a customer shouts at you, it's not you they're shouting at, it's the company, or the situation. So I try to remember that. It's not personal. That helps a lot actually. That's probably the main one. Not personal, leave it at work, talk to people, music, sleep. That's how I cope. Most of the time, anyway. Some days are harder than others, obviously. But most of the time I'm fine. Most of the time. Music, sleep, talking, not personal, leave it at work. That's my list, really. It's not a perfect list, but it's my list, and it mostly works for me.",
     "", ["rambling"], ["numbers"]),
    # 147
    (O_METRICS,
     "NPS tells you whether they'd come back, CSAT tells you about that particular interaction, and FCR tells you if you actually fixed it. On the business IT desk, the one our clients cared about was the SLA, response and resolution times in the contract, because that's what got reported in their quarterly reviews. The mistake I made early on was chasing the response SLA by firing off a quick 'we've got it' email and then going quiet, which made the number look good and the client less happy. I stopped doing that.",
     "ARI", [], ["kpi", "ownership"]),
    # 148
    (O_DIFFICULT,
     "Honestly, the hardest ones for me are the quiet ones, not the shouty ones. On the bereavement line at the bank, some people barely speak. What I do is let the silence sit a bit longer than feels comfortable, say something like 'take your time, there's no rush at all, I know this is a hard call to make', and tell them what I'm doing as I do it, so they're not sitting there wondering.",
     "", [], ["empathy"]),
    # 149
    (O_RULES,
     "It depends on the situation, really. Sometimes you have to be flexible, sometimes you have to stick to the rules. I'd use my judgement.",
     "", ["vague"], []),
    # 150
    (O_LEAVING,
     "Why am I leaving, um, how long have we got, ha. No, so, it's a few things. The main thing is the management. So when I joined, it was a good place, honestly, it was a small team, we all knew each other, the manager was great. And then we got taken over, about two years ago, by a bigger company, and everything changed. New managers came in, and they don't know the job, they've never done the job, they just look at spreadsheets. And they brought in all these targets, handle time, this, that, and they don't care if the customer's actually helped, they just care about the number. And then they changed the rota so we don't know our shifts until the week before, which, when you've got kids, is impossible. And I raised it, several times, in team meetings, and nothing happened. Nothing ever happens there. And the new team leaders are, I mean, they're young, which is fine, but they've got no experience, and they talk down to people who've been there years. So it's the management, it's the rota, it's the targets, and it's, yeah, it's the culture, basically, the culture's gone. It used to be a nice place to work. It's not a nice place to work anymore. Everyone's leaving. Four people left last month. So I think it's just time. I've given it a chance, I've given it two years since the takeover, and it's not getting better, it's getting worse. So that's why I'm leaving. And I know you're not supposed to be negative in interviews, I know that, but I'd rather be honest. And your company, from what I've read, seems to actually care about its staff, so that's what I'm looking for. Somewhere that cares. Because that place doesn't. It really doesn't. It used to, but it doesn't anymore. It just doesn't. And I did like it there, I want to say that, I did like it, for a long time, before the takeover. But not now. Not with this lot in charge.",
     "", ["rambling", "negativity"], ["numbers", "kpi"]),
]
