package org.stepline.datasets.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stepline.identity.Role;
import org.stepline.identity.StaffEnrolment;

/**
 * The team and staff accounts an import needs, made through the identity module: the team "Imported: <name>"; for
 * each CareProfLocalId the account with that professional id, or a placeholder account that cannot sign in; and one
 * placeholder for contacts whose practitioner was not recorded (kept per source, in dataset_import).
 */
@Component
class ImportAccounts {

    record Staff(long teamId, long[] practitionerIds, long unknownPractitionerId, long created) {}

    private final StaffEnrolment enrolment;
    private final JdbcClient jdbc;

    ImportAccounts(StaffEnrolment enrolment, JdbcClient jdbc) {
        this.enrolment = enrolment;
        this.jdbc = jdbc;
    }

    Optional<Long> team(String name) {
        return enrolment.teamNamed(ImportSource.teamName(name));
    }

    /** Finds or creates the import's team, in the caller's transaction. */
    long teamOf(String name) {
        return team(name).orElseGet(() -> enrolment.createTeam(ImportSource.teamName(name)));
    }

    /** Finds or creates the team and accounts, in the caller's transaction. */
    Staff enrol(String name, CheckedExtract extract) {
        long team = teamOf(name);
        var placeholders = new java.util.ArrayList<StaffEnrolment.Placeholder>(extract.professionals.size());
        for (int i = 0; i < extract.professionals.size(); i++) {
            String professionalId = extract.professionals.key(i);
            placeholders.add(new StaffEnrolment.Placeholder(
                    "imported-" + slug(professionalId),
                    "Practitioner " + professionalId + " (imported)",
                    professionalId));
        }
        var enrolled = enrolment.enrolAllWithoutSignIn(placeholders, Role.PRACTITIONER, team);
        long[] practitioners = enrolled.ids();
        long created = enrolled.created();
        long unknown = 0;
        if (extract.contactWithoutProfessional) {
            var earlier = jdbc.sql("""
                    select unknown_practitioner_id from dataset_import
                    where team_id = ? and unknown_practitioner_id is not null limit 1""").param(team).query(Long.class).optional();
            if (earlier.isPresent()) {
                unknown = earlier.get();
            } else {
                var placeholder = new StaffEnrolment.Placeholder(
                        "imported-unrecorded-" + team, "Practitioner not recorded (imported)", null);
                unknown = enrolment.enrolAllWithoutSignIn(List.of(placeholder), Role.PRACTITIONER, team)
                        .ids()[0];
                created++;
            }
        }
        return new Staff(team, practitioners, unknown, created);
    }

    static String slug(String text) {
        String slug =
                text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "x" : slug.substring(0, Math.min(slug.length(), 60));
    }
}
