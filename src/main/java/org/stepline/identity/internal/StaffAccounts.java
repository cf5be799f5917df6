package org.stepline.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepline.identity.Role;

/** The identity module's tables: staff_user and team. */
@Repository
public class StaffAccounts {

    private static final String COLUMNS = """
            id, username, display_name, password_hash, role, team_id, professional_id, enabled,
            failed_attempts, locked_until, must_change_password""";

    private final JdbcClient jdbc;

    public StaffAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Account(
            long id,
            String username,
            String displayName,
            String passwordHash,
            Role role,
            @Nullable Long teamId,
            @Nullable String professionalId,
            boolean enabled,
            int failedAttempts,
            @Nullable Instant lockedUntil,
            boolean mustChangePassword) {

        public Account(
                long id,
                String username,
                String displayName,
                String passwordHash,
                Role role,
                @Nullable Long teamId,
                @Nullable String professionalId,
                boolean enabled,
                int failedAttempts,
                @Nullable Instant lockedUntil) {
            this(
                    id,
                    username,
                    displayName,
                    passwordHash,
                    role,
                    teamId,
                    professionalId,
                    enabled,
                    failedAttempts,
                    lockedUntil,
                    false);
        }

        public boolean isLockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    public Optional<Account> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from staff_user where username = ?")
                .param(username)
                .query(StaffAccounts::map)
                .optional();
    }

