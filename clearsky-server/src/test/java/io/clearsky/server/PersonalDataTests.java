package io.clearsky.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PersonalDataTests {

    @Test
    void aPhoneNumberKeepsItsFirstThreeAndLastFourDigits() {
        assertThat(PersonalData.phone("13800138000")).isEqualTo("138****8000");
        assertThat(PersonalData.phone("+8613912345678")).isEqualTo("+86139****5678");
        assertThat(PersonalData.phone("+86 138 0013 8000")).isEqualTo("+86 138 **** 8000");
        assertThat(PersonalData.phone("0592-5551234")).isEqualTo("059*-***1234");
    }

    @Test
    void aShortNumberStillHasAtLeastHalfOfItHidden() {
        assertThat(PersonalData.phone("95588")).isEqualTo("9***8");
        assertThat(PersonalData.phone("5551234")).isEqualTo("5*****4");
    }

    @Test
    void anIdCardNumberKeepsItsRegionAndLastFour() {
        assertThat(PersonalData.idCard("350203199001011234")).isEqualTo("350203********1234");
        assertThat(PersonalData.idCard("35020319900101123X")).isEqualTo("350203********123X");
        assertThat(PersonalData.idCard("350203900101123")).isEqualTo("350203*****1123");
    }

    @Test
    void aBankCardKeepsItsBinAndLastFour() {
        assertThat(PersonalData.bankCard("6222021234567890123")).isEqualTo("622202*********0123");
        assertThat(PersonalData.bankCard("6222 0212 3456 7890")).isEqualTo("6222 02** **** 7890");
    }

    @Test
    void aNameKeepsTheFamilyNameOnly() {
        assertThat(PersonalData.name("张三")).isEqualTo("张*");
        assertThat(PersonalData.name("张三丰")).isEqualTo("张**");
        assertThat(PersonalData.name(" 欧阳娜娜 ")).isEqualTo("欧***");
        assertThat(PersonalData.name("John Smith")).isEqualTo("J***");
        assertThat(PersonalData.name("Li")).isEqualTo("L***");
    }

    @Test
    void anAccountIsMaskedByWhatItLooksLike() {
        assertThat(PersonalData.account("+8613912345678")).isEqualTo("+86139****5678");
        assertThat(PersonalData.account("6222021234567890")).isEqualTo("622202******7890");
        assertThat(PersonalData.account("alipay:2088999900000001")).isEqualTo("alipay:208899******0001");
        assertThat(PersonalData.account("wang.li@example.com")).isEqualTo("w***@example.com");
        assertThat(PersonalData.account("wx_lily2020")).isEqualTo("wx_******20");
    }

    @Test
    void freeTextHasItsPhoneIdAndCardNumbersMaskedAndTheRestAsWritten() {
        String narrative = "我叫张三，身份证350203199001011234，手机13800138000。对方让我用卡6222 0212 3456 7890"
                + "转账120000元，2026年11月20日14:30，回拨+86 139 1234 5678或0592-5551234。订单号A13800138000B不变。";
        assertThat(PersonalData.text(narrative))
                .isEqualTo("我叫张三，身份证350203********1234，手机138****8000。对方让我用卡6222 02** **** 7890"
                        + "转账120000元，2026年11月20日14:30，回拨+86 139 **** 5678或059*-***1234。订单号A13800138000B不变。");
        assertThat(PersonalData.text("card 6222021234567890123 and id 35020319900101123x"))
                .isEqualTo("card 622202*********0123 and id 350203********123x");
        assertThat(PersonalData.text(null)).isNull();
    }

    @Test
    void fullWidthDigitsAreMaskedAndWhatStaysIsAsWritten() {
        assertThat(PersonalData.text("手机１３８００１３８０００，身份证３５０２０３１９９００１０１１２３Ｘ。"))
                .isEqualTo("手机１３８****８０００，身份证３５０２０３********１２３Ｘ。");
        assertThat(PersonalData.text("回拨＋８６　１３９　１２３４　５６７８或０５９２－５５５１２３４")).isEqualTo("回拨＋８６　１３９　****　５６７８或０５９*－***１２３４");
        assertThat(PersonalData.text("卡６２２２０２１２３４５６７８９０１２３，订单号Ａ１３８００１３８０００Ｂ"))
                .isEqualTo("卡６２２２０２*********０１２３，订单号Ａ１３８００１３８０００Ｂ");
        assertThat(PersonalData.phone("＋８６１３９１２３４５６７８")).isEqualTo("＋８６１３９****５６７８");
        assertThat(PersonalData.account("１３８００１３８０００")).isEqualTo("１３８****８０００");
    }

    @Test
    void anIdCardNumberGroupedSixEightFourIsMasked() {
        assertThat(PersonalData.text("身份证 350203 19900101 1234 号")).isEqualTo("身份证 350203 ******** 1234 号");
        assertThat(PersonalData.text("id 350203-19900101-123X, id 350203 19900101 123x"))
                .isEqualTo("id 350203-********-123X, id 350203 ******** 123x");
    }

    @Test
    void aLandlineWithASpaceOrDashAfterItsAreaCodeIsMasked() {
        assertThat(PersonalData.text("座机0592 5551234，或0592-5551234，或010 12345678"))
                .isEqualTo("座机059* ***1234，或059*-***1234，或010 ****5678");
        // an 8-digit local number after a 4-digit area code is still a phone number, not a card
        assertThat(PersonalData.text("0755-12345678")).isEqualTo("075*-****5678");
    }

    @Test
    void aMobileNumberInGroupsOrWithACountryCodeIsMasked() {
        assertThat(PersonalData.text("138 0013 8000 / 138-0013-8000 / +86 138 0013 8000 / +86 13800138000"))
                .isEqualTo("138 **** 8000 / 138-****-8000 / +86 138 **** 8000 / +86 138****8000");
        assertThat(PersonalData.text("+8613800138000, 8613800138000, +86-138-0013-8000"))
                .isEqualTo("+86138****8000, 86138****8000, +86-138-****-8000");
    }

    @Test
    void aBankCardInGroupsOfFourKeepsItsBinAndLastFour() {
        assertThat(PersonalData.text("卡号 6222 0212 3456 7890 123 和 6222-0212-3456-7890"))
                .isEqualTo("卡号 6222 02** **** ***0 123 和 6222-02**-****-7890");
    }

    @Test
    void amountsDatesTimesAndShortNumbersStayAsWritten() {
        String text = "2026-11-30 14:30:05 转账 120000 元、3,000.50 元和 ￥１２０００，案件 AJ2026-000123，"
                + "回执 BA20261120K3M9Q2XZ 和 BA2026112012345678，报警 110，验证码 123456，共 3 笔，"
                + "2026年11月30日，２０２６－１１－３０，尾号 8000，时间 2026/11/30 09:00-18:00";
        assertThat(PersonalData.text(text)).isEqualTo(text);
    }

    @Test
    void aRevealNeedsAReasonOfFiveToFiveHundredCharacters() {
        assertThat(PersonalData.reason("  call back the victim ")).isEqualTo("call back the victim");
        for (String bad : new String[] {null, "", "   ", "why", "x".repeat(501)}) {
            assertThatThrownBy(() -> PersonalData.reason(bad))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems())
                                    .singleElement()
                                    .extracting(InvalidInputException.FieldProblem::field)
                                    .isEqualTo("reason"));
        }
    }
}
