package org.stepline.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.stepline.TestRecords;
import org.stepline.identity.StaffPrincipal;
import org.stepline.referrals.internal.ReferralCare;

@SpringBootTest
@RecordApplicationEvents
class ReferralDischargedEventTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReferralCare care;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void dischargingPublishesTheEventOtherModulesKeepTheirFiguresBy() {
        var world = new TestRecords(jdbc).world();
        var principal = StaffPrincipal.of(world.practitioner());
        SecurityContextHolder.getContext()
                .setAuthentication(
                        new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
        var today = LocalDate.now(org.stepline.shared.ServiceTime.ZONE);

        care.discharge(world.referralId(), "46", today, today);

        assertThat(events.stream(ReferralDischarged.class))
                .containsExactly(new ReferralDischarged(world.referralId(), world.patientId(), today, "46"));
    }
}
