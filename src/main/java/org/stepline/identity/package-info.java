/**
 * Identity: teams, staff accounts and roles, signing in and out, account lock-out, and who is signed in now.
 */
@org.jspecify.annotations.NullMarked
package org.stepline.identity;
