/**
 * Backup: {@code backup --to FILE} and {@code restore --from FILE} of the whole database, embedded or external,
 * through the owner role (the one Flyway migrates as). A backup is one repeatable-read snapshot: the schema by its
 * Flyway version, every table's rows as PostgreSQL COPY text in dependency order, compressed, with a manifest of
 * row counts and content checksums. A restore migrates an empty database to that version, loads every table in one
 * transaction, checks each table against the manifest and commits only if all agree. Triggers stay on: the audit
 * trail's entries arrive with their own links of the hash chain (db/migration V55, V84), so {@code audit verify} passes.
 */
@org.jspecify.annotations.NullMarked
package org.stepline.backup;
