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
import java.util.List;

/** The English scam scripts: the same scam types as English-speaking targets receive and report them. */
final class EnScams {

    static final String LOST =
            "{In total I lost ${loss}|I lost ${loss} altogether|Altogether I sent them ${loss}|I transferred ${loss} in total|That is ${loss} gone}";
    static final String AFTER =
            "{now they have blocked me|then they stopped replying|the number is now disconnected|the website is gone|they deleted the account|I realised it was a scam}";
    static final String END = "{. " + LOST + " and " + AFTER + "|, and " + AFTER + ". " + LOST + "|. " + LOST
            + "}{.|.|!}[ {Please help me get it back.|I have screenshots of the chat.|I reported it to my bank too.|Can anything be done?}]";

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
                        + "{We talked every day|We chatted for weeks} and {they|he|she} {introduced|showed} me {a|an} {${crypto} trading app|investment platform}. "
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
        return all;
    }

    private static void add(List<Family> all, ScamType type, String name, String sms, String narrative) {
        all.add(Family.scam(type, EN, name, sms, narrative));
    }
}
