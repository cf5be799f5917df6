package org.stepline.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The size of the demo service loaded by {@code --demo}. The defaults give a realistic small service; the
 * benchmark raises {@code referrals}, {@code teams} and {@code practitionersPerTeam} to a service-sized database.
 *
 * @param referrals            referrals received over the last twelve months
 * @param teams                number of teams; the demo accounts belong to the first
 * @param practitionersPerTeam step 2 PWPs and step 3 therapists per team, besides the demo accounts
 * @param seed                 the same seed gives the same service (dates move with today)
 */
@ConfigurationProperties("stepline.demo")
record DemoProperties(
        @DefaultValue("2000") int referrals,
        @DefaultValue("3") int teams,
        @DefaultValue("5") int practitionersPerTeam,
        @DefaultValue("20240401") long seed) {

    DemoProperties {
        if (referrals < 1 || teams < 1 || practitionersPerTeam < 1) {
            throw new IllegalArgumentException("stepline.demo sizes must be at least 1");
        }
        if (referrals > 400_000) {
            // the demo's NHS numbers are drawn from 999 000 0000 upwards, about two numbers apart
            throw new IllegalArgumentException("stepline.demo.referrals must be at most 400000");
        }
    }
}
