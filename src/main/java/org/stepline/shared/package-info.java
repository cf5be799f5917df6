/**
 * Shared kernel: national code lists, value types such as the NHS number, and web plumbing used by every module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package org.stepline.shared;
