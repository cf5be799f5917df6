/**
 * FHIR R4 API in the UK Core style for other systems: read and search of patients, pathways, contacts, bookings,
 * questionnaires, scores and risk alerts; questionnaire responses sent in; bulk export. Machine clients authenticate
 * with OAuth 2.0 client credentials and a signed JWT assertion (SMART Backend Services), registered here by an
 * administrator with their public keys, scopes and teams.
 */
@org.jspecify.annotations.NullMarked
package org.stepline.fhir;
