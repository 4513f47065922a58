package io.clearsky.server;

import java.time.Clock;
import java.util.ServiceLoader;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The ClearSky server: one process with every application module. */
@SpringBootApplication
@EnableScheduling
@EnableAsync
public class ClearSkyApplication {

    public static void main(String[] args) {
        for (OperatorCommand command : ServiceLoader.load(OperatorCommand.class)) {
            if (command.requestedBy(args)) {
                System.exit(command.run(System.out, args));
            }
        }
        SpringApplication.run(ClearSkyApplication.class, args);
    }

    /** The one clock every module reads, so tests can move time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
