/**
 * Events that more than one module publishes or listens to.
 */
@org.jspecify.annotations.NullMarked
package org.stepline.shared.events;
