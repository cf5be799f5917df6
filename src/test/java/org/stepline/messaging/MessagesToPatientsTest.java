package org.stepline.messaging;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.stepline.messaging.internal.MessageSender;

/**
 * One application context for tests that follow a link from a message sent through the local providers, as the
 * patient would (public address {@code https://stepline.test}); each test runs sending rounds itself.
 */
@SpringBootTest(
        properties = {
            "stepline.messaging.service-name=Test Talking Therapies",
            "stepline.public-url=https://stepline.test/"
        })
@AutoConfigureMockMvc
abstract class MessagesToPatientsTest {

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry properties) {
        LocalProviders.register(properties);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    MessageSender sender;
}
