package org.stepline.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar stepline.jar --demo}: loads the demo service at start, once. It runs after the administrator
 * account is made, and before Stepline reports itself ready to take traffic.
 */
@Component
class DemoServiceRunner implements ApplicationRunner {

    private final DemoServiceLoader loader;
    private final Environment environment;

    DemoServiceRunner(DemoServiceLoader loader, Environment environment) {
        this.loader = loader;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (environment.containsProperty("demo")) {
            loader.loadIfAbsent();
        }
    }
}
