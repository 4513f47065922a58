package io.clearsky.simulator.text;

import static io.clearsky.simulator.text.TextLanguage.EN;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everyday English text that is not a scam: casual texting in txt-speak, news headlines (court and police news among
 * them), market and credit news, personal posts about moods, love and friendship, legitimate promotions, job adverts,
 * game and work chat, sport, school, weather, recipes, housing and car ads. Many share a scam type's words on purpose
 * — court, police, stocks, loan, credit score, store, hiring, skins, boss — so that those words alone do not make a
 * scam. Every sentence is written here.
 */
final class EnEveryday {

    // Vocabulary shared by several families; each is a template choice, drawn afresh wherever it appears.
    private static final String CRIME =
            "{fraud|burglary|drink-driving|money laundering|arson|shoplifting|drug supply|assault|tax evasion|"
                    + "dangerous driving|theft from vehicles|illegal waste dumping|bribery|identity theft}";
    private static final String SECTOR =
            "{tech|chip|bank|energy|oil|mining|retail|airline|pharma|car maker|housing|utility|media|defence}";
    private static final String INDEX =
            "{the FTSE 100|the S&P 500|the Nasdaq|the Dow|the Hang Seng|the Nikkei|the DAX}";
    private static final String PRODUCT =
            "{moisturiser|face serum|sunscreen|running shoes|air fryer|robot vacuum|winter coat|yoga mat|protein powder|"
                    + "electric toothbrush|coffee machine|bedding set|kids' backpack|dog food|wireless earbuds|desk lamp}";
    private static final String JOB =
            "{Warehouse Operative|Barista|Delivery Driver|Care Assistant|Junior Accountant|Software Developer|Receptionist|"
                    + "Retail Assistant|Chef de Partie|Teaching Assistant|Electrician|Customer Service Advisor|HGV Driver|Nurse|"
                    + "Marketing Executive|Cleaner|Data Analyst|Store Manager}";
    private static final String FOOD =
            "{pasta bake|chicken curry|banana bread|veggie chilli|roast potatoes|pancakes|beef stew|stir fry|lentil soup|"
                    + "shepherd's pie|fried rice|lemon drizzle cake|tacos|mac and cheese}";
    private static final String MOOD =
            "{Haven't {slept this well|laughed this much|been to the beach|seen my old friends|cooked a proper meal} in ages|"
                    + "{Monday|Another long day|This week} {is|has been} {a lot|exhausting|actually not bad|so slow}|"
                    + "{Finally|Just} {finished my dissertation|handed in my notice|ran my first 10k|passed my driving test|moved into my new flat}|"
                    + "Sometimes {you just need|all I need is} {a quiet night in|a long walk|a good cry|pizza and a film}|"
                    + "{Sunday|Rainy day|Lazy weekend} {vibes|mood}, {blanket and tea|not leaving the sofa|reading all day}|"
                    + "Feeling {grateful|tired but happy|a bit low today|proud of myself|so done with this week}}";

    private EnEveryday() {}

    static List<Family> all() {
        List<Family> all = new ArrayList<>();
        chat(all);
        news(all);
        posts(all);
        ads(all);
        notices(all);
        greetingsAndTrade(all);
        narratives(all);
        return all;
    }

