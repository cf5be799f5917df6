package org.stepline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriUtils;
import org.stepline.TestRecords;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.Role;

/**
 * Every route the application maps, found from the application itself (so a new route is covered without anyone
 * adding it here), called as every role and signed out, with hostile values in each path variable, query parameter
 * and form field, and with a missing or wrong CSRF token. No answer may be a 5xx or carry a stack trace, and a
 * refused request (4xx, or a form shown again with its problems) must leave the database as it was. The audit trail
 * is left out of that comparison: recording a refused attempt is a change wanted.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileRequestsTest {

    /** What people and attackers send: control characters, broken text, impossible dates, huge and negative numbers. */
    static final List<String> HOSTILE = List.of(
            "\u0000",
            "a\u0000b",
            "\u0007bell",
            "\uD800",
            "\uFFFD",
            " 2025-03-01 ",
            "31/02/2025",
            "-1",
            "99999999999999999999",
            "1.5e9",
            "abc",
            "x".repeat(5_000),
            "=HYPERLINK(\"http://evil.example\")",
            "<script>alert(1)</script>",
            "' or 1=1 --",
            "../../etc/passwd",
            "\u202Eevil",
            "\uD83D\uDE00");

    /** Path variables are ids and tokens: what tells them apart is fewer values. */
    static final List<String> HOSTILE_IN_PATHS =
            List.of("\u0000", "abc", "-1", "99999999999999999999", "1.5e9", "x".repeat(2_000), "\uD83D\uDE00");

    /** Raw query strings no browser sends: broken percent-encoding, bytes that are not UTF-8, an encoded NUL. */
    static final List<String> RAW_QUERIES = List.of("%", "%zz", "q=%", "%ff%fe", "%c3%28", "%e2%80", "a=%ED%A0%80");

    /** Tables whose content a refused request must not change. */
    static final List<String> GUARDED_TABLES = List.of(
            "team",
            "staff_user",
            "patient",
            "referral",
            "referral_stage_change",
            "appointment",
            "call_attempt",
            "availability_slot",
            "availability_change",
            "measure_administration",
            "measure_answer",
            "questionnaire_request",
            "risk_alert",
            "gp_letter",
            "message_opt_out",
            "message_opt_out_link",
            "supervision_note",
            "supervision_action");

    /** Stands for "every field given twice, 1 and 2026-01-01". */
    private static final String REPEATED = "(repeated)";

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(:[^}]*)?}");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    private TestRecords.World world;
    private final Map<String, @Nullable RequestPostProcessor> roles = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private int calls;

    record Route(
            HttpMethod method,
            String pattern,
            List<String> variables,
            Set<String> fields,
            Map<String, String> required) {

        String describe() {
            return method + " " + pattern;
        }
    }

    @BeforeAll
    void world() {
        var records = new TestRecords(jdbc);
        world = records.world();
        roles.put("signed out", null);
        roles.put("practitioner", TestRecords.as(world.practitioner()));
        for (Role role : List.of(Role.SUPERVISOR, Role.MANAGER, Role.ADMIN)) {
            CurrentStaff staff = records.clinician(world.teamId(), role);
            roles.put(role.name().toLowerCase(), TestRecords.as(staff));
        }
    }

    @Test
    void noRouteAnswersHostileInputWithAServerErrorATraceOrAChange() throws Exception {
        List<Route> routes = routes();
        assertThat(routes).as("routes found from the application").hasSizeGreaterThan(40);
        for (Route route : routes) {
            for (var role : roles.entrySet()) {
                // signed out, every page but the public ones sends the caller to sign in: a few values show it
                boolean signedOut = role.getValue() == null
                        && !route.pattern().startsWith("/q/")
                        && !route.pattern().startsWith("/stop/");
                if (!route.variables().isEmpty()) {
                    for (String value : signedOut ? HOSTILE_IN_PATHS.subList(0, 2) : HOSTILE_IN_PATHS) {
                        call(route, role.getKey(), role.getValue(), value, null);
                    }
                }
                if (!route.fields().isEmpty()) {
                    for (String value : signedOut ? HOSTILE.subList(0, 3) : HOSTILE) {
                        call(route, role.getKey(), role.getValue(), null, value);
                    }
                }
            }
        }
        assertThat(failures).as("after %d requests", calls).isEmpty();
    }

    @Test
    void repeatedParametersAreNeverAServerError() throws Exception {
        for (Route route : routes()) {
            if (route.fields().isEmpty()) {
                continue;
            }
            for (String role : List.of("practitioner", "supervisor", "admin")) {
                call(route, role, roles.get(role), null, REPEATED);
            }
        }
        assertThat(failures).as("after %d requests", calls).isEmpty();
    }

    @Test
    void brokenAddressesAreA400() throws Exception {
        for (Route route : routes()) {
            if (route.method() != HttpMethod.GET) {
                continue;
            }
            for (String raw : RAW_QUERIES) {
                var response = mvc.perform(request(HttpMethod.GET, URI.create(expand(route, null)))
                                .with(roles.get("practitioner"))
                                .with(rawQuery(raw)))
                        .andReturn()
                        .getResponse();
                if (response.getStatus() != 400) {
                    failures.add(route.describe() + " ?" + raw + ": " + response.getStatus() + " instead of 400");
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void aMissingOrWrongCsrfTokenIsA400AndChangesNothing() throws Exception {
        for (Route route : routes()) {
            if (route.method() == HttpMethod.GET) {
                continue;
            }
            for (var token : List.of(csrf().useInvalidToken(), (RequestPostProcessor) r -> r)) {
                String before = fingerprint();
                var builder = request(route.method(), URI.create(expand(route, null)));
                route.fields().forEach(field -> builder.param(field, "1"));
                route.required().forEach(builder::param);
                var response = mvc.perform(
                                builder.with(roles.get("practitioner")).with(token))
                        .andReturn()
                        .getResponse();
                if (response.getStatus() != 400) {
                    failures.add(route.describe() + " without a good CSRF token: " + response.getStatus());
                }
                if (!before.equals(fingerprint())) {
                    failures.add(route.describe() + " without a good CSRF token changed the database");
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    /** Sends the query string exactly as given, as a hand-made request would. */
    private static RequestPostProcessor rawQuery(String raw) {
        return request -> {
            request.setQueryString(raw);
            return request;
        };
    }

    private void call(
            Route route,
            String role,
            @Nullable RequestPostProcessor who,
            @Nullable String pathValue,
            @Nullable String fieldValue)
            throws Exception {
        boolean writes = route.method() != HttpMethod.GET;
        String before = writes ? fingerprint() : null;
        MockHttpServletRequestBuilder builder = request(route.method(), URI.create(expand(route, pathValue)));
        for (String field : route.fields()) {
            if (REPEATED.equals(fieldValue)) {
                builder.param(field, "1", "2026-01-01");
            } else {
                builder.param(field, fieldValue == null ? "1" : fieldValue);
            }
        }
        route.required().forEach(builder::param);
        if (who != null) {
            builder.with(who);
        }
        builder.with(csrf());
        calls++;
        String what =
                route.describe() + " as " + role + " with " + printable(pathValue != null ? pathValue : fieldValue)
                        + (pathValue != null ? " in the path" : " in every field");
        MockHttpServletResponse response;
        try {
            response = mvc.perform(builder).andReturn().getResponse();
        } catch (Exception escaped) { // what the servlet container would answer with a 500
            failures.add(what + ": " + rootMessage(escaped));
            return;
        }
        String body = response.getContentAsString();
        if (response.getStatus() >= 500) {
            failures.add(what + ": " + response.getStatus() + " " + response.getErrorMessage());
        }
        if (body.contains("\tat org.") || body.contains("Exception:") || body.contains("Whitelabel")) {
            failures.add(what + ": a stack trace or exception in the page");
        }
        boolean refused = response.getStatus() >= 400 || body.contains("There is a problem");
        if (writes && refused && !before.equals(fingerprint())) {
            failures.add(what + ": refused (" + response.getStatus() + ") but the database changed");
        }
    }

    /** Row counts and the newest row version of each guarded table: any insert, update or delete changes it. */
    private String fingerprint() {
        StringBuilder sql = new StringBuilder("select concat_ws(','");
        for (String table : GUARDED_TABLES) {
            sql.append(", (select count(*) || ':' || coalesce(max(xmin::text::bigint), 0) from only ")
                    .append(table)
                    .append(')');
        }
        return jdbc.sql(sql.append(')').toString()).query(String.class).single();
    }

    private String expand(Route route, @Nullable String hostile) {
        Matcher matcher = VARIABLE.matcher(route.pattern());
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String value = hostile != null ? hostile : realValue(route.pattern(), matcher.group(1));
            matcher.appendReplacement(path, Matcher.quoteReplacement(UriUtils.encodePathSegment(value, "UTF-8")));
        }
        matcher.appendTail(path);
        return path.toString().replace("/**", "/x");
    }

    /** An id that exists, so that the fields behind it are reached. */
    private String realValue(String pattern, String variable) {
        return switch (variable) {
            case "patientId" -> String.valueOf(world.patientId());
            case "referralId" -> String.valueOf(world.referralId());
            case "appointmentId" -> String.valueOf(world.appointmentId());
            case "practitionerId" -> String.valueOf(world.practitioner().id());
            case "instrumentId" -> "PHQ9";
            case "token" -> "not-a-real-token";
            case "id" ->
                pattern.startsWith("/patients")
                        ? String.valueOf(world.patientId())
                        : pattern.startsWith("/referrals")
                                ? String.valueOf(world.referralId())
                                : pattern.startsWith("/appointments")
                                        ? String.valueOf(world.appointmentId())
                                        : pattern.startsWith("/admin/teams")
                                                ? String.valueOf(world.teamId())
                                                : pattern.startsWith("/admin/users")
                                                        ? String.valueOf(world.practitioner()
                                                                .id())
                                                        : "1";
            default -> "1";
        };
    }

    List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty()) {
                methods = Set.of(RequestMethod.GET, RequestMethod.POST);
            }
            Map<String, String> required = new LinkedHashMap<>();
            info.getParamsCondition().getExpressions().forEach(e -> {
                if (!e.isNegated() && e.getValue() != null) {
                    required.put(e.getName(), e.getValue());
                }
            });
            Set<String> fields = fields(entry.getValue());
            fields.removeAll(required.keySet());
            for (String pattern : info.getPatternValues()) {
                List<String> variables = new ArrayList<>();
                VARIABLE.matcher(pattern).results().forEach(m -> variables.add(m.group(1)));
                for (RequestMethod method : methods) {
                    routes.add(new Route(HttpMethod.valueOf(method.name()), pattern, variables, fields, required));
                }
            }
        }
        return routes;
    }

    /** The request parameters and form fields a handler reads. */
    private static Set<String> fields(HandlerMethod handler) {
        Set<String> fields = new LinkedHashSet<>();
        Method method = handler.getMethod();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            Class<?> type = parameter.getParameterType();
            if (param != null) {
                if (Map.class.isAssignableFrom(type)) {
                    fields.add("answer.1");
                } else {
                    String name = !param.name().isEmpty()
                            ? param.name()
                            : !param.value().isEmpty() ? param.value() : parameter.getParameterName();
                    fields.add(name);
                }
            } else if (parameter.getParameterAnnotation(PathVariable.class) == null
                    && (type.isRecord() || parameter.getParameterAnnotation(ModelAttribute.class) != null)
                    && type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    fields.addAll(componentFields(component));
                }
            }
        }
        assertThat(method).isNotNull();
        return fields;
    }

    private static List<String> componentFields(RecordComponent component) {
        if (List.class.isAssignableFrom(component.getType())
                && component.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element
                && element.isRecord()) {
            return java.util.Arrays.stream(element.getRecordComponents())
                    .map(inner -> component.getName() + "[0]." + inner.getName())
                    .toList();
        }
        return List.of(component.getName());
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private static String printable(@Nullable String value) {
        if (value == null) {
            return "nothing";
        }
        String shown = value.length() > 40 ? value.substring(0, 20) + "…(" + value.length() + ")" : value;
        StringBuilder out = new StringBuilder("'");
        shown.chars()
                .forEach(c -> out.append(
                        c < 0x20 || (c >= 0xD800 && c <= 0xDFFF)
                                ? String.format("\\u%04x", c)
                                : String.valueOf((char) c)));
        return out.append("'").toString();
    }
}
