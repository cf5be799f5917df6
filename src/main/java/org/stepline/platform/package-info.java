/**
 * Platform: how Stepline runs — the embedded PostgreSQL when no external database is configured, and the
 * plain-English error pages.
 */
@org.jspecify.annotations.NullMarked
package org.stepline.platform;
