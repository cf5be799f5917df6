package org.stepline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.stepline.cli.CommandLine;

/**
 * Starts Stepline: the web server over an embedded (or configured) PostgreSQL; or, when the first argument is a
 * command ({@code import}, {@code export}, {@code report}, {@code generate}), runs that command without a web
 * server and exits with its exit code.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SteplineApplication {

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(SteplineApplication.class, args, System.out, System.err));
        }
        SpringApplication.run(SteplineApplication.class, args);
    }
}
