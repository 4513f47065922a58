package io.clearsky.simulator.text;

import static io.clearsky.simulator.text.TextLanguage.EN;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Ordinary English texts: codes, deliveries, bank notices, chat, appointments, marketing, and the hard negatives. */
final class EnOrdinary {

    private EnOrdinary() {}

    static List<Family> all() {
        List<Family> all = new ArrayList<>();
        add(
                all,
                "verification-code",
                "{Your|Your ${platform}} {verification|security|login} code is ${code}{.|}[ {It expires in ${n} minutes.|Valid for 10 minutes.}]"
                        + "[ {Do not share it with anyone.|Never share this code, we will never ask for it.}]",
                null);
        add(
                all,
                "delivery-update",
                "{${courier}|Your ${courier} parcel}: {your parcel|your package|order ${order}} {will be delivered|is out for delivery|arrives} "
                        + "{today|tomorrow|on ${date}}{ between ${time} and ${time2}|}.[ {Track it in the ${courier} app.|No action needed.}]",
                null);
        add(
                all,
                "bank-alert",
                "{${bank}|${bank} Alert}: {a payment|a card purchase|a transfer} of ${amt} {was made|was received} {on your card ending ${tail}|to account ending ${tail}} "
                        + "{on ${date}|today}.[ {If this wasn't you, call the number on the back of your card.|Available balance ${amt2}.}]",
                null);
        add(
                all,
                "friend-chat",
                "{Hey|Hi|Yo|Hiya} {${name}|}{,|!|} {are we still on for|still up for|fancy} {dinner|coffee|the movie|drinks|the gym} {tonight|tomorrow|on ${date}|at ${time}}?"
                        + "|{Running|I'm running} {late|10 min late|a bit behind}, {sorry|see you soon|order for me}!{ ${emoji}|}"
                        + "|{I sent you|Just sent|Transferred} {the money for|my share of} {dinner|the tickets|the taxi|the Airbnb|the gift for ${name}}, ${small}.{ Thanks!| Cheers|}"
                        + "|{Can you|Could you} {pick up|grab} {milk|bread|the kids|my parcel} {on the way home|after work|before ${time}}?{ xx|}"
                        + "|{Happy birthday|Congrats on the new job|Good luck tomorrow} ${name}{!|!!} {Have a great day|Let's celebrate soon|Proud of you}{ ${emoji}|}"
                        + "|{Landed|Arrived} in ${city}{,|.} {will call you later|hotel is nice|weather is awful}{ x|}",
                null);
        add(
                all,
                "police-fraud-warning",
                "{${city} Police|Action Fraud|Anti-Fraud Centre|Your bank|${bank}}{:| reminder:} {police|banks|officials|we} will {never|NEVER} ask you to "
                        + "{move money to a \"safe account\"|transfer money|share a one-time code|install screen-sharing apps} "
                        + "{over the phone|by phone or text|in a call}.[ {If in doubt, hang up and call|Report suspicious messages to} {110|999|911|7726|your bank on the number on your card}.]"
                        + "[ {Stay safe.|Take Five to stop fraud.|Anyone offering paid likes or reviews is a scammer.}]",
                "${when} {I got a call|someone called me} {claiming to be from|saying they were} ${agency} but {I hung up|I didn't believe them} and {called the real number|checked with my bank}. "
                        + "{I did not lose any money|No money was sent}, {I just want to report|reporting} the number ${mobile}{.|}");
        add(
                all,
                "appointment-reminder",
                "{Reminder|Hi ${name}}: {your|you have a} {appointment|booking} {with Dr ${last}|at ${city} Dental|for your car service|at the clinic} {on ${date} at ${time}|tomorrow at ${time}}. "
                        + "{Reply Y to confirm or call to rebook.|Please arrive 10 min early.|To cancel, call us.}",
                null);
        add(
                all,
                "legitimate-marketing",
                "{${platform}|Costa|Boots|Uniqlo|Domino's|Nike|IKEA}: {${pct} off|Buy one get one free|Free delivery} {this weekend|until ${date}|on everything}{!|.} "
                        + "{Shop in the app|Use code SAVE${nn}|See in store|Shop: ${short}|Details: ${short}}{.|!} {Reply STOP to opt out|Txt STOP to unsubscribe|}",
                null);
        add(
                all,
                "genuine-bank-offer",
                "{${bank}|Your bank}: {you're pre-approved|you may be eligible} for a {personal loan|credit limit increase} {of up to ${big}|} at {${n}.${n2}% APR|a fixed rate}. "
                        + "{Apply securely in our app|Log in to online banking to see details}. {We will never ask for an upfront fee.|We never ask for fees before lending.|}",
                null);
        add(
                all,
                "refund-notice",
                "{${platform}|Your order}: {your refund|a refund} of ${amt} {for order ${order}|} {has been issued|was processed} {to your original payment method|to your card}. "
                        + "{It may take ${n} business days to appear.|No action is needed.}",
                null);
        add(
                all,
                "job-interview-invite",
                "{Hi|Dear} ${name}, {thanks for applying|thank you for your application} {for the|to our} {Sales Associate|Software Engineer|Accountant|Warehouse Operative} {role|position}. "
                        + "{Are you free|Could you attend} {an interview|a call} {on ${date} at ${time}|this week}? {Regards, ${full}|— ${full}, HR}",
                null);
        add(
                all,
                "parcel-delay",
                "{${courier}|${platform}}: {due to|because of} {severe weather|high volumes|a strike} {your parcel|your delivery} {${order}|} {is delayed by ${n} days|will arrive later than expected}. "
                        + "{We're sorry for the delay.|No action is needed.|Track it in the app.|Track: ${short}}",
                null);
        add(
                all,
                "phone-bill",
                "{Your|Hi, your} {${date}|monthly} {bill|phone bill} {of|for} ${amt} is {ready|now available}{ and will be collected on ${date2}|}. "
                        + "{You have used ${nn}GB of data.|View it in the My account app.|}",
                null);
        add(
                all,
                "work-chat",
                "{Hi all|Team|Morning|Hey ${name}}, {the|our} {meeting|standup|review|call with ${city}} {is moved to|is at|starts at} ${time} {on ${date}|today|}{.|!} {Slides are in the shared drive.|Please bring your numbers.|${name} will dial in.|}"
                        + "|{I've paid|Paid|I covered} {for the team lunch|the venue deposit|${name}'s leaving gift}, ${small} each, {send it when you can|no rush|thanks all}."
                        + "|{Expenses|Your expense claim|${name}, your ${city} trip claim} {for ${amt} |}{approved|went through|is signed off}, {should hit your account|paid|payroll will pay it} {on Friday|by ${date}|next week}."
                        + "|{Can you|Could you} {review|look at} {my PR|the contract|the Q${n} report} {before ${time}|today|when you get a sec}? {Thanks!|Cheers|Ta}",
                null);
        add(
                all,
                "government-notice",
                "{${city} Council|NHS|Gov.uk|DMV|Passport Office}: {your|} {flu jab|vaccination appointment|application|renewal} {is confirmed for ${date}|has been received|is ready to collect}. "
                        + "{No payment is needed.|Bring photo ID.|Reference ${order}.}",
                null);
        add(
                all,
                "consumer-complaint-narrative",
                null,
                "${when} I {bought|ordered} {a jacket|headphones|a blender|a phone case} from {${platform}|an online shop} and it {arrived broken|was the wrong size|looked nothing like the photo}. "
                        + "{The seller|They} {refused a refund at first|took weeks to reply}, but {after I opened a dispute|after the platform stepped in} I {got ${small} back|got my money back}. "
                        + "{Just recording it|Not a scam I think, just bad service}{.|}");
        add(
                all,
                "dating-app-notification",
                "{Tinder|Hinge|Bumble|Match|${platform}}: {you have|you've got|${name} sent you} {${n} new matches|a new like|${n} unread messages|a message|a rose}{!|.| ${emoji}} "
                        + "{Open the app to say hi.|See who liked you.|Reply before it expires in ${nn}h.|} {Never send money to someone you haven't met.|Stay safe: keep chats in the app.|}",
                null);
        add(
                all,
                "game-maintenance-notice",
                "{${game}|Epic Games|Riot} {notice|update}: {servers will be down|maintenance is scheduled} {on ${date} from ${time}|tonight} {for ${n} hours|}. "
                        + "{Compensation will be sent to your in-game mailbox.|Staff will never ask for your password.|}",
                null);
        add(
                all,
                "verified-bank-call-narrative",
                null,
                "${when} {${bank}|my bank} {called me|rang} about {a suspicious payment|an unusual transaction} of ${amt} on my card. {I thought it was a scam|I was suspicious}, "
                        + "so I {hung up|ended the call} and {called the number on my card|went to a branch}. {It really was the bank|It turned out to be genuine}, "
                        + "{and the card was blocked|they stopped the payment}. {Nobody asked me to move money.|They never asked for my PIN.} {No money was lost|I lost nothing}{.|}");
        return all;
    }

    private static void add(List<Family> all, String name, @Nullable String sms, @Nullable String narrative) {
        all.add(Family.ordinary(EN, name, sms, narrative));
    }
}