    private static void chat(List<Family> all) {
        add(
                all,
                "txt-speak-chat",
                "{ok lor|k|oki|ok|yup|kk|sure|ok la}{,|..|} {c u {l8r|at ${time}|there|2moro|at the station} {then|den|ok|x|luv}|i'll b there in {5|10|${nn}} mins|"
                        + "{wat|wot} time u {finish|reach}?|{dun|don't} 4get the {tix|keys|charger}|meet at {mine|urs|the usual} then}"
                        + "|{wat|what|wot} r u {doin|up 2|doing} {2nite|l8r|this wkend|now}? {im|i'm} {bored|at home|jus chillin|so tired}{ lol| haha|}"
                        + "|{haha|hahaha|lol|lmao} {that's|dats} {so funny|hilarious|mad|gr8}{!|!!} {u|you} {shd|should} {c|see} {his face|the vid|wat he sent}"
                        + "|{luv u|love ya|miss u} {2|too|loads}{ xx| x|} {gd nite|nite nite|sleep well|see u 2moro}{ :)| ;)|}"
                        + "|{sorry|soz} {cant|can't} {talk|make it} {now|2nite}, {in a meeting|at work|driving|wiv my mum}, {will|i'll} {call|txt} u {l8r|after|when i'm done}"
                        + "|{hey|hi|oi} {${name}|babe|mate|hun}, {u|are u} {coming|goin} {2|to} {${name2}'s|the} {party|bbq|gig|pub quiz} {2nite|on sat|l8r}?"
                        + "|{just|jus} {got home|woke up|finished work|got ur msg}{,|..} {wat's up|so tired|dinner was nice|u ok?}{ x|}"
                        + "|{gonna|will} {b|be} {late|abit late|there by ${time}}, {bus|train|traffic} {is|was} {rubbish|delayed|mad}{ sorry| soz|}",
                null);
        add(
                all,
                "game-chatter",
                "{u|you} {on|online|playing} {2nite|tonight|l8r|after dinner}? {need|we need} {a|one more} {duo|squad member|healer|tank} for {${game}|ranked|the raid}"
                        + "|{that|last} {match|game|round} was {insane|so tilting|a clutch|rigged lol}, {${name}|you|I} {carried|threw|got ${nn} kills}{!|}"
                        + "|{the new|this season's} {${game} |}{skin|battle pass|update|patch|event} {is|looks} {so good|trash|overpriced|actually fun}{, ${name}|}{ ngl|}"
                        + "|{finally|just} {hit|reached|got} {Diamond|Platinum|Gold|level ${nn}|Master rank} in ${game}{!|!!} {took me ${n} weeks|only ${n} losses|gg}"
                        + "|{${game}|servers} {down|lagging|won't load} again{,|..} {maintenance till ${time}|wait for the patch|going to bed then}"
                        + "|{ur|your|my} {squad|team|clan} {needs|wants} {a|one} {sniper|support|jungler|builder} {for|in} {the tournament|scrims|ranked} {on ${date}|this Sat|at ${time}}, {u in?|dm me|${name} is out}"
                        + "|{don't|never} {buy|sell} accounts {outside the official store|off random sites}, {my mate got banned|you'll get scammed|they get recovered}{.|}",
                null);
        add(
                all,
                "boss-colleague-work-chat",
                "{Hi|Morning|Hey} {${name}|all|team}, {the|my} {report|deck|proposal|minutes|rota} for {${date}|Friday|the ${city} client} {is|are} {in the shared folder|in your inbox|ready for review}{.|!} {Let me know if you want changes.|Happy to tweak it.|}"
                        + "|{Can you|Could you} {pop into my office|come by my desk|join the call} {at ${time}|after lunch|when you're free}? {Nothing urgent|Quick chat about the ${city} project|Just about next week's rota}{.|}"
                        + "|{Thanks|Great work|Well done} {everyone|${name}|team} {on the launch|for covering today|on hitting the target}{!|.} {Drinks on me on Friday|Take the afternoon off|Enjoy the weekend}{.|!}"
                        + "|{Reminder|Heads up|FYI}: {timesheets|expense claims|holiday requests} {are due|must be in|close} {by ${date}|on Friday|at ${time}}{, submit them through the portal|, finance pays them with payroll|}{.|}"
                        + "|{I'm|I am} {off sick|working from home|on leave|stuck in traffic} {today|tomorrow|until ${date}}{, ${name} is covering|, ping me on Teams if needed|}{.|}"
                        + "|{Boss|${name}} {says|wants} {the ${city} numbers|the slides|the contract} {by ${time}|before the board meeting|by end of day}{, can you help?|, I'm on it.|}",
                null);
    }

