package io.clearsky.simulator.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCorpusMoneyTests {

    @Test
    void chineseNumeralsReadAsPeopleWriteThem() {
        assertThat(Money.chinese(5000, false)).isEqualTo("五千");
        assertThat(Money.chinese(5000, true)).isEqualTo("伍仟");
        assertThat(Money.chinese(2000, false)).isEqualTo("两千");
        assertThat(Money.chinese(15, false)).isEqualTo("十五");
        assertThat(Money.chinese(1200, false)).isEqualTo("一千二百");
        assertThat(Money.chinese(10500, false)).isEqualTo("一万零五百");
        assertThat(Money.chinese(30005, true)).isEqualTo("叁万零伍");
        assertThat(Money.chinese(1010, false)).isEqualTo("一千零一十");
    }

    @Test
    void templatesPickOptionsAndFillSlots() {
        Template template = Template.of("{甲|乙}[丙]<丁|戊>${n}");
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.SplittableRandom random = new java.util.SplittableRandom(1);
        for (int i = 0; i < 400; i++) {
            seen.add(template.write(new Draw(random, Slots.ZH)).replaceAll("\\d", "#"));
        }
        assertThat(seen).contains("甲丙丁戊#", "乙戊丁#", "甲丁戊#");
        assertThat(seen).hasSize(8);
    }
}
