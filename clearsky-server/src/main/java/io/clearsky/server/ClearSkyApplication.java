package io.clearsky.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The ClearSky server: one process with every application module. */
@SpringBootApplication
@EnableScheduling
public class ClearSkyApplication {

    public static void main(String[] args) {
        SpringApplication.run(ClearSkyApplication.class, args);
    }
}
