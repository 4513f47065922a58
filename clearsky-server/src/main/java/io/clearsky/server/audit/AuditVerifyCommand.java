package io.clearsky.server.audit;

import io.clearsky.server.OperatorCommand;
import io.clearsky.server.audit.internal.AuditRecords;
import io.clearsky.server.audit.internal.ChainVerifier;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Arrays;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The operator's check of the audit chain: {@code java -jar clearsky-server.jar --clearsky.audit.verify} connects
 * to the database the server's settings name, re-computes the chain, prints the result and exits with
 * {@link #INTACT}, {@link #BROKEN}, {@link #SEALER_BEHIND} or {@link #FAILED}. It starts no web server, loads no demo
 * and changes nothing. The application's main method finds it through {@code META-INF/services}.
 */
public final class AuditVerifyCommand implements OperatorCommand {

    /** The argument that runs this command instead of the server. */
    public static final String ARGUMENT = "--clearsky.audit.verify";

    /** Exit code: every sealed record is on file and unchanged, and the sealer keeps up. */
    public static final int INTACT = 0;

    /** Exit code: a record was changed or removed; the output names the first. */
    public static final int BROKEN = 1;

    /** Exit code: the chain is intact, but records wait to be sealed for longer than they should. */
    public static final int SEALER_BEHIND = 2;

    /** Exit code: the check could not run (no database, no schema). */
    public static final int FAILED = 3;

    @Override
    public boolean requestedBy(String... args) {
        return Arrays.stream(args).anyMatch(a -> a.equals(ARGUMENT) || a.equals(ARGUMENT + "=true"));
    }

    /** Runs the check with the server's settings and these arguments, prints to {@code out}, returns the exit code. */
    @Override
    public int run(PrintStream out, String... args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Wiring.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("logging.level.root=WARN")
                .run(args)) {
            return report(context.getBean(ChainVerifier.class).verify(Instant.now()), out);
        } catch (RuntimeException e) {
            out.println("Audit trail: could not verify: " + e.getMessage());
            return FAILED;
        }
    }

    /** Prints the result for a person and returns the exit code for a script. */
    static int report(ChainVerification result, PrintStream out) {
        if (!result.intact()) {
            out.println("Audit trail: BROKEN at record " + result.firstBrokenSeq() + ": " + result.problem() + " ("
                    + result.records() + " sealed records read)");
            return BROKEN;
        }
        out.println("Audit trail: intact, " + result.records() + " sealed records; " + result.unsealed()
                + " waiting to be sealed"
                + (result.oldestUnsealedAt() == null ? "" : ", the oldest written at " + result.oldestUnsealedAt()));
        if (result.stuckUnsealed() > 0) {
            out.println("Audit trail: " + result.stuckUnsealed() + " record(s) unsealed for more than "
                    + ChainVerifier.STUCK_AFTER.toSeconds() + " s: is the sealer running?");
            return SEALER_BEHIND;
        }
        return INTACT;
    }

    /** Only the database and the audit table: not the application's component scan. */
    @ImportAutoConfiguration({
        DataSourceAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class,
        JdbcTemplateAutoConfiguration.class,
        JdbcClientAutoConfiguration.class
    })
    @Import({AuditRecords.class, ChainVerifier.class})
    static class Wiring {}
}
