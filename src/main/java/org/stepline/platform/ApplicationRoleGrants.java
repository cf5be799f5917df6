package org.stepline.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.util.HashMap;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tells Flyway which role Stepline works as, for {@code db/migration/afterMigrate.sql}: after every migration the
 * owner grants that application role what it needs on every table, so a new table needs nothing special. The
 * role is the one Stepline's connections log in as, or {@code stepline.database.application-role} when set.
 */
@Component
class ApplicationRoleGrants implements FlywayConfigurationCustomizer {

    static final String PLACEHOLDER = "application_role";

    private final ObjectProvider<DataSource> dataSource;
    private final String configuredRole;

    ApplicationRoleGrants(
            ObjectProvider<DataSource> dataSource,
            @Value("${stepline.database.application-role:}") String configuredRole) {
        this.dataSource = dataSource;
        this.configuredRole = configuredRole;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        var placeholders = new HashMap<>(configuration.getPlaceholders());
        placeholders.put(PLACEHOLDER, role());
        configuration.placeholders(placeholders);
    }

    private String role() {
        if (!configuredRole.isBlank()) {
            return configuredRole;
        }
        if (dataSource.getIfUnique() instanceof HikariDataSource hikari && hikari.getUsername() != null) {
            return hikari.getUsername();
        }
        return "";
    }
}
