/**
 * Articles of five types (news, events, job offers, services, tools) with their workflow
 * from draft to archive, the fields each type adds, related entities and taxonomy tags.
 */
package org.openxeco.content;
