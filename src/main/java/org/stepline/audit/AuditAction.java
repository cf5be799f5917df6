package org.stepline.audit;

/** What was done: a record read, created or changed, access refused, or an administrative change. */
public enum AuditAction {
    VIEW, CREATE, UPDATE, DENIED, ADMIN
}
