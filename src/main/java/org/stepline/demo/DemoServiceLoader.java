package org.stepline.demo;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepline.identity.StaffEnrolment;
import org.stepline.shared.ServiceTime;

/**
 * Loads the demo service once. The {@code demo_service} row is the marker, inserted in the same transaction as
 * the whole load: a second start with {@code --demo} finds it and does nothing, and two starting at once cannot
 * both load (the second waits on the first's row, then finds it).
 */
@Component
@EnableConfigurationProperties(DemoProperties.class)
class DemoServiceLoader {

    static final String DEMO_SERVICE = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoServiceLoader.class);

    private final DemoProperties properties;
    private final StaffEnrolment enrolment;
    private final DemoServiceWriter writer;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Environment environment;
    private final Clock clock;
    private final DemoReminders reminders;
    private final DemoTelephonePractice practice;

    DemoServiceLoader(
            DemoProperties properties,
            StaffEnrolment enrolment,
            DemoServiceWriter writer,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            Environment environment,
            Clock clock,
            DemoReminders reminders,
            DemoTelephonePractice practice) {
        this.reminders = reminders;
        this.practice = practice;
        this.properties = properties;
        this.enrolment = enrolment;
        this.writer = writer;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.environment = environment;
        this.clock = clock;
    }

    /** Loads the demo service unless it is already loaded; true when this call loaded it. */
    boolean loadIfAbsent() {
        long started = System.nanoTime();
        Boolean loaded = transaction.execute(status -> {
            int marked = jdbc.sql("insert into demo_service (name) values (?) on conflict do nothing")
                    .param(DEMO_SERVICE)
                    .update();
            if (marked == 0) {
                return false;
            }
            load();
            return true;
        });
        if (Boolean.TRUE.equals(loaded)) {
            log.info("Demo service loaded in {} ms", millis(started, System.nanoTime()));
            return true;
        }
        log.info("The demo service is already loaded; nothing to do");
        return false;
    }

    private void load() {
        long started = System.nanoTime();
        var today = LocalDate.now(clock.withZone(ServiceTime.ZONE));
        var service = new DemoServiceGenerator(properties, today).generate();
        var scores = new DemoScores(properties.seed(), today).generate(service, practitionerIndex(service));
        long generated = System.nanoTime();
        String given = environment.getProperty("STEPLINE_DEMO_PASSWORD");
        boolean chosen = given != null && !given.isBlank();
        String password = chosen ? given : randomPassword();
        var teamIds =
                service.teams().stream().map(team -> enrolTeam(team.name())).toList();
        var staffIds = new ArrayList<Long>();
        for (var member : service.staff()) {
            if (enrolment.usernameTaken(member.username())) {
                throw new IllegalStateException(
                        "Cannot load the demo service: the username '" + member.username() + "' is already taken");
            }
            staffIds.add(enrolment.enrol(
                    member.username(),
                    member.displayName(),
                    password,
                    member.role(),
                    teamIds.get(member.team()),
                    member.professionalId()));
        }
        long enrolled = System.nanoTime();
        Map<String, Long> written;
        int announced;
        try {
            written = writer.write(service, scores, teamIds, staffIds);
            practice.add(members(service, staffIds, teamIds), properties.seed(), today);
            announced = reminders.bookAndAnnounce(clock.instant());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the demo service", e);
        }
        log.info(
                "Demo service: reminders queued for the {} appointments of the next {} days",
                announced,
                DemoReminders.ANNOUNCED.toDays());
        log.info(
                "Demo service: {} teams, {} staff, {} (generated in {} ms, accounts {} ms, written {} ms)",
                teamIds.size(),
                staffIds.size(),
                written.entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey())
                        .collect(Collectors.joining(", ")),
                millis(started, generated),
                millis(generated, enrolled),
                millis(enrolled, System.nanoTime()));
        logSignIn(service.staff().stream().map(DemoService.Staff::username).toList(), chosen ? null : password);
    }

    /** The {@code practitioner} account is given a couple of risk alerts to see to. */
    private static int practitionerIndex(DemoService service) {
        for (int i = 0; i < service.staff().size(); i++) {
            if (service.staff().get(i).username().equals("practitioner")) {
                return i;
            }
        }
        return -1;
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private long enrolTeam(String name) {
        if (enrolment.teamNamed(name).isPresent()) {
            throw new IllegalStateException("Cannot load the demo service: a team named '" + name + "' already exists");
        }
        return enrolment.createTeam(name);
    }

    /** The one time a demo password is written to the log, so that someone trying Stepline can sign in at all. */
    private static void logSignIn(List<String> usernames, @Nullable String oneTimePassword) {
        String who = String.join(", ", usernames);
        if (oneTimePassword == null) {
            log.info("Demo accounts (password from STEPLINE_DEMO_PASSWORD): {}", who);
        } else {
            log.warn("Demo accounts (password: {}  set STEPLINE_DEMO_PASSWORD to choose it): {}", oneTimePassword, who);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static List<DemoTelephonePractice.Member> members(
            DemoService service, List<Long> staffIds, List<Long> teamIds) {
        var members = new ArrayList<DemoTelephonePractice.Member>();
        for (int i = 0; i < service.staff().size(); i++) {
            var member = service.staff().get(i);
            members.add(new DemoTelephonePractice.Member(staffIds.get(i), member.role(), teamIds.get(member.team())));
        }
        return members;
    }
}
