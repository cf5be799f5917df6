package org.stepline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts Stepline: the web server over an embedded (or configured) PostgreSQL. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SteplineApplication {

    public static void main(String[] args) {
        SpringApplication.run(SteplineApplication.class, args);
    }
}
