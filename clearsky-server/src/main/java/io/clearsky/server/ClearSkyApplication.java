package io.clearsky.server;

import java.time.Clock;
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
        SpringApplication.run(ClearSkyApplication.class, args);
    }

    /** The one clock every module reads, so tests can move time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
