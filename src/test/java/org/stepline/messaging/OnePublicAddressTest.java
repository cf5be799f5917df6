package org.stepline.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stepline.measures.internal.MeasuresProperties;

/** One setting, stepline.public-url, gives the address of every link: those sent by messages and those staff copy. */
class OnePublicAddressTest extends MessagesToPatientsTest {

    @Autowired
    MeasuresProperties measures;

    @Test
    void staffIssuedQuestionnaireLinksUseThePublicUrlToo() {
        assertThat(measures.publicBaseUrl()).isEqualTo("https://stepline.test/");
    }
}
