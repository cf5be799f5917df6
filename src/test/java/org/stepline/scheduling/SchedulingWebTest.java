package org.stepline.scheduling;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stepline.identity.StaffEnrolment;
import org.stepline.scheduling.SchedulingFixture.Clinic;
import org.stepline.shared.ServiceTime;

/** Scheduling through its pages, against the real database: each test starts with a new team and practitioner. */
@SpringBootTest
@AutoConfigureMockMvc
abstract class SchedulingWebTest {

    static final LocalDate YESTERDAY = LocalDate.now(ServiceTime.ZONE).minusDays(1);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffEnrolment enrolment;

    SchedulingFixture fixture;
    Clinic clinic;

    @BeforeEach
    void aTeamWithAPractitioner() {
        fixture = new SchedulingFixture(jdbc, enrolment);
        clinic = fixture.clinic();
    }
}
