/**
 * The pages and forms of staff surveys: controllers and form records only; the rules they apply live in the module.
 */
@org.jspecify.annotations.NullMarked
package org.stepline.surveys.web;
