package io.clearsky.server.funds;

import io.clearsky.server.InvalidInputException;
import io.clearsky.server.InvalidInputException.FieldProblem;
import io.clearsky.server.PersonalData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An account as the institution that holds it numbers it: {@code {"institution": "fastpay", "account": "6222…"}}.
 *
 * @param institution the code of the partner (payment platform or bank) that holds the account
 * @param account the account number at that institution
 */
public record AccountRef(String institution, String account) {

    private static final Pattern INSTITUTION = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
    private static final int MAX_ACCOUNT = 128;

    /** The account named by a URL's path, or a 400 naming {@code institution} or {@code account}. */
    public static AccountRef of(String institution, String account) {
        List<FieldProblem> problems = new ArrayList<>();
        AccountRef ref = read("account", "institution", account, institution, null, problems);
        if (ref == null) {
            throw new InvalidInputException(problems);
        }
        return ref;
    }

    /**
     * The account a request names, with its institution ({@code defaultInstitution}, the sender, when absent), or
     * null after adding what is wrong to {@code problems}.
     */
    static @Nullable AccountRef read(
            String accountField,
            String institutionField,
            @Nullable String number,
            @Nullable String institution,
            @Nullable String defaultInstitution,
            List<FieldProblem> problems) {
        String code = institution == null || institution.isBlank()
                ? defaultInstitution
                : institution.strip().toLowerCase(Locale.ROOT);
        boolean ok = true;
        if (code == null) {
            problems.add(new FieldProblem(institutionField, "the code of the institution that holds the account"));
            ok = false;
        } else if (!INSTITUTION.matcher(code).matches()) {
            problems.add(new FieldProblem(
                    institutionField, "an institution's code: 2 to 64 lower-case letters, digits and dashes"));
            ok = false;
        }
        String account = number == null ? "" : number.strip();
        if (account.isEmpty()
                || account.length() > MAX_ACCOUNT
                || account.chars().anyMatch(c -> c <= ' ')) {
            problems.add(new FieldProblem(accountField, "1 to 128 characters, no spaces"));
            ok = false;
        }
        return ok ? new AccountRef(code, account) : null;
    }

    /** The same account with its number masked ({@link PersonalData#account}): a victim's own account. */
    public AccountRef masked() {
        return new AccountRef(institution, PersonalData.account(account));
    }

    @Override
    public String toString() {
        return institution + "/" + account;
    }
}
