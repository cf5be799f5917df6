package org.stepline.shared;

/** The signed-in member of staff, as far as modules that must not depend on identity need to know. */
public interface StaffIdentity {

    long staffId();

    String username();
}