    private static void news(List<Family> all) {
        add(
                all,
                "news-headline",
                "{BREAKING|Headline|News|Today|Update}{:| -|:} "
                        + "{${city} {opens|delays|approves} {new metro line|new bridge|hospital wing|cycle lanes|stadium plan}|"
                        + "{Storm|Heatwave|Snow|Floods} {to hit|batters|disrupts} {${city}|the coast|the north} {this weekend|on ${date}|overnight}|"
                        + "{Government|Council|Ministers} {announce|unveil|scrap} {childcare support|a rail fare freeze|new school funding|energy bill help|a plastic tax}|"
                        + "{Scientists|Researchers in ${city}} {find|discover|develop} {a new species|a faster battery|a blood test for cancer|water on a distant moon}|"
                        + "{Inflation|Unemployment|House prices} {rise to|fall to|hold steady at} ${n}.${n2}%{ in ${date}|}|"
                        + "{Local|${city}} {teen|bus driver|nurse|shopkeeper} {saves|helps|raises money for} {drowning child|elderly neighbour|children's hospital|food bank}}"
                        + "{.|!|}",
                null);
        add(
                all,
                "court-police-news",
                "{The Crown Court|A court in ${city}|The High Court|A district court in ${city}|A magistrate in ${city}} {heard|was told|heard this week} "
                        + "{that|how|on ${date} that} {a ${nn}-year-old|a former bank clerk|a ${city} businessman|two men} {{admitted|denied} "
                        + CRIME
                        + "|{was jailed for ${n} years|was fined ${fee}|received a suspended sentence} for " + CRIME
                        + "}{.|}"
                        + "|{Police in ${city}|${city} Police|Detectives} {arrested|charged} {${n}|${nn}} {people|suspects|men} {after a raid linked to|in an investigation into|over suspected} "
                        + CRIME + "{, seizing ${big}|, more arrests expected|}{.|}"
                        + "|{Officers|Police} {are appealing for witnesses|want to hear from anyone} {after|following} {a crash|a break-in|an assault} on {${last} Road|the high street|the A${nn}} {on ${date}|last night}{. Call 101 quoting ref ${caseno}.|.}"
                        + "|{A jury|The judge|Jurors} {found|have now found} {${full}|former councillor ${last}|the ${city} driver|a ${nn}-year-old man} {guilty|not guilty} of "
                        + CRIME + "{, reports the ${city} Echo|, sentencing is on ${date}|}{.|}",
                null);
        add(
                all,
                "market-news",
                "{Stocks|Markets|Shares|" + INDEX
                        + "} {rose|fell|closed higher|slipped|rallied|were flat} {on ${date}|today|this week} {as|after} "
                        + "{" + SECTOR
                        + " shares {jumped|slumped}|investors {weighed|cheered|shrugged off} {rate cut hopes|jobs data|earnings|oil prices}|foreign investors {bought|sold} "
                        + SECTOR + " stocks}"
                        + "{, with the index {up|down} ${n}.${nn}%|, led by " + SECTOR + " names|}{.|}"
                        + "|{Analysts|Economists|Strategists} {expect|warn of|see} {more volatility|a slower recovery|two rate cuts|weaker "
                        + SECTOR + " earnings} {this year|in Q${n}|ahead}{. Not financial advice.|.}"
                        + "|{my|our} {pension|ISA|index fund|portfolio} {is|is down|is up} {${n}%|${pct}|a bit} {this month|since ${date}|this year}{, just holding|, not touching it|, long term anyway}{ lol|}"
                        + "|{Central bank|The Fed|The Bank of England} {holds rates at|cuts rates to|raises rates to} ${n}.${n2}%{, as expected|, surprising markets|}{.|}",
                null);
        add(
                all,
                "loan-credit-news",
                "{Mortgage rates|Credit card rates|Personal loan rates|Savings rates|Car finance rates} {fall|rise|edge down|hit a ${n}-year high|hit a ${n}-year low} {for the ${n}th month|to ${n}.${n2}%|after the rate decision}{, Moneyfacts says|, lenders say|}{.|}"
                        + "|{Regulator|Watchdog|The FCA} {warns|cracks down on} {\"credit repair\" firms|buy now pay later lenders|loan sharks|debt advice ads}: {no one can remove accurate data from your credit file|check a lender is authorised|free help is available}{.|}"
                        + "|{How to|Five ways to|Tips to} {improve your credit score|pay off debt faster|compare mortgage deals|avoid overdraft fees}{: {pay on time|use less of your limit|check your report for errors|register to vote}|}{.|}"
                        + "|{Average|Typical} {two-year fixed|five-year fixed|tracker} mortgage {now|at} {${n}.${n2}%|${n}.${nn}%}{, down from ${n}.${nn2}% on ${date}|, up ${n} points on last month|}{.|}"
                        + "|{Banks|Lenders|${bank}} {cut|raise|review} {overdraft fees|loan rates|credit limits} {for ${nn}0,000 customers|from ${date}|this month}{, ${city} Post reports|}{.|}"
                        + "|{anyone|has anyone|did anyone} {remortgaged|switched their mortgage|got a car loan|used a credit union|cleared their overdraft} {recently|this year}? {was it worth it|what rate did u get|we're on ${n}.${n2}% now}{?|}",
                null);
        add(
                all,
                "sports-entertainment",
                "{{${city} FC|United|City|England|Chelsea|the Rovers} {beat|lost to|drew with|thrashed} {${city2} FC|Arsenal|Liverpool|Wales|Spurs} {${n}-${n2}|on penalties|in extra time}|"
                        + "{the Lakers|the Warriors|the Knicks|the Lions} {beat|lost to|edged} {the Celtics|the Bulls|the Heat|the Raptors} {1${n}${n2}-9${n}|in overtime}}{, ${name} scoring twice|, their ${n}th game in a row|, in front of ${nn},000 fans|, to reach the final|}{.|!}"
                        + "|{did u|did you|anyone} {watch|see} {the match|the game|the final|Strictly|the Oscars|the new Marvel film|Bake Off} {last night|yesterday|on ${date}}? {unreal|so good|what a finish|robbed|meh}{!|}"
                        + "|{${full}|The singer|A reality star|The actor} {announces|confirms|denies} {world tour|engagement|split|new album|leaving the show}{, fans react|, tickets on sale ${date}|}{.|}"
                        + "|{${name}|Our team} {ran|finished} {the ${city} marathon|parkrun|the half} in {${n}:${nn}|${nn} minutes}{, PB!|, so proud|}",
                null);
    }

