package io.clearsky.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BankCardsTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "4111111111111111            | 4111111111111111",
                "4111 1111 1111 1111         | 4111111111111111",
                "4111-1111-1111-1111         | 4111111111111111",
                "４１１１　１１１１－１１１１　１１１１ | 4111111111111111",
                "6222 0212 3456 7890 128     | 6222021234567890128",
                "4222222222222               | 4222222222222"
            })
    void canonicalFormIsTheDigits(String raw, String digits) {
        assertThat(BankCards.parse(raw)).isEqualTo(digits);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "\"\"                       | the card number is empty",
                "4111 1111 1111 1112        | the card number fails the Luhn check",
                "411111111111               | a bank card number has 13 to 19 digits, this has 12",
                "41111111111111111111       | a bank card number has 13 to 19 digits, this has 20",
                "4111/1111/1111/1111        | a card number has only digits, spaces and dashes; this contains '/'",
                "4111 1111 1111 111x        | a card number has only digits, spaces and dashes; this contains 'x'"
            })
    void refusesWhatIsNotACardNumber(String raw, String reason) {
        assertThatThrownBy(() -> BankCards.parse(raw)).isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
            assertThat(e.kind()).isEqualTo(IndicatorKind.BANK_CARD);
            assertThat(e.reason()).isEqualTo(reason);
        });
    }
}
