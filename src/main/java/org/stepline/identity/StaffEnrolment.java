package org.stepline.identity;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Creating teams and staff accounts: used by the administrator's pages and by the demo service. */
public interface StaffEnrolment {

    long createTeam(String name);

    Optional<Long> teamNamed(String name);

    /** Creates an account; the password is hashed here and never stored or logged as given. */
    long enrol(
            String username,
            String displayName,
            String password,
            Role role,
            @Nullable Long teamId,
            @Nullable String professionalId);

    boolean usernameTaken(String username);

    /**
     * An account wanted for a professional of an imported extract (or, without a professional id, for care whose
     * professional was not recorded); the username gets "-2", "-3"… when taken.
     */
    record Placeholder(
            String wantedUsername,
            String displayName,
            @Nullable String professionalId) {}

    /** The accounts' ids in the order asked for, and how many were created. */
    record Enrolled(long[] ids, long created) {}

    /**
     * For each placeholder, the account with its professional id, or a new disabled account that nobody can sign in
     * to (its password is a random secret that is thrown away): it records who delivered care in an imported extract,
     * and an administrator may enable it and set a password. A few statements in all rather than several per
     * account, since an extract can name thousands of professionals.
     */
    Enrolled enrolAllWithoutSignIn(List<Placeholder> placeholders, Role role, long teamId);
}