    public Optional<Account> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from staff_user where id = ?")
                .param(id)
                .query(StaffAccounts::map)
                .optional();
    }

    public Optional<Account> findByProfessionalId(String professionalId) {
        return jdbc.sql("select " + COLUMNS + " from staff_user where professional_id = ?")
                .param(professionalId)
                .query(StaffAccounts::map)
                .optional();
    }

    public List<Account> all() {
        return jdbc.sql("select " + COLUMNS + " from staff_user order by role, display_name")
                .query(StaffAccounts::map)
                .list();
    }

    public List<Account> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from staff_user where id = any(?)")
                .param(ids.toArray(Long[]::new))
                .query(StaffAccounts::map)
                .list();
    }

    public List<Account> cliniciansOf(long teamId) {
        return jdbc.sql(
                        "select " + COLUMNS + " from staff_user"
                                + " where team_id = ? and role in ('PRACTITIONER', 'SUPERVISOR') and enabled order by display_name")
                .param(teamId)
                .query(StaffAccounts::map)
                .list();
    }

    public boolean isEmpty() {
        return jdbc.sql("select not exists (select 1 from staff_user)")
                .query(Boolean.class)
                .single();
    }

    /** The ids of the accounts with these professional ids, by professional id. */
    public java.util.Map<String, Long> idsByProfessionalId(Collection<String> professionalIds) {
        var ids = new java.util.HashMap<String, Long>();
        jdbc.sql("select professional_id, id from staff_user where professional_id = any(?)")
                .param(professionalIds.toArray(String[]::new))
                .query((org.springframework.jdbc.core.RowCallbackHandler)
                        rs -> ids.put(rs.getString(1), rs.getLong(2)));
        return ids;
    }

    /** Which of these usernames are taken. */
    public java.util.Set<String> takenUsernames(Collection<String> usernames) {
        return new java.util.HashSet<>(jdbc.sql("select username from staff_user where username = any(?)")
                .param(usernames.toArray(String[]::new))
                .query(String.class)
                .list());
    }

    /** Creates disabled accounts in one statement; returns their ids by username. */
    public java.util.Map<String, Long> createDisabled(
            List<String> usernames,
            List<String> displayNames,
            List<@Nullable String> professionalIds,
            String passwordHash,
            Role role,
            long teamId) {
        var ids = new java.util.HashMap<String, Long>();
        jdbc.sql("""
                insert into staff_user (username, display_name, password_hash, role, team_id, professional_id, enabled)
                select u, d, ?, ?, ?, p, false from unnest(?::text[], ?::text[], ?::text[]) as n (u, d, p)
                returning username, id""")
                .params(
                        passwordHash,
                        role.name(),
                        teamId,
                        usernames.toArray(String[]::new),
                        displayNames.toArray(String[]::new),
                        professionalIds.toArray(String[]::new))
                .query((org.springframework.jdbc.core.RowCallbackHandler)
                        rs -> ids.put(rs.getString(1), rs.getLong(2)));
        return ids;
    }

    public long create(
            String username,
            String displayName,
            String passwordHash,
            Role role,
            @Nullable Long teamId,
            @Nullable String professionalId) {
        return jdbc.sql("""
                insert into staff_user (username, display_name, password_hash, role, team_id, professional_id)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(username, displayName, passwordHash, role.name(), teamId, professionalId)
                .query(Long.class)
                .single();
    }

    public void update(long id, String displayName, Role role, @Nullable Long teamId, boolean enabled) {
        jdbc.sql("update staff_user set display_name = ?, role = ?, team_id = ?, enabled = ? where id = ?")
                .params(displayName, role.name(), teamId, enabled, id)
                .update();
    }

    /** A password an administrator set: its owner must change it at the next sign-in; any lock is lifted too. */
    public void setPasswordToBeChanged(long id, String passwordHash) {
        jdbc.sql("""
                update staff_user set password_hash = ?, must_change_password = true, failed_attempts = 0,
                    locked_until = null where id = ?""").params(passwordHash, id).update();
    }

    public void requirePasswordChange(long id) {
        jdbc.sql("update staff_user set must_change_password = true where id = ?")
                .param(id)
                .update();
    }

    /** A password the owner chose. */
    public void setOwnPassword(long id, String passwordHash) {
        jdbc.sql("update staff_user set password_hash = ?, must_change_password = false where id = ?")
                .params(passwordHash, id)
                .update();
    }

    /** Counts a failed sign-in by the lock rule ({@link SignInRules#afterFailure}); unknown usernames change nothing. */
    @org.springframework.transaction.annotation.Transactional
    public void recordFailure(String username, Instant now, int limit, java.time.Duration lockout) {
        jdbc.sql("select failed_attempts, locked_until from staff_user where username = ? for update")
                .param(username)
                .query((rs, n) -> {
                    var locked = rs.getObject(2, OffsetDateTime.class);
                    return new SignInRules.Lock(rs.getInt(1), locked == null ? null : locked.toInstant());
                })
                .optional()
                .map(before -> SignInRules.afterFailure(before, now, limit, lockout))
                .ifPresent(after -> jdbc.sql(
                                "update staff_user set failed_attempts = ?, locked_until = ? where username = ?")
                        .params(
                                after.failures(),
                                after.lockedUntil() == null
                                        ? null
                                        : OffsetDateTime.ofInstant(after.lockedUntil(), ZoneOffset.UTC),
                                username)
                        .update());
    }

    public void recordSuccess(String username) {
        jdbc.sql(
                        "update staff_user set failed_attempts = 0, locked_until = null where username = ? and failed_attempts > 0")
                .param(username)
                .update();
    }

    public void unlock(long id) {
        jdbc.sql("update staff_user set failed_attempts = 0, locked_until = null where id = ?")
                .param(id)
                .update();
    }

    /** The account an organisation login (a provider's claim value) is linked to, without regard to case. */
    public Optional<Account> findByOrganisationLogin(String login) {
        return jdbc.sql("select " + COLUMNS + " from staff_user where lower(organisation_login) = lower(?)")
                .param(login)
                .query(StaffAccounts::map)
                .optional();
    }

    public Optional<String> organisationLogin(long id) {
        return jdbc.sql("select organisation_login from staff_user where id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .filter(login -> login != null);
    }

    /** Links the account to an organisation login, or unlinks it (null). */
    public void linkOrganisationLogin(long id, @Nullable String login) {
        jdbc.sql("update staff_user set organisation_login = ? where id = ?")
                .params(login, id)
                .update();
    }

    /** An account made at its owner's first sign-in through the organisation, linked to their login. */
    public long createLinked(
            String username, String displayName, String passwordHash, Role role, @Nullable Long teamId, String login) {
        return jdbc.sql("""
                insert into staff_user (username, display_name, password_hash, role, team_id, organisation_login)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(username, displayName, passwordHash, role.name(), teamId, login)
                .query(Long.class)
                .single();
    }

    public List<TeamRow> teams() {
        return jdbc.sql("select id, name from team order by name")
                .query((rs, n) -> new TeamRow(rs.getLong(1), rs.getString(2)))
                .list();
    }

    public Optional<TeamRow> findTeamByName(String name) {
        return jdbc.sql("select id, name from team where lower(name) = lower(?)")
                .param(name)
                .query((rs, n) -> new TeamRow(rs.getLong(1), rs.getString(2)))
                .optional();
    }

    public long createTeam(String name) {
        return jdbc.sql("insert into team (name) values (?) returning id")
                .param(name)
                .query(Long.class)
                .single();
    }

    public void renameTeam(long id, String name) {
        jdbc.sql("update team set name = ? where id = ?").params(name, id).update();
    }

    public Optional<TeamRow> findTeam(long id) {
        return jdbc.sql("select id, name from team where id = ?")
                .param(id)
                .query((rs, n) -> new TeamRow(rs.getLong(1), rs.getString(2)))
                .optional();
    }

    /** Every team with how many staff accounts belong to it, by name. */
    public List<TeamWithStaff> teamsWithStaffCounts() {
        return jdbc.sql("""
                select t.id, t.name, count(s.id) as staff
                from team t left join staff_user s on s.team_id = t.id
                group by t.id, t.name order by t.name""")
                .query((rs, n) -> new TeamWithStaff(rs.getLong("id"), rs.getString("name"), rs.getLong("staff")))
                .list();
    }

    public record TeamRow(long id, String name) {}

    public record TeamWithStaff(long id, String name, long staff) {}

    private static Account map(ResultSet rs, int row) throws SQLException {
        var locked = rs.getObject("locked_until", OffsetDateTime.class);
        return new Account(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                Role.valueOf(rs.getString("role")),
                rs.getObject("team_id", Long.class),
                rs.getString("professional_id"),
                rs.getBoolean("enabled"),
                rs.getInt("failed_attempts"),
                locked == null ? null : locked.toInstant(),
                rs.getBoolean("must_change_password"));
    }
}
