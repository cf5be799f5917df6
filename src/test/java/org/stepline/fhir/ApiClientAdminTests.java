package org.stepline.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.security.KeyPairGenerator;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stepline.caseload.CaseloadFixtures;
import org.stepline.fhir.internal.ApiClientStore;
import org.stepline.identity.Role;
import org.stepline.identity.StaffEnrolment;
import org.stepline.identity.StaffPrincipal;

/** An administrator registers another system with a PEM public key; a private key or no team is refused. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ApiClientAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffEnrolment enrolment;

    @Autowired
    ApiClientStore clients;

    @Test
    void anAdministratorRegistersASystemWithItsPublicKeyScopesAndTeams() throws Exception {
        var make = new CaseloadFixtures(jdbc, enrolment);
        long team = make.team("API");
        var admin = make.staff(Role.ADMIN, null);
        var pair = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(pair.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----";
        String clientId = "dtp-" + org.stepline.TestClinic.unique();

        var registered = mvc.perform(post("/admin/api-clients")
                        .with(user(StaffPrincipal.of(admin)))
                        .with(csrf())
                        .param("clientId", clientId)
                        .param("name", "Digital therapy provider")
                        .param("publicKey", pem)
                        .param("scopes", "system/QuestionnaireResponse.write", "system/Patient.read")
                        .param("teams", String.valueOf(team)))
                .andReturn()
                .getResponse();
        assertThat(registered.getStatus()).isEqualTo(302);
        var client = clients.byClientId(clientId).orElseThrow();
        assertThat(client.scopes())
                .containsExactlyInAnyOrder("system/QuestionnaireResponse.write", "system/Patient.read");
        assertThat(client.teamIds()).containsExactly(team);
        assertThat(client.jwks()).contains("\"kty\":\"RSA\"").doesNotContain("\"d\"");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ADMIN' and detail like ?")
                        .param("Registered API client " + clientId + "%")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        String privatePem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----";
        var refused = mvc.perform(post("/admin/api-clients")
                        .with(user(StaffPrincipal.of(admin)))
                        .with(csrf())
                        .param("clientId", clientId + "-2")
                        .param("name", "Careless provider")
                        .param("publicKey", privatePem)
                        .param("scopes", "system/Patient.read"))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString())
                .contains("This is a private key: enter only the public key")
                .contains("Choose the teams whose patients the system may read or write")
                .contains("Careless provider");
        assertThat(clients.byClientId(clientId + "-2")).isEmpty();
    }
}
