/**
 * Forms (questionnaires): administrators build them from ordered, typed questions and publish
 * them; members answer them for themselves or on behalf of an entity they are attached to,
 * keep drafts and send one answer each. The results are counted in the database per question
 * and exported as CSV.
 */
package org.openxeco.form;
