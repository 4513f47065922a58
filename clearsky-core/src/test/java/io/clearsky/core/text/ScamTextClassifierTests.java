package io.clearsky.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.core.indicator.ScamType;
import io.clearsky.core.text.ScamTextTrainer.Example;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The classifier's plumbing on a small corpus written for this test (the shipped model's quality is measured by the
 * evaluation in docs/text-classification.md, not here).
 */
class ScamTextClassifierTests {

    private static ScamTextClassifier classifier;

    @BeforeAll
    static void train() {
        Random random = new Random(7);
        String[] loan = {"无抵押贷款，秒批放款，额度", "贷款已审批，请先交解冻费", "低息贷款，征信不好也能贷"};
        String[] job = {"刷单兼职，日结佣金", "点赞关注抖音即可返利，日赚", "在家兼职做任务，先垫付后返佣金"};
        String[] ordinary = {"今晚一起吃饭吗", "您的快递已到驿站，取件码", "会议改到下午三点", "妈妈说周末回家", "验证码，五分钟内有效"};
        List<Example> examples = new ArrayList<>();
        for (int k = 0; k < 300; k++) {
            examples.add(new Example(pick(random, loan) + (100 + random.nextInt(900)) + "元", ScamType.FAKE_LOAN));
            examples.add(new Example(pick(random, job) + (10 + random.nextInt(90)) + "元", ScamType.BRUSHING_REBATE));
            examples.add(new Example(pick(random, ordinary) + random.nextInt(10_000), null));
            examples.add(new Example(pick(random, ordinary), null));
        }
        classifier = ScamTextTrainer.train(examples, ScamTextTrainer.Settings.shipped());
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }

    @Test
    void aScamTextGetsItsTypeAProbabilityAndTheWordsThatWeighed() {
        TextAssessment a = classifier.classify("兼职刷单，佣金日结，先垫付");
        assertThat(a.scam()).isTrue();
        assertThat(a.scamType()).isEqualTo(ScamType.BRUSHING_REBATE);
        assertThat(a.scamProbability()).isGreaterThan(0.5).isLessThanOrEqualTo(1.0);
        assertThat(a.typeProbability()).isGreaterThan(0.5);
        assertThat(a.weighed()).isNotEmpty().hasSizeLessThanOrEqualTo(6);
        // each is a piece of the text, and the pieces that make it a job scam are among them
        assertThat(a.weighed()).allSatisfy(w -> assertThat("兼职刷单，佣金日结，先垫付").contains(w.feature()));
        assertThat(a.weighed()).anySatisfy(w -> assertThat("刷单兼职佣金垫付").contains(w.feature()));
        assertThat(a.weighed()).isSortedAccordingTo((x, y) -> Double.compare(y.weight(), x.weight()));
    }

    @Test
    void anOrdinaryTextIsNoScamAndHasNoType() {
        TextAssessment a = classifier.classify("今晚一起吃饭吗？");
        assertThat(a.scam()).isFalse();
        assertThat(a.scamType()).isNull();
        assertThat(a.typeProbability()).isZero();
        assertThat(a.scamProbability()).isLessThan(0.5);
    }

    @Test
    void aWrittenModelReadsBackToTheSameProbabilities() throws IOException {
        byte[] bytes = classifier.bytes();
        ScamTextClassifier read = ScamTextClassifier.read(new ByteArrayInputStream(bytes));
        for (String text : List.of("贷款已审批，请先交解冻费", "会议改到下午三点", "unknown words only")) {
            assertThat(read.probabilities(text)).containsExactly(classifier.probabilities(text));
        }
        assertThat(read.classes()).containsExactlyInAnyOrderElementsOf(classifier.classes());
        assertThat(read.features()).isEqualTo(classifier.features());
    }

    @Test
    void trainingIsDeterministic() {
        List<Example> examples = List.of(
                new Example("低息贷款秒批", ScamType.FAKE_LOAN),
                new Example("低息贷款解冻费", ScamType.FAKE_LOAN),
                new Example("周末回家吃饭", null),
                new Example("回家吃饭了吗", null));
        ScamTextTrainer.Settings settings = new ScamTextTrainer.Settings("MAXENT_QN", 1, 50, 0.1, 0.1);
        assertThat(ScamTextTrainer.train(examples, settings).bytes())
                .isEqualTo(ScamTextTrainer.train(examples, settings).bytes());
    }
}