    private static void posts(List<Family> all) {
        add(
                all,
                "personal-post",
                MOOD + "{.|!|...| ${emoji}}"
                        + "|" + MOOD
                        + ". {Off to bed|Tomorrow is a new day|Grateful for the small things|Onwards|Wish me luck}{!|.| ${emoji}}"
                        + "|Day ${nn} of {no sugar|learning Spanish|running every day|no takeaways|no social media|cold showers}: {still going|struggling|feeling great|${n} kilos down|hardest one yet}{!|.}"
                        + "|{Nobody|No one} {tells you|warns you} {how|that} {tiring|lonely|wonderful|expensive} {adulting|moving cities|having a newborn|working nights|your thirties} {is|can be}{, anyway|, but here we are|}{.|!| ${emoji}}"
                        + "|{Spent|Wasted|Enjoyed} {the whole|my} {morning|afternoon|Saturday|day off} {in the garden|at the library|binge-watching|decluttering|at my nan's|in ${city}}{, no regrets|, bliss|, needed that|}{.|!}",
                null);
        add(
                all,
                "love-friendship-post",
                "{Happy anniversary|Happy birthday|Happy ${n} years} to {my best friend|the love of my life|my wife|my husband|my girls|${name}}{!|.} "
                        + "{Thank you for everything|Here's to many more|Couldn't do life without you|Love you loads}{ ${emoji}| x|}"
                        + "|{Hope|I hope|Wishing} {you all|everyone|my friends|whoever reads this} {find|have|keep} {someone|a friend|people} who {make|makes} you {laugh till you cry|feel safe|feel at home|proud of yourself} {on the bad days|every day|even when you're far apart|}{.|!| ${emoji}}"
                        + "|{Met up with|Caught up with|Spent the day with} {my uni friends|the girls|the lads|${name} and ${name2}} {after ${n} years|for the first time in ages|in ${city}} "
                        + "{and it felt like no time had passed|and laughed till we cried|and ate far too much}{.|!}"
                        + "|{Long distance|${n} months together|First date} {update|anniversary}: {he|she|they} {drove ${n} hours to see me|cooked me dinner|met my parents}{, so lucky| ${emoji}|}"
                        + "|{Real friends|True love|Good people|The best friendships|My kind of people} {don't|never} {keep score|ask you to change|disappear when it gets hard|need daily texts|judge your messy kitchen}{, they {just|} {show up|listen|bring snacks|stay}|. {Grateful for mine|Tag yours|Took me ${nn} years to learn that}|}{.|!|}",
                null);
    }

