package io.clearsky.server.console.web;

import io.clearsky.server.funds.Money;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/** How the money pages write amounts ("¥120,000.00") and name a trace's levels (受害人账户, 一级账户 …). */
final class MoneyText {

    private final MessageSource messages;
    private final Locale locale;

    MoneyText(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** An amount with its thousands grouped and two decimals; yuan with ¥, another currency with its code. */
    public String money(@Nullable Money money) {
        if (money == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ROOT);
        format.setGroupingUsed(true);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        String amount = format.format(new BigDecimal(money.amount()));
        return "CNY".equals(money.currency()) ? "¥" + amount : amount + " " + money.currency();
    }

    /** A level of a trace: 0 is the victim's account, 1 to 3 have names of their own, deeper ones a number. */
    public String level(int level) {
        return level <= 3
                ? messages.getMessage("money.level." + level, null, locale)
                : messages.getMessage("money.level.n", new Object[] {level}, locale);
    }
}
