/**
 * The FHIR API's endpoints (resources, bulk export, the capability statement) and the administrator's page for the
 * systems that use it. Access rules and resource mapping live in the module.
 */
@org.jspecify.annotations.NullMarked
package org.stepline.fhir.web;
