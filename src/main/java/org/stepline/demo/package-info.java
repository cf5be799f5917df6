/**
 * Demo: a realistic, deterministic demo service loaded once when Stepline starts with {@code --demo}.
 */
@org.jspecify.annotations.NullMarked
package org.stepline.demo;
