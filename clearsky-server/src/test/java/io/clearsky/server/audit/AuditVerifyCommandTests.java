package io.clearsky.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.server.OperatorCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class AuditVerifyCommandTests {

    private final AuditVerifyCommand command = new AuditVerifyCommand();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theServersMainFindsTheCommand() {
        assertThat(ServiceLoader.load(OperatorCommand.class).stream().map(ServiceLoader.Provider::type))
                .contains(AuditVerifyCommand.class);
    }

    @Test
    void onlyTheVerifyArgumentRunsTheCommand() {
        assertThat(command.requestedBy("--clearsky.audit.verify")).isTrue();
        assertThat(command.requestedBy("--server.port=0", "--clearsky.audit.verify=true"))
                .isTrue();
        assertThat(command.requestedBy("--server.port=0")).isFalse();
        assertThat(command.requestedBy("--clearsky.audit.verify=false")).isFalse();
    }

    @Test
    void anIntactChainExitsZero() {
        int code = AuditVerifyCommand.report(new ChainVerification(true, 42, null, null, 3, 0, Instant.EPOCH), out);
        assertThat(code).isEqualTo(AuditVerifyCommand.INTACT).isZero();
        assertThat(output()).contains("intact, 42 sealed records; 3 waiting to be sealed");
    }

    @Test
    void aBrokenChainExitsOneNamingTheFirstBrokenRecord() {
        int code = AuditVerifyCommand.report(
                new ChainVerification(false, 42, 17L, "record 17 is missing (the next on file is 18)", 0, 0, null),
                out);
        assertThat(code).isEqualTo(AuditVerifyCommand.BROKEN).isEqualTo(1);
        assertThat(output()).contains("BROKEN at record 17: record 17 is missing");
    }

    @Test
    void recordsLeftUnsealedTooLongExitTwo() {
        int code = AuditVerifyCommand.report(new ChainVerification(true, 42, null, null, 9, 9, Instant.EPOCH), out);
        assertThat(code).isEqualTo(AuditVerifyCommand.SEALER_BEHIND).isEqualTo(2);
        assertThat(output()).contains("9 record(s) unsealed for more than 5 s");
    }

    @Test
    void aDatabaseThatCannotBeReachedExitsThree() {
        int code = command.run(
                out,
                "--clearsky.audit.verify",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/nothing",
                "--spring.datasource.hikari.connection-timeout=250",
                "--spring.datasource.hikari.initialization-fail-timeout=0");
        assertThat(code).isEqualTo(AuditVerifyCommand.FAILED).isEqualTo(3);
        assertThat(output()).contains("could not verify");
    }
}
