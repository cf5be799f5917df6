package org.stepline;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * For tests that play someone with more power than Stepline has (a tamperer with the superuser's password): a
 * connection to the test run's embedded PostgreSQL as its superuser or owner, passwords from the data directory.
 */
public final class DatabaseAsSuperuser {

    private DatabaseAsSuperuser() {}

    public static Connection connect(DataSource stepline, String role) throws SQLException, IOException {
        var properties = new Properties();
        properties.load(new StringReader(Files.readString(Path.of("target/test-data/database-passwords"))));
        String key = role.equals("postgres") ? "superuser" : "owner";
        String url = ((HikariDataSource) stepline).getJdbcUrl();
        return DriverManager.getConnection(url, role, properties.getProperty(key));
    }
}