    private static void ads(List<Family> all) {
        add(
                all,
                "product-promotion",
                "{{Amazon|eBay|Temu|Shopee|JD} official store|Boots|Argos|Tesco|Currys|Sephora|Decathlon|${last} & Co}: {new|best-selling|award-winning|} "
                        + PRODUCT + " {now ${small}|down to ${small}|${pct} off} "
                        + "{with free delivery|with free returns|this week only|while stocks last}{.|!} {Shop: ${short}|In store and online|Click & collect available|See details in the app}{.|}"
                        + "|" + PRODUCT
                        + ": {gentle on sensitive skin|${nn}-hour battery|machine washable|quiet and energy saving|vegan and cruelty free}, {${n},000+ 5-star reviews|2-year warranty|made in ${city}}{.|}",
                null);
        add(
                all,
                "job-advert",
                "{We're hiring|Now hiring|Vacancy|Job alert}{:|!|} " + JOB
                        + " {in ${city}|near you|(full time)|(part time)}, "
                        + "{£${nn},000-£${nn2},000|$${nn} per hour|competitive salary|${fee} per week}{, ${n} days a week|, benefits and pension|, training provided|}"
                        + "{. Apply via our careers page|. Apply on Indeed|. Interviews on ${date}|}{.|} {We never charge applicants a fee.|No fees, no deposits.|}"
                        + "|{${city} jobs fair|Careers day} {on ${date}|this Saturday} {at the town hall|at ${city} College}: {${nn} employers|over ${n}00 jobs}, free entry{.|}",
                null);
        add(
                all,
                "property-car-ad",
                "{{For sale|New listing|Price reduced}: {1|2|3|4}-bed {flat|house|semi|terrace|bungalow} in {${city}|central ${city}|${last} Street}, {£${nn}0,000|$${n}${nn},000}|"
                        + "{To let|To rent|Room available}: {1|2|3}-bed {flat|house|studio|room in shared house} {in ${city}|near ${last} Street|near the station}, {£${n},${n2}00 pcm|£${n}${nn}0 pcm|£{6|7|8|9}${n}0 a month, bills included}}{, garden and parking|, close to schools|, no chain|}{. Viewings: ${last} Estates ${mobile}|}{.|}"
                        + "|{${n} plate|20${nn}} {Ford Focus|VW Golf|Toyota Yaris|Tesla Model 3|Kia Sportage|Honda Civic} {for sale|available}, {${nn},000 miles|full service history|one owner}, "
                        + "{£${n},${n2}00|${fee} ono|test drives welcome}{, ${last} Motors|, call ${mobile}|}{.|}"
                        + "|{${last} Motors|Your local dealer}: {${pct} off|0% APR|free servicing} on {new|nearly new} {EVs|hybrids|SUVs} {until ${date}|this month}{. Book a test drive.|.}",
                null);
        add(
                all,
                "recipe-home-tips",
                "{Made|Tried|Cooked} {homemade|my mum's|vegan|spicy|} " + FOOD
                        + " {tonight|for the kids|for the first time|from Gran's recipe} {and it was|} {amazing|a disaster lol|gone in minutes|surprisingly easy}{!|.}"
                        + "|{Quick|Easy|Budget} " + FOOD
                        + ": {fry onions|roast the veg|boil the pasta|mix the batter} {for ${nn} min|until golden}, {add|stir in} {the sauce|garlic and spices|the stock|eggs and flour}, {simmer|bake} for ${nn2} min{.|}"
                        + "|{Tip|Life hack|Did you know}: {vinegar|baking soda|lemon juice|a tumble dryer sheet} {removes limescale|cleans the oven|gets rid of smells|unclogs drains}{, works a treat|, try it|}{!|.}",
                null);
    }

    private static void notices(List<Family> all) {
        add(
                all,
                "school-exam-notice",
                "{${city} High School|St ${last}'s Primary|${city} College|University of ${city}|Exam board}: {exam timetables|results|term dates|timetables for next term} "
                        + "{are now available|will be published on ${date}|are on the student portal}{. Check with your tutor|. No action needed|}{.|}"
                        + "|{Dear parents|Dear students|Hi all}, {school|the college|the library} {will be closed|opens late|finishes early} {on ${date}|tomorrow} {for staff training|due to snow|for polling day}{.|}"
                        + "|{exams|finals|mocks|resits} {start|end|are over} {tmrw|tomorrow|on ${date}|in ${n} days}{, wish me luck|, so stressed|, library all day|}{!|}",
                null);
        add(
                all,
                "weather-travel",
                "{Met Office|Weather|Forecast|${city} weather}: {sunny spells|heavy rain|snow showers|thunderstorms|strong winds|fog} {today|tomorrow|on ${date}}, "
                        + "{high of {1|2}${n}C|low of ${n}C|{5|6|7|8}${n}F}{. {Yellow|Amber} warning in place|. Take an umbrella|. Lovely for a walk|}{.|}"
                        + "|{Deliveries|Trains|Flights|Ferries} {to|from} ${city} {delayed|cancelled|disrupted} {due to|because of} {the weather|engineering works|strikes|high winds}{, check before you travel|, ${n} hour delays expected|}{.|}"
                        + "|{Just got back from|Booked|Loving} {${city}|Lisbon|Bali|the Lake District|Rome} {- ${n} days of|, so much} {sun|food|walking|rain lol}{ ${emoji}|!|}",
                null);
    }

