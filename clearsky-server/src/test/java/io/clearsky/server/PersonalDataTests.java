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
