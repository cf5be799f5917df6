/**
 * The pages and forms of the telephone practice page: controllers and form records only; the rules they apply live
 * in the module.
 */
@org.jspecify.annotations.NullMarked
package org.stepline.practice.web;
