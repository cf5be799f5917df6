package org.stepline.backup;

import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the restore command starts Stepline ({@value #PROPERTY}=true, with {@code spring.flyway.target} set to the
 * backup's schema version): the database is migrated only if it holds no table at all — a new data directory or a
 * new, empty external database. Any other database is left exactly as it is, and the restore refuses it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(RestoringMigration.PROPERTY)
class RestoringMigration {

    static final String PROPERTY = "stepline.restoring";

    /** What the migration found: null when the database was empty and is now at the backup's schema version. */
    static final class Target {

        private @Nullable String refusal;

        @Nullable
        String refusal() {
            return refusal;
        }
    }

    @Bean
    Target restoreTarget() {
        return new Target();
    }

    @Bean
    FlywayMigrationStrategy migrateOnlyAnEmptyDatabase(Target target) {
        return flyway -> {
            var tables = tables(flyway);
            if (tables.isEmpty()) {
                flyway.migrate();
            } else {
                target.refusal = "the database is not empty (it has " + tables.size() + " tables, among them "
                        + tables.iterator().next() + "). Restore into a new --stepline.data-dir, or a new, empty "
                        + "external database; nothing was changed";
            }
        };
    }

    private static java.util.Set<String> tables(Flyway flyway) {
        try (var c = flyway.getConfiguration().getDataSource().getConnection()) {
            return new SchemaCatalog(c).tableNames();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look into the database to restore into: " + e.getMessage(), e);
        }
    }
}
