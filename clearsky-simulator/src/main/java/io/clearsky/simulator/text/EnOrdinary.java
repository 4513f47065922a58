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
        return all;
    }

    private static void add(List<Family> all, String name, @Nullable String sms, @Nullable String narrative) {
        all.add(Family.ordinary(EN, name, sms, narrative));
    }
}
