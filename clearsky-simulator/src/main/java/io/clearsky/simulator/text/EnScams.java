package io.clearsky.simulator.text;

import static io.clearsky.core.indicator.ScamType.BRUSHING_REBATE;
import static io.clearsky.core.indicator.ScamType.FAKE_CREDIT_REPAIR;
import static io.clearsky.core.indicator.ScamType.FAKE_CUSTOMER_SERVICE;
import static io.clearsky.core.indicator.ScamType.FAKE_GAME_TRADE;
import static io.clearsky.core.indicator.ScamType.FAKE_INVESTMENT;
import static io.clearsky.core.indicator.ScamType.FAKE_LOAN;
import static io.clearsky.core.indicator.ScamType.FAKE_SHOPPING;
import static io.clearsky.core.indicator.ScamType.IMPERSONATING_ACQUAINTANCE;
import static io.clearsky.core.indicator.ScamType.IMPERSONATING_OFFICIALS;
import static io.clearsky.core.indicator.ScamType.OTHER;
import static io.clearsky.core.indicator.ScamType.ROMANCE;
import static io.clearsky.simulator.text.TextLanguage.EN;

import io.clearsky.core.indicator.ScamType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The English scam scripts: the same scam types as English-speaking targets receive and report them. */
final class EnScams {

    static final String LOST =
            "{In total I lost ${loss}|I lost ${loss} altogether|Altogether I sent them ${loss}|I transferred ${loss} in total|That is ${loss} gone}";
    static final String AFTER =
            "{now they have blocked me|then they stopped replying|the number is now disconnected|the website is gone|they deleted the account|I realised it was a scam}";
    static final String END = "{. " + LOST + " and " + AFTER + "|, and " + AFTER + ". " + LOST + "|. " + LOST
            + "}{.|.|!}[ {Please help me get it back.|I have screenshots of the chat.|I reported it to my bank too.|Can anything be done?}]";

    // A second, terse phrasing of each script's message, in the clipped style of bulk English scam texts.
    private static final Map<String, String> TERSE_MESSAGES = terseMessages();

    private EnScams() {}