    private static void greetingsAndTrade(List<Family> all) {
        add(
                all,
                "greetings-wishes",
                "{Happy {Christmas|New Year|Easter|Diwali|Eid|Chinese New Year|Mother's Day|Father's Day|Thanksgiving}|Merry Christmas|Happy birthday} "
                        + "{${name}|to you all|everyone|Mum|Dad|Nan|bro|sis}{!|!!|,} "
                        + "{Hope you have a lovely day|Wishing you health and happiness|Have a wonderful year ahead|Eat lots of cake|See you at Nan's on ${date}|Can't wait to see you}"
                        + "{ ${emoji}| x| xx|!|.}"
                        + "|{Congrats|Congratulations|Well done} {on the new baby|on your wedding|on the promotion|on passing your exams|on the new house} {${name}|you two|guys}{!|!!} "
                        + "{So happy for you|Drinks soon|Card is in the post|You deserve it}{ ${emoji}|.|}",
                null);
        add(
                all,
                "marketplace-chat",
                "{Hi|Hello|Hiya}{,|} {is the|is your} {bike|sofa|pram|guitar|PS5|desk|fridge|cot|lawnmower|camera} still available{?|??} "
                        + "{I can collect {on ${date}|tomorrow|this evening}|Could you do ${small}|Happy to pay on collection|Is it in ${city}}{.|?}"
                        + "|{Yes|Yep} still available{,|.} {collection only|cash on collection|can post for ${small} extra|no offers sorry} {from ${city}|in ${last} Road|}{.|}"
                        + "|{Posted|Sent} {it|your parcel} {today|this morning} {with ${courier}|by Royal Mail}, tracking {${order}|in the app}{. Let me know when it arrives|. Please leave feedback|}{.|}"
                        + "|{Got|Received} the {bike|sofa|pram|guitar|desk|camera}{,|.} {exactly as described|works perfectly|great condition}{, thanks|, cheers ${name}|}{!|.}",
                null);
        add(
                all,
                "club-community-notice",
                "{${city} Running Club|St ${last}'s Church|The ${last} Arms quiz team|${city} Library|Our book club|Residents' association|The gym}"
                        + "{:|!|,} {{Saturday|Sunday|Wednesday} {run|service|quiz|meeting|class} {starts|is} at ${time}|{bake sale|litter pick|open day|charity walk} on ${date}}"
                        + "{, all welcome|, bring a friend|, free entry|, new members welcome|}{.|!} "
                        + "{See you there|Tea and cake after|Details on our page|Reply to confirm numbers|}",
                null);
    }

    private static void narratives(List<Family> all) {
        add(
                all,
                "investment-loss-not-fraud-narrative",
                null,
                "{${when} I|I} {bought|put money into} {" + SECTOR
                        + " shares|an index fund|a tech fund} {through my own broker account|on a regulated trading app|via my bank}. "
                        + "{The market dropped|Prices fell|The shares crashed} and I {lost|am down} {${amt}|about ${pct}}. {Nobody|No one} {contacted me|told me to invest|promised returns}, "
                        + "{the shares are still in my name|I can sell any time}. {I just want to know|I'm asking} {whether this counts as fraud|if I can get anything back}, {I guess it doesn't|probably not}{.|}");
        add(
                all,
                "online-relationship-real-narrative",
                null,
                "{${when} I|I} met {someone|a man|a woman} on {Hinge|Bumble|a dating app|Facebook} and we {talked for ${n} months|chatted every day}. {My family|Friends} {worried|warned me} it was a romance scam, "
                        + "but we {met in person|met in ${city}|video called every night}, {they|my partner} {never asked for money|never mentioned investing|paid for their own flights} and we are {now engaged|moving in together}. "
                        + "{Just sharing|Writing this} so people know {not every online relationship is a scam|to check but not panic}{.|}");
    }

    private static void add(List<Family> all, String name, @Nullable String sms, @Nullable String narrative) {
        all.add(Family.ordinary(EN, name, sms, narrative));
    }
}
