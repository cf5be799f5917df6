/**
 * Stepline: the application's entry point. Each sub-package is one bounded context (an application module, verified
 * by {@code ModularityTests}); see docs/architecture.md.
 */
@org.jspecify.annotations.NullMarked
package org.stepline;