    static List<Family> all() {
        List<Family> all = new ArrayList<>();
        add(
                all,
                BRUSHING_REBATE,
                "remote-task-job",
                "{Hi|Hello|Hey} {${name}|there}, {I am|this is} {${full}|a recruiter} from {${platform}|a digital marketing agency}. "
                        + "{We are hiring|We have} {part-time|remote|flexible} {jobs|positions}: {rate products|like videos|complete simple tasks} "
                        + "{from home|on your phone} and earn {${small}-${amt} a day|${amt} per week}. {Daily pay|Paid daily}. "
                        + "{Interested?|Reply YES to learn more.|Contact us on ${chat}: ${mobile}}",
                "{I got a message|Someone contacted me on ${chat}} ${when} about a {remote job|part-time job} {rating products|boosting app ratings|liking videos}. "
                        + "{The first tasks paid|At first I was paid} {a small commission|${small}}, then I was {told|asked} to {top up my account|deposit money} "
                        + "to {unlock|complete} {a combo task|premium orders}. {Each time|Every time} I paid, {the balance went negative|there was another task}"
                        + END);
        add(
                all,
                FAKE_INVESTMENT,
                "crypto-mentor-group",
                "{Join|Welcome to} {our|the} {VIP|private} {crypto|stock} {signals|trading} group! {Our mentor|Prof. ${last}} "
                        + "{made members|helped members earn} {${pct} last week|300% in a month}. {Guaranteed returns|No risk}. {Join now:|Link:} ${short}",
                "${when} {I was added to|I joined} a {WhatsApp|Telegram} {investment|trading} group where a {\"professor\"|mentor} {gave|shared} {stock tips|crypto signals}. "
                        + "{They told me|The assistant asked me} to open an account on {an app|a trading platform} and {buy ${crypto}|deposit funds}. "
                        + "{My balance|The dashboard} showed {big profits|huge gains}, but when I tried to withdraw {they asked for|I had to pay} "
                        + "{a ${pct} tax|an unlocking fee|a verification deposit}" + END);
        add(
                all,
                FAKE_LOAN,
                "approved-loan-upfront-fee",
                "{Congratulations|Good news}! {Your loan|Your application} {of ${big}|} {has been approved|is pre-approved}. "
                        + "{No credit check|Bad credit OK}. {To release the funds|To receive your money}, {pay|a one-time} {processing|insurance|activation} fee of ${fee} {is required|today}. "
                        + "{Call|Text} ${mobile}",
                "I {applied for|needed} a loan ${when} and {found|was contacted by} a lender {online|on ${platform}}. {They approved|It was approved} {within minutes|very quickly} "
                        + "but {said|told me} I {had to|must} pay {an insurance fee|a processing fee|a deposit to verify my account} {first|before the money was released}. "
                        + "{After I paid|Once I paid} ${fee} they {asked for more|said my bank details were wrong and asked for another fee}"
                        + END);
        add(
                all,
                FAKE_CUSTOMER_SERVICE,
                "refund-screen-share",
                "{${platform}|${platform} Support}: {your order|order #${order}} {could not be delivered|was charged twice|has a refund pending}. "
                        + "{To claim your refund|To cancel the charge} {call|contact} {our support team|us} {at|on} ${mobile} {within 24 hours|today}[ {or visit|:} ${short}]",
                "${when} {I got a call|someone called me} {claiming to be|saying they were} from {${platform}|my bank} {support|customer service}. "
                        + "{They said|He said} I {was owed a refund|had been charged for a membership}. {They asked me to|I was told to} {install an app|share my screen} "
                        + "{so they could help|to process it}, and then {money was moved out of my account|I was told to send the refund back because they \"overpaid\"}"
                        + END);
        add(
                all,
                IMPERSONATING_OFFICIALS,
                "money-laundering-safe-account",
                "{This is|Message from} ${agency}. {Your ID|Your identity} {has been linked to|is involved in} {a money laundering case|a fraud investigation}[ (case ${caseno})]. "
                        + "{Call|Contact} {officer ${last}|the investigating officer} {on|at} ${mobile} {immediately|within 24 hours} {or your accounts will be frozen|or a warrant will be issued}.",
                "${when} {I received a call|a man called me} {claiming to be from|saying he was from} ${agency}. {He said|They told me} my {identity|bank account} was used in {money laundering|a crime} "
                        + "and {showed me|sent me} {an arrest warrant|official-looking documents}. {I was told|They said} to move my savings to a {\"safe account\"|government account} {for checking|to prove my innocence}, "
                        + "{and not to tell anyone|and to keep it secret}" + END);
        add(
                all,
                FAKE_CREDIT_REPAIR,
                "credit-score-fix",
                "{Bad credit?|Low credit score?} {We can|Our experts} {remove|delete} {late payments|defaults|negative records} {from your credit report|in ${n} days}. "
                        + "{100% guaranteed|No fix, no fee}. {Call|Text} ${mobile}",
                "${when} I {paid|contacted} a {company|\"credit agent\"} {that promised|who said they could} {remove|delete} {late payments|my default record} {from my credit report|quickly}. "
                        + "{They charged|I paid} ${fee} {upfront|for the service}, then {asked for|wanted} more for {\"legal fees\"|an express fee}, {but nothing changed|and my report is the same}"
                        + END);
        add(
                all,
                FAKE_GAME_TRADE,
                "cheap-account-fake-escrow",
                "{Selling|WTS} {${game}|rare ${game}} {account|skins|items} {cheap|for ${small}}! {Safe trade via|Use} {middleman site|escrow} ${short}. DM {me|on ${chat}}",
                "{My son|I} {tried to buy|wanted} a ${game} {account|skin} {from someone|from a seller} {on Discord|in a game chat} ${when}. "
                        + "{They sent|The seller sent} a link to {a trading site|an escrow site}, {and after paying|after I paid} the site said {my account was frozen|I entered details wrong} "
                        + "and {I had to pay|asked for} {a deposit|an unfreezing fee} {to get it back|to release the order}"
                        + END);
        add(
                all,
                ROMANCE,
                "dating-then-crypto",
                "{Hi|Hello} {dear|there}, {is this ${name}?|I think I saved your number wrongly.} {Sorry to bother you|Nice to meet you} ${emoji}",
                "${when} {I met|I matched with} {someone|a woman|a man} on {a dating app|${platform}|Tinder} who {said|claimed} {they worked in finance|to be a successful businessman}. "
                        + "{We talked every day|We chatted for weeks} and {they|this person} {introduced|showed} me {a ${crypto} trading app|an investment platform}. "
                        + "I {invested|put in} {small amounts|money} {at first|first} and {saw profits|could withdraw}, then {invested more|put in my savings}. "
                        + "{When I tried to withdraw|To withdraw} I {was asked|had} to pay {tax|a fee}" + END);
        add(
                all,
                IMPERSONATING_ACQUAINTANCE,
                "hi-mum-new-number",
                "{Hi mum|Hey dad|Mum|Hi it's me|Hello mom|Dad it's me|Hi mam|Mum it's ${name}}{,|!|} {this is my new number|I dropped my phone, new number|my phone broke so this is my new number|lost my phone, using a friend's} "
                        + "{for now|until I get a new one|}. {Can you|Could you|Please} {message me on ${chat}|text me here|save this number|delete the old one} {when you can|asap|}? "
                        + "[{I need to pay a bill today|I need a favour|Something urgent came up|I'm locked out of my banking app} {${emoji}|x|xx|}]",
                "${when} I got a text {from someone|from a number} {saying|claiming} to be {${relative}|my son|my daughter} with a new phone. "
                        + "{They said|She said} {they|she} {could not access|was locked out of} {online banking|their bank app} and needed {a bill paid|money} urgently. "
                        + "I {sent|paid} ${amt} to {the account|an account} they gave me, {then|and later} {found out|called my real son and found out} {it was not them|it was a scam}"
                        + "{. " + LOST + "|}{.|}");
        add(
                all,
                FAKE_SHOPPING,
                "fake-online-store",
                "{HUGE SALE|Clearance} {${pct} off|up to 90% off} {designer bags|iPhones|sneakers}! {Limited stock|Today only}. {Shop now|Order at} ${url}",
                "${when} I {ordered|bought} {a phone|shoes|a bag|a pet puppy} from {an online shop|a seller on ${platform}} {that had|at} {very low prices|half price}. "
                        + "{I paid|Payment was} {${amt}|} by {bank transfer|${crypto}|gift cards}, {but|and} {nothing arrived|the tracking number was fake}"
                        + END);
        add(
                all,
                OTHER,
                "prize-winner",
                "{Congratulations|CONGRATS|URGENT}! {You have won|Your number won} {a ${big} prize|an iPhone|a cash award} {in our|in the} {monthly|lucky} draw. "
                        + "{To claim|Claim now} {call|visit} {${mobile}|${short}}[ {with claim code|code} ${code}]",
                "${when} {I got a text|I was told} {that|saying} I {had won|won} {a prize|the lottery|${big}}. {To collect it|Before they could send it} {I had to pay|they asked for} "
                        + "{a tax|a handling fee|a release fee} of ${fee}" + END);
        add(
                all,
                BRUSHING_REBATE,
                "like-follow-paid-tasks",
                "{Earn|Make} {${small}|up to ${amt}} {daily|per day} {by liking|just liking|following} {YouTube videos|TikTok accounts|Instagram posts}! "
                        + "{No experience needed|Only 30 min a day|Work from your phone}. {Add|Contact} {our HR|the coordinator} on ${chat}: ${mobile}",
                "${when} {a \"recruiter\"|someone} {messaged me on ${chat}|added me} offering {money|${small} per task} for {liking videos|following accounts}. "
                        + "{After a few tasks|At first} I {got paid|received small payments}, then they moved me to a {Telegram group|\"VIP team\"} "
                        + "where {the \"welfare tasks\"|prepaid tasks} needed {a deposit|me to pay first}. {The deposits got bigger|Each task cost more} and {I could not withdraw|withdrawal was blocked}"
                        + END);
        add(
                all,
                BRUSHING_REBATE,
                "pay-first-order-commission",
                "{Hiring|We need} {online|remote} {order assistants|shop boosters}: {buy items first|place orders with your own money}, {get refund + ${pct} commission|we refund you plus commission} "
                        + "{within minutes|same day}. {Start today|DM us} on ${chat}{ ${short}|}",
                "${when} I {took|accepted} a {job|side gig} {boosting sales for online shops|placing orders for a merchant}. {I paid for|I bought} {the first items|a few small orders} "
                        + "and {got the money back with commission|was refunded plus a bonus}. {Then|After that} {a big order|a \"combo\" order} {came|was assigned} {that|which} "
                        + "{needed|required} ${amt} {up front|before any refund}, {and then another|and then they said I made an error}"
                        + END);
        add(
                all,
                FAKE_INVESTMENT,
                "pig-butcher-trading-app",
                "{Exclusive|Limited} {AI trading|quant trading|arbitrage} {bot|platform}: {guaranteed|stable} {${pct} daily|${pct} weekly} returns. "
                        + "{Withdraw anytime|Fully regulated}. {Register|Sign up} {now|today} {and get|for} a ${small} bonus: ${url}",
                "{I was introduced to|A friend from ${platform} told me about} {an AI trading app|a quant trading platform} ${when}. {They said|It claimed} it {returned|made} "
                        + "${pct} {a week|a month}. {I deposited|I started with} ${amt} {and my balance grew quickly|and saw profits}. {When I wanted to cash out|To withdraw} "
                        + "{I was told to|they asked me to} pay {a \"risk deposit\"|taxes} first" + END);
        add(
                all,
                FAKE_INVESTMENT,
                "insider-ipo-shares",
                "{Pre-IPO|Private placement} {shares|allocation} in {a tech unicorn|a listed company} {available|open} {for VIP clients|today only}. "
                        + "{Guaranteed|Expected} {${pct}|300%} {on listing|return}. {Call|WhatsApp} ${mobile}",
                "${when} {a broker|a \"financial advisor\"} {called me|contacted me} about {pre-IPO shares|discounted shares} {only institutions could buy|in a company about to list}. "
                        + "{I transferred|I paid} ${amt} {to buy|for} {the shares|an allocation}, then {more|another payment} {to \"unlock\"|for fees}. {The company|The broker} {does not exist|is fake}"
                        + END);
        add(
                all,
                FAKE_LOAN,
                "wrong-account-number-unlock",
                "{Loan Dept|Finance team}: your {loan|withdrawal} {of ${big}|} {failed|is frozen} {because|as} {the bank account number is incorrect|your account details do not match}. "
                        + "{Pay|A} {${fee}|small} {unfreezing|verification} fee {to release the funds|to correct it}. {Contact|Call} ${mobile}",
                "{I applied|Applied} for a {loan|personal loan} {online|on an app} ${when}. {It was approved|They said it was approved} but {the app said|I was told} {my card number was wrong|I entered my account wrongly} "
                        + "and the money was frozen. {To unfreeze it|To fix it} I {paid|had to pay} ${fee}, then {another fee|a tax}"
                        + END);
        add(
                all,
                FAKE_LOAN,
                "no-credit-check-instant",
                "{Need cash fast?|Short on money?} {Get|Borrow} {up to ${big}|${big}} {with no credit check|even with bad credit}, {instant approval|money in 10 min}. "
                        + "{Apply|Click} {here|now}: ${url}",
                "${when} I {clicked|followed} a link {in a text|from an ad} offering {loans with no credit check|instant loans}. {I filled in|I gave them} my {ID|bank details}, "
                        + "{and then|then} {they asked for|I had to pay} {a membership fee|an insurance fee|a \"guarantee\"} {before|so they could} {releasing the loan|release it}"
                        + END);
        add(
                all,
                FAKE_CUSTOMER_SERVICE,
                "parcel-lost-compensation",
                "{${courier}|${courier} Claims}: {we are sorry|apologies}, your parcel {was lost|was damaged} {in transit|at our depot}. {You are entitled to|Claim} {compensation|a refund of ${amt}}. "
                        + "{Complete|Start} your claim {here|at} ${short}",
                "${when} {I got a call|someone phoned} {saying|claiming} my {parcel|package} from ${courier} was {lost|damaged} and I would {get compensation|be paid twice the value}. "
                        + "{They asked me to|I was told to} {download an app|join a video call} and {share my screen|open my banking app}, {and|then} {money left my account|they moved money out of my account}"
                        + END);
        add(
                all,
                FAKE_CUSTOMER_SERVICE,
                "subscription-cancel-refund",
                "{Your|Notice: your} {${platform}|Amazon Prime|Norton|McAfee} {subscription|membership} {renews today|will auto-renew} {for|at} ${fee}. "
                        + "{If you did not authorise this|To cancel}, call ${mobile}.",
                "${when} I {got an email|got a text} {that|saying} my {antivirus|Amazon} {subscription|membership} {had renewed|would renew} for ${fee}. I {called the number|rang them} to cancel, "
                        + "{and the agent|and they} {asked me to install|made me install} {a remote app|AnyDesk} to {process the refund|cancel it}. {They said|Then he said} they {refunded too much|had sent me too much} "
                        + "and {I had to send it back|asked me to return the difference}" + END);
        add(
                all,
                IMPERSONATING_OFFICIALS,
                "tax-office-arrest-threat",
                "{FINAL NOTICE|URGENT}: {${agency}|the Tax Office} {has filed|filed} a {lawsuit|case} against you {for unpaid taxes|for tax fraud}. "
                        + "{Call|Contact} ${mobile} {immediately|today} {to avoid arrest|to settle before an officer is sent}.",
                "${when} {I received|I got} a {call|voicemail} {saying|claiming} I {owed|had unpaid} {taxes|back taxes} and {there was a warrant|police would arrest me}. "
                        + "{They told me|I was told} to pay {in gift cards|by bank transfer|in Bitcoin} {right away|immediately} {and stay on the line|and not hang up}"
                        + END);
        add(
                all,
                IMPERSONATING_OFFICIALS,
                "customs-parcel-contraband",
                "{Customs|Border Force|Courier} {notice|alert}: a parcel {in your name|addressed to you} {was seized|contains illegal items}. "
                        + "{Press 1|Call ${mobile}} to {speak to an officer|avoid legal action}[, case ${caseno}].",
                "${when} {a recorded message|a caller} {said|told me} a {parcel|package} {in my name|sent under my name} {was found with fake passports|contained drugs} {at customs|in ${city}}. "
                        + "{I was transferred to|Then I spoke to} {a \"police officer\"|an \"investigator\"} who {said|claimed} I was {a suspect|linked to money laundering} and {had to move|must transfer} "
                        + "my money {to a safe account|for verification}" + END);
        add(
                all,
                FAKE_CREDIT_REPAIR,
                "student-loan-account-cancel",
                "{Notice|Alert}: your {student loan|old loan} account {was not closed properly|is non-compliant}. {To avoid damage to your credit score|To avoid a report to the credit bureau|To keep your credit record clean}, "
                        + "{close it|call us} {by ${date}|today}: ${mobile}",
                "${when} {someone|a caller} {said|claimed} they were from {a lending platform|my bank} and {my student loan account|an old loan account} {had to be cancelled|was against new rules} "
                        + "{or my credit score would drop|or it would hurt my credit}. {They told me|I was told} to {borrow money from several apps|take out loans} and {transfer it|send it} to {them|a verification account} "
                        + "{to \"clear\" my credit|to prove it was cleared}" + END);
        add(
                all,
                FAKE_CREDIT_REPAIR,
                "identity-theft-record",
                "{Credit bureau|Credit alert}: {a loan|a guarantee} {was taken out|was registered} {in your name|using your ID}. {If this was not you|To dispute it}, {call|contact} ${mobile} {today|within 24h}.",
                "${when} {I got a call|a man called me} {from the \"credit bureau\"|saying he was from the credit agency} {saying|who said} someone {used my ID|had stolen my identity} to {take a loan|borrow money}. "
                        + "{To fix my record|To remove it} I {had to|was told to} {pay a fee|transfer money to a checking account}"
                        + END);
        add(
                all,
                FAKE_GAME_TRADE,
                "free-skins-generator",
                "{FREE|Free} {${game}|} {skins|V-Bucks|Robux|gems} {generator|giveaway}! {Claim|Get} {yours|1000} {now|today}: ${short} {${emoji}|}",
                "{My son|My kid|My daughter} {|, who is 1${n},|, aged ${n},} {found|clicked} a {free skins|free Robux} {site|link} ${when} {and|which} {asked for|told him to enter} "
                        + "{my card details|a parent's payment code} {to \"verify\"|for verification}. {Then|Later} {they said|a \"game admin\" said} {the account was frozen|we would be sued} "
                        + "and {made him|asked him to} {pay|send money}" + END);
        add(
                all,
                FAKE_GAME_TRADE,
                "selling-account-fake-buyer",
                "{Buying|WTB} {${game}|} accounts {for good money|at top price}. {Trade via|Use} {our|the} {middleman|trade} site ${short} {for safety|so both sides are protected}.",
                "I {listed|tried to sell} my ${game} account ${when}. A buyer {said|insisted} we use {a trading site|a middleman site}. {After|When} the \"sale\" {went through|completed} "
                        + "the site {said|claimed} my {withdrawal|bank details} {were wrong|was frozen} and {I had to pay|asked for} ${fee} {to unlock|to fix it}"
                        + END);
        add(
                all,
                ROMANCE,
                "military-partner-customs-fee",
                "{Hello|Hi} {dear|my friend}, {I am|this is} {Captain|Dr.|Sergeant} ${last}, {serving|working} {overseas|with the UN}. {I saw your profile|Your smile} {and|} {would like|want} "
                        + "{to know you better|a serious relationship}{.|!}",
                "${when} {I met|I started talking to} {a man|someone} {online|on ${platform}} who said he was {a soldier|a doctor|an engineer} {overseas|on an oil rig}. "
                        + "{After|Over} {weeks|months} of {daily messages|chatting}, he {said|told me} he had sent me {a package|a box of cash|gifts}. {A \"courier\"|A \"diplomatic agent\"} "
                        + "{then|} asked me to pay {customs fees|clearance fees} of ${fee}, {then more|then another fee}"
                        + END);
        add(
                all,
                ROMANCE,
                "sextortion-video-chat",
                "{Hey|Hi} {handsome|cutie}{ ${emoji}|}, {feeling lonely|bored} tonight? {Let's|Wanna} {video chat|have some fun}. {Download|Install} this app {first|}: ${url}",
                "${when} {a woman|someone} {added me|matched with me} on {Instagram|Facebook|a dating app|Tinder|WhatsApp} and {quickly|soon} {suggested a video call|moved to a video chat}. {Afterwards|The next day} {they|she} "
                        + "{sent me|showed me} {a recording|screenshots} and {my contact list|my friends' names}, {threatening|and threatened} to {share it|send it to everyone} {unless I paid|if I did not pay}"
                        + END);
        add(
                all,
                IMPERSONATING_ACQUAINTANCE,
                "boss-urgent-gift-cards",
                "{Hi|Hey} ${name}, {it's|this is} ${name2} ${last}. {Are you busy?|Got a minute?} {I need you to|Can you} {buy|get} {some gift cards|${n} Apple gift cards} {for a client|for the team} "
                        + "{urgently|today}. {I'm in a meeting|Can't talk}, {will reimburse|pay you back} {later|tomorrow}.",
                "${when} I {got|received} {an email|a text} {from my \"boss\"|from someone using my manager's name} {asking|who asked} me to {buy gift cards|pay a supplier} {urgently|right away} "
                        + "{while he was in a meeting|because he could not call}. {I bought|I paid} ${amt} {and sent the codes|and sent the details}, {then|and later} {found out|learned} {it was not him|his account was fake}"
                        + "{. " + LOST + "|}{.|}");
        add(
                all,
                IMPERSONATING_ACQUAINTANCE,
                "friend-stranded-abroad",
                "{Hey|Hi} {it's ${name}|mate it's me}{,|!} {I'm stuck|I'm stranded} in ${city} {and lost my wallet|and my card is blocked}. {Can you|Could you} {send|lend me} ${amt} {for the hotel|for a ticket home}? "
                        + "{Will pay you back|Pay you back} {as soon as I'm home|next week}.",
                "${when} {a friend's|my cousin's} {account|${chat}} {messaged me|sent me a message} {saying|that} {they were|he was} {stuck abroad|in trouble in ${city}} and {needed|asked for} money. "
                        + "I {sent|transferred} ${amt} {to an account they gave|to the account}, {then|but} {the real friend|my cousin} {told me|said} {their account had been hacked|it wasn't them}"
                        + "{. " + LOST + "|}{.|}");
        add(
                all,
                FAKE_SHOPPING,
                "concert-ticket-resale",
                "{Selling|Got} {${n}|2} {tickets|VIP tickets} for {Taylor Swift|Coldplay|the final|the concert} {in ${city}|this weekend}, {face value|below face value}. "
                        + "{Bank transfer only|PayPal friends and family}. {DM|Text} ${mobile}",
                "${when} I {bought|paid for} {concert|football} tickets from {someone on ${platform}|a seller on social media}. {They sent|He sent} {a screenshot of the tickets|a photo of his ID} "
                        + "{so I trusted them|to look genuine}. I {paid|transferred} ${amt} {by bank transfer|as friends and family}, {and|but} {no tickets came|the tickets never arrived}"
                        + END);
        add(
                all,
                FAKE_SHOPPING,
                "pet-deposit-shipping",
                "{Adorable|Beautiful} {French bulldog puppies|Maine Coon kittens|Golden retriever puppies|Ragdoll kittens|Cavapoo puppies} {for rehoming|for sale}, {vaccinated|KC registered}, {only ${amt}|${amt} each}. "
                        + "{Delivery available|We ship nationwide}. {Text|Call|WhatsApp} ${mobile}",
                "${when} I {paid a deposit|paid} for a {puppy|kitten} {I saw online|advertised on ${platform}}. {The seller|They} {then|later} asked for {shipping|insurance|a special crate} {fees|money} "
                        + "{of ${fee}|}{, and then more|, then vet fees}. {The pet never came|No pet was ever delivered}"
                        + END);
        add(
                all,
                OTHER,
                "toll-road-unpaid-link",
                "{Toll Services|E-ZPass|FasTrak|DVLA}: {you have|your vehicle has} an {unpaid toll|outstanding balance} of ${small}. {Pay now|Settle} {to avoid|or face} {a late fee|a ${fee} fine}: ${url}",
                "${when} I {got a text|received a message} about an {unpaid toll|outstanding road charge}. {I clicked|I opened} the link and {entered|typed} my card details {to pay|for} ${small}. "
                        + "{Soon after|The next day}, {${amt} was taken|there were charges of ${amt}} {from my card|on my account}{.|}[ {The toll company said they never sent it.|My bank cancelled the card.}]");
        add(
                all,
                OTHER,
                "tax-refund-link",
                "{HMRC|IRS|Tax Office}: {you are eligible for|we owe you} a tax refund of ${small}. {Claim|Submit your claim} {within 48 hours|by ${date}}: ${url}",
                "${when} {a text|an email} said I {was due|could claim} a tax refund. {The link|The site} {looked official|looked like the government site} {and asked for|and I entered} "
                        + "{my bank login|my card number and security code}. {Then|Soon} ${amt} {was taken from|disappeared from} my account{.|}[ Please help.]");
        return all;
    }

