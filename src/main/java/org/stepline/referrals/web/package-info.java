/**
 * The pages and forms of referrals: controllers and form records only; the rules they apply live in the module.
 */
@org.jspecify.annotations.NullMarked
package org.stepline.referrals.web;
