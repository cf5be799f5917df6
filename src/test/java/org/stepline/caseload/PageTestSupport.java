package org.stepline.caseload;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.StaffEnrolment;
import org.stepline.identity.StaffPrincipal;

/** Page tests against the whole application and its database, signed in as a member of staff made for the test. */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class PageTestSupport {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected StaffEnrolment enrolment;

    protected CaseloadFixtures fixtures() {
        return new CaseloadFixtures(jdbc, enrolment);
    }

    /** The page's HTML, failing unless it is shown (200) to this member of staff. */
    protected String page(CurrentStaff who, String path) throws Exception {
        return mvc.perform(get(path).with(user(StaffPrincipal.of(who))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    protected String teamName(long teamId) {
        return jdbc.sql("select name from team where id = ?")
                .param(teamId)
                .query(String.class)
                .single();
    }
}
