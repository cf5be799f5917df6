/** PostgreSQL helpers shared by the modules that load rows in bulk. */
@org.jspecify.annotations.NullMarked
package org.stepline.shared.sql;
