/**
 * How supervision works inside: not for other modules, which use the module's top-level interfaces and events.
 */
@org.jspecify.annotations.NullMarked
package org.stepline.supervision.internal;