    private static void add(List<Family> all, ScamType type, String name, String sms, String narrative) {
        String terse = TERSE_MESSAGES.get(name);
        if (terse == null) {
            throw new IllegalStateException("no terse message for " + name);
        }
        all.add(Family.scam(type, EN, name, "{" + sms + "|" + terse + "}", narrative));
    }

    private static Map<String, String> terseMessages() {
        Map<String, String> map = new HashMap<>();
        map.put(
                "remote-task-job",
                "{Earn|Make} ${small}/day from home, {paid daily|no exp needed}. {Msg|WhatsApp} ${mobile}|{Part-time|Remote} job: ${small}-${amt}/day. {Reply YES|Txt JOB to ${mobile}}");
        map.put(
                "like-follow-paid-tasks",
                "Get paid ${small} {per like|to follow}! {Add|Msg} us on ${chat}: ${mobile}|{Like videos|Follow accounts}, earn {daily|fast}. {Join|Info}: ${short}");
        map.put(
                "pay-first-order-commission",
                "{Order booster|Shop assistant} needed, {${pct} commission|refund+bonus}. ${chat}: ${mobile}|{Buy|Order}, get {refund + ${pct}|money back + bonus}. {DM|Txt} ${mobile}");
        map.put(
                "crypto-mentor-group",
                "{Free|VIP} {crypto|stock} signals, {${pct} gains|300% last month}. {Join|Link}: ${short}|{Mentor|Prof. ${last}} {shares|posts} {daily picks|signals}. {Join now|Free entry}: ${short}");
        map.put(
                "pig-butcher-trading-app",
                "{AI|Quant} bot: ${pct} {daily|weekly}. {Sign up|Register}: ${url}|{Guaranteed|Stable} returns {${pct}/day|daily}. {Start|Join} ${short}");
        map.put(
                "insider-ipo-shares",
                "{Pre-IPO|Private} shares, {${pct}|300%} on listing. {Call|WhatsApp} ${mobile}|{VIP|Limited} IPO {allocation|places} left: ${n}. {Call|Txt} ${mobile}");
        map.put(
                "approved-loan-upfront-fee",
                "{Loan|Cash} {${big}|up to ${big}} APPROVED. {Pay ${fee} fee to release|Fee ${fee}}. {Call|Txt} ${mobile}|{Your|U r} {approved|pre-approved}! {Small fee|${fee}} to {release|unlock}. ${short}");
        map.put(
                "wrong-account-number-unlock",
                "{Loan|Funds} frozen: {wrong acct no.|bad details}. {Pay ${fee} to unlock|Unfreeze fee ${fee}}. ${mobile}|{Withdrawal|Payout} failed, {acct error|card no. wrong}. {Call|Txt} ${mobile}");
        map.put(
                "no-credit-check-instant",
                "{Bad credit OK|No credit check}! {${big}|Cash} in 10 min: ${url}|{Need|Want} {cash|${big}} {today|now}? {Apply|Click} ${short}");
        map.put(
                "refund-screen-share",
                "{${platform}|Amazon}: {refund ${amt} pending|double charge}. {Call|Ring} ${mobile}|{Order|Acct} {issue|charged twice}, {call|contact} {support|us} ${mobile}");
        map.put(
                "parcel-lost-compensation",
                "{${courier}|Courier}: parcel {lost|damaged}, {claim|get} {${amt}|compensation}: ${short}|{Your|Ur} parcel {was lost|is missing}. {Claim|Refund}: ${short}");
        map.put(
                "subscription-cancel-refund",
                "{Your|Ur} {subscription|plan} renews {today|now} {for ${fee}|${fee}}. {Cancel|Stop}: ${mobile}|{${platform}|Prime} {auto-renew|charge} ${fee}. {Not you?|To cancel} {call|ring} ${mobile}");
        map.put(
                "money-laundering-safe-account",
                "{Police|Officer ${last}}: {your ID|ur ID} {linked to|in} {money laundering|a crime}. {Call|Ring} ${mobile} {now|today}|{Your|Ur} {accounts|bank accounts} {will be frozen|are under investigation}. {Call|Contact} ${mobile}");
        map.put(
                "tax-office-arrest-threat",
                "{FINAL NOTICE|URGENT}: {unpaid tax|tax fraud}, {arrest|warrant} {pending|issued}. {Call|Ring} ${mobile}|{Tax Office|IRS|HMRC}: {lawsuit|case} {filed|open}. {Call|Ring} ${mobile} {today|now}");
        map.put(
                "customs-parcel-contraband",
                "{Customs|Border|${courier}}: {parcel|package} {${order}|} {seized|held}, {call|ring} ${mobile}|{Parcel|Pkg} in {your|ur} name {has|contains} {illegal items|drugs|fake passports}. {Press 1|Call ${mobile}}");
        map.put(
                "credit-score-fix",
                "{Fix|Repair} {your|ur} credit {fast|in ${n} days}! {Call|Txt} ${mobile}|{Remove|Delete} {late payments|defaults}. {100%|Guaranteed}. ${mobile}");
        map.put(
                "student-loan-account-cancel",
                "{Old|Student} loan {acct|account} {must be closed|non-compliant}. {Call|Ring} ${mobile}|{Close|Cancel} {ur|your} {student loan|old loan} acct {by ${date}|today}: ${mobile}");
        map.put(
                "identity-theft-record",
                "{Loan|Credit} {taken|opened} {in ur name|using your ID}? {Call|Dispute:} ${mobile}|{ID|Identity} {theft|misuse} {alert|detected}. {Call|Ring} ${mobile}");
        map.put(
                "cheap-account-fake-escrow",
                "{WTS|Selling} {${game}|} {acc|account} {cheap|${small}}. {Escrow|MM}: ${short}|{Cheap|Rare} {${game}|} {skins|items} {${small}|for sale}, {DM|msg} {me|on ${chat}}");
        map.put(
                "free-skins-generator",
                "FREE {skins|V-Bucks|Robux}! ${short}|{Get|Claim} {free|1000} {gems|Robux|skins} {now|today} ${short}");
        map.put(
                "selling-account-fake-buyer",
                "{Buying|WTB} {${game}|} accounts, {top|best} price. {Trade|Use} ${short}|{I'll buy|Buying} {ur|your} {${game}|} acc {for ${amt}|fast}. {MM site|Escrow}: ${short}");
        map.put(
                "dating-then-crypto",
                "{Hi|Hello|Hey} {${name}|dear|there}? {Wrong number sorry|Is this ${name2}?|Are you ${name2} from ${city}?}{ ${emoji}|}|{Hey|Hi} {there|stranger}, {I am ${name2}|${name2} here}, {can we be friends|nice to meet u}?{ ${emoji}|}");
        map.put(
                "military-partner-customs-fee",
                "{Hi|Hello} {dear|love|${name}}, {your gift|the package} {is on the way|has shipped}{, tracking ${order}|}{ ${emoji}|}|{Captain|Sgt} ${last} {here|writing}, {I miss you|thinking of u}{ ${emoji}|}");
        map.put(
                "sextortion-video-chat",
                "{Lonely|Bored} {tonight|babe}? {Video chat|Call me}: ${short}|{Hey|Hi} {cutie|handsome}{ ${emoji}|}, {wanna|let's} {chat|video call}? ${url}");
        map.put(
                "hi-mum-new-number",
                "{Hi mum|Hey dad|Mum|Mom}, {new number|it's me|it's ${name}}, {text me|msg me} {on ${chat}|here|when u can}{ x| xx|}|{Mum|Dad} {my phone broke|I lost my phone|I dropped my phone}, {this is my new number|new no.|using ${name2}'s phone}, {save it|delete the old one|text me back}{ x| ${emoji}|}");
        map.put(
                "boss-urgent-gift-cards",
                "{${name}|Hi}, {it's|this is} ${name2}. {Need|Buy} {gift cards|${n} gift cards} {asap|urgently}.|{Are you free?|U busy?} {Need a favour|Quick task} {urgent|now}. {- ${name2}|${name2}}");
        map.put(
                "friend-stranded-abroad",
                "{Stuck|Stranded} in ${city}, {lost wallet|card blocked}. {Send|Can u send} ${amt}?|{It's me|${name} here}, {need|send} ${amt} {urgently|asap}, {pay back|will repay} {soon|next week}");
        map.put(
                "fake-online-store",
                "{${pct} OFF|90% OFF} {bags|iPhones|sneakers} {today|now}: ${url}|{SALE|Clearance}! {Everything|All items} {${pct} off|£1}: ${short}");
        map.put(
                "concert-ticket-resale",
                "{${n}|2} {tickets|VIP tix} for {Coldplay|Taylor Swift|the final}, {face value|cheap}. ${mobile}|{Selling|Got} {tix|tickets} {this weekend|${date}}, {bank transfer|PayPal F&F}. ${mobile}");
        map.put(
                "pet-deposit-shipping",
                "{Puppies|Kittens} for {sale|rehoming}, {${amt}|cheap}, {we deliver|shipping}. ${mobile}|{French bulldog puppies|Ragdoll kittens} {ready now|available}, {deposit|reserve} {${fee}|today}. ${mobile}");
        map.put(
                "prize-winner",
                "{WINNER|CONGRATS}! {U|You} {won|have won} {${big}|an iPhone}. {Claim|Call} {${short}|${mobile}}|{Your|Ur} {number|mobile} {won|was drawn}! {Txt CLAIM to|Call} ${mobile}");
        map.put(
                "toll-road-unpaid-link",
                "{Unpaid toll|Toll due} ${small}. {Pay|Settle}: ${url}|{Toll|Road} {charge|fine} {overdue|unpaid}, {pay now|avoid fee}: ${short}");
        map.put(
                "tax-refund-link",
                "{Tax refund|Refund} ${small} {due|pending}. {Claim|Submit}: ${url}|{You|U} {are owed|have} a {tax refund|refund} of ${small}: ${short}");
        return map;
    }
}
